package org.suqiu.routing.directory.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.routing.directory.application.DirectoryEvents;
import org.suqiu.routing.directory.application.LiveDirectory;
import org.suqiu.routing.directory.application.SeedingDirectory;
import org.suqiu.routing.directory.messaging.UnitChangedPublisher;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.InvalidDirectoryException;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;

import com.mongodb.reactivestreams.client.MongoDatabase;

/**
 * Wires the directory: the seed (checked before anything starts), its store, its events, and the
 * start-up run that stores and publishes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectoryConfiguration {

    private static final Duration SEEDING_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    Directory directory(DirectoryProperties properties, Jurisdictions jurisdictions) {
        if (properties.seed() == null) {
            throw new InvalidDirectoryException("(none)", List.of("suqiu.routing.directory.seed is not set"));
        }
        return UnitsCsv.read(properties.seed(), code -> jurisdictions.byCode(code).isPresent());
    }

    @Bean
    MongoUnits mongoUnits(MongoDatabase routingDatabase) {
        return new MongoUnits(routingDatabase);
    }

    @Bean
    DirectoryEvents directoryEvents(EventPublisher publisher) {
        return new UnitChangedPublisher(publisher);
    }

    @Bean
    SeedingDirectory seedingDirectory(MongoUnits units, DirectoryEvents events, Clock clock, AuditTrail auditTrail) {
        return new SeedingDirectory(units, events, clock, entry -> auditTrail.record(entry).then());
    }

    @Bean
    LiveDirectory liveDirectory(Directory directory, MongoUnits units, DirectoryEvents events, Clock clock,
                                AuditTrail auditTrail, Jurisdictions jurisdictions) {
        return new LiveDirectory(directory, units, events, clock, entry -> auditTrail.record(entry).then(),
                code -> jurisdictions.byCode(code).isPresent());
    }

    /**
     * At start: indexes, then the seed's new units stored and every unit published, then the stored
     * directory put in force; failing here stops the start.
     */
    @Bean
    ApplicationRunner directorySeeding(MongoUnits units, SeedingDirectory seeding, Directory directory, LiveDirectory live) {
        return args -> units.createIndexes().then(seeding.seed(directory)).then(live.reload()).block(SEEDING_TIMEOUT);
    }
}
