package org.suqiu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.Ports;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.EventCodec;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * intake-service while its Kafka broker is down (a broker of its own, stopped and started again on
 * the same port and log): submissions are still accepted at once and kept pending with backoff, the
 * service says it is not ready, and the submission goes out when the broker is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "suqiu.intake.relay.initial-backoff=500ms",
        "suqiu.intake.relay.max-backoff=2s",
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-kafka-down-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-kafka-down-it"})
@AutoConfigureWebTestClient
@DirtiesContext
class IntakeWhileKafkaIsDownIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Path LOG_DIR = temporaryDirectory();
    private static final int PORT = Ports.free();
    private static final int CONTROLLER_PORT = Ports.free();
    private static volatile LocalKafka broker = LocalKafka.start(LOG_DIR, PORT, CONTROLLER_PORT);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> broker.close(), "kafka-down-it-broker-stop"));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> broker.bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("intake"))
                + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoDatabase database;

    @Test
    void shouldAcceptAtOnceKeepPendingAndNotBeReadyWhileKafkaIsDownThenPublishWhenItIsBack() {
        WebTestClient client = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        await().atMost(WAIT).until(() -> readiness(client).getStatus() == HttpStatus.OK);

        // one submission while the broker is up: the timing below measures Kafka's absence, not the
        // first request's one-time work (class loading, serializers), which takes seconds on a loaded machine
        client.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"HOTLINE\",\"externalId\":\"warm-" + UUID.randomUUID() + "\",\"text\":\"预热\"}")
                .exchange().expectStatus().isAccepted();

        broker.close();
        long posted = System.nanoTime();
        EntityExchangeResult<String> accepted = client.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"HOTLINE\",\"externalId\":\"call-" + UUID.randomUUID() + "\",\"text\":\"停水三天了\"}")
                .exchange().expectBody(String.class).returnResult();

        assertThat(accepted.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(Duration.ofNanos(System.nanoTime() - posted)).as("the 202 does not wait for Kafka")
                .isLessThan(Duration.ofSeconds(3));
        String grievanceId = codec.json().readTree(accepted.getResponseBody()).get("grievanceId").asString();
        await().atMost(WAIT).until(() -> relay(grievanceId).getInteger("attempts") >= 1
                && relay(grievanceId).getString("lastError") != null);
        assertThat(relay(grievanceId).getString("state")).isEqualTo("PENDING");

        await().atMost(WAIT).untilAsserted(() -> {
            EntityExchangeResult<String> readiness = readiness(client);
            assertThat(readiness.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            JsonNode body = codec.json().readTree(readiness.getResponseBody());
            assertThat(body.get("components").get("binders").get("status").asString()).isEqualTo("DOWN");
        });

        broker = LocalKafka.start(LOG_DIR, PORT, CONTROLLER_PORT);
        try (TopicProbe received = TopicProbe.on(broker.bootstrapServers(), Topics.GRIEVANCE_RECEIVED)) {
            await().atMost(WAIT).until(() -> received.poll(r -> grievanceId.equals(r.key())
                    && GrievanceReceived.TYPE.equals(r.header("ce_type"))).size() == 1);
        }
        await().atMost(WAIT).until(() -> "SENT".equals(relay(grievanceId).getString("state")));
        await().atMost(WAIT).until(() -> readiness(client).getStatus() == HttpStatus.OK);
    }

    private static EntityExchangeResult<String> readiness(WebTestClient client) {
        return client.get().uri("/actuator/health/readiness").exchange().expectBody(String.class).returnResult();
    }

    private Document relay(String grievanceId) {
        Document submission = Mono.from(database.getCollection("submissions").find(Filters.eq("_id", grievanceId)).first())
                .block(Duration.ofSeconds(10));
        return submission.get("relay", Document.class);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("intake-kafka-down");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
