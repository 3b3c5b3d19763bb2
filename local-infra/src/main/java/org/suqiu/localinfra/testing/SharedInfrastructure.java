package org.suqiu.localinfra.testing;

import java.util.UUID;

import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.LocalMongo;

/**
 * One Kafka broker and one MongoDB-wire server per test JVM, both on 127.0.0.1, started on first
 * use and stopped when the JVM exits. Tests isolate themselves with their own database names and
 * consumer groups, not with their own servers.
 */
public final class SharedInfrastructure {

    private static LocalKafka kafka;
    private static LocalMongo mongo;

    private SharedInfrastructure() {
    }

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            kafka = LocalKafka.startTemporary();
            LocalKafka started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-kafka-stop"));
        }
        return kafka;
    }

    public static synchronized LocalMongo mongo() {
        if (mongo == null) {
            mongo = LocalMongo.startInMemory();
            LocalMongo started = mongo;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-mongo-stop"));
        }
        return mongo;
    }

    /** A database name no other test uses, e.g. {@code intake-3f2a9c}. */
    public static String uniqueDatabase(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
