package org.suqiu.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.TopicProbe;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class LocalInfrastructureIT {

    @TempDir
    Path dir;

    @Test
    void brokerKeepsRecordsAcrossRestartAndListensOnLoopbackOnly() throws Exception {
        int port = Ports.free();
        int controller = Ports.free();
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), port, controller)) {
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            RawRecords.send(kafka.bootstrapServers(), "probe.topic", "k1", Map.of("ce_type", "t.v1"), "{\"a\":1}");
        }
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), port, controller);
             TopicProbe probe = TopicProbe.on(kafka.bootstrapServers(), "probe.topic")) {
            org.awaitility.Awaitility.await().until(() -> probe.poll().size() == 1);
            TopicProbe.Received record = probe.poll().get(0);
            assertThat(record.key()).isEqualTo("k1");
            assertThat(record.header("ce_type")).isEqualTo("t.v1");
            assertThat(record.value()).isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void mongoFileStoreKeepsDocumentsAcrossRestart() {
        Path file = dir.resolve("mongo/data.mv");
        int port = Ports.free();
        try (LocalMongo mongo = LocalMongo.startWithFile(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("d").getCollection("c").insertOne(new Document("_id", "x").append("v", 1));
        }
        assertThat(Files.exists(file)).isTrue();
        try (LocalMongo mongo = LocalMongo.startWithFile(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("d").getCollection("c").find(new Document("_id", "x")).first())
                    .containsEntry("v", 1);
        }
    }
}
