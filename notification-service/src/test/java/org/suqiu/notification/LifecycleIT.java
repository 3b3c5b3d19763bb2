package org.suqiu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.LocalMongo;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.security.Role;

import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's life with its own Kafka broker and MongoDB-wire server, so that the test may stop
 * them and the service: readiness really follows the store and the broker, and open live streams
 * end when the service stops instead of holding up its graceful shutdown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT {

    private static final LocalKafka kafka = LocalKafka.startTemporary();
    private static final LocalMongo mongo = LocalMongo.startInMemory();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIssuer issuer = TestIssuer.shared();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("spring.mongodb.uri",
                () -> mongo.uri("notification-lifecycle") + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @AfterAll
    static void stopWhatIsLeft() {
        mongo.close();
        kafka.close();
    }

    @Test
    @Order(1)
    void shouldEndOpenLiveStreamsAtOnceWhenTheServiceStops() {
        WebTestClient web = client();
        var stream = web.get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("sup-jx", List.of(Role.SUPERVISOR), null, "330400"))
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody();

        // well inside the 30 s a graceful shutdown would otherwise wait for the open stream
        StepVerifier.create(stream)
                .expectNextMatches(event -> "connected".equals(event.comment()))
                .then(() -> new Thread(context::close, "close-context").start())
                .thenConsumeWhile(event -> event.comment() != null)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    @Order(0)
    void shouldTurnNotReadyWhenTheStoreAndThenTheBrokerGoAway() {
        WebTestClient web = client();
        assertThat(readiness(web).get("status").asString()).isEqualTo("UP");

        mongo.close();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode readiness = readiness(web);
            assertThat(readiness.get("status").asString()).isEqualTo("DOWN");
            assertThat(readiness.at("/components/mongo/status").asString()).isEqualTo("DOWN");
            assertThat(readiness.at("/components/binders/status").asString()).isEqualTo("UP");
        });

        kafka.close();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(readiness(web).at("/components/binders/status").asString()).isEqualTo("DOWN"));
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static JsonNode readiness(WebTestClient web) {
        return JSON.readTree(web.get().uri("/actuator/health/readiness").exchange()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
