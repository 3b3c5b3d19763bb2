package org.suqiu.platform.mongo;

import java.time.Duration;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The {@code mongo} health contributor: a {@code ping} on the service's own database. It replaces
 * Boot's, whose {@code hello} command the MongoDB-wire server used locally does not know (readiness
 * would be DOWN with a working store); {@code ping} works on both that server and MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MongoDatabase database;

    public MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.from(database.runCommand(new Document("ping", 1)))
                .timeout(TIMEOUT)
                .map(answer -> builder.up().withDetail("database", database.getName()).build());
    }
}
