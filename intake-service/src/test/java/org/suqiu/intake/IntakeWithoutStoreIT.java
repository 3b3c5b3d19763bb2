package org.suqiu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.Ports;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.platform.events.EventCodec;

import tools.jackson.databind.JsonNode;

/**
 * intake-service whose MongoDB is gone: it must refuse submissions with 503 and Retry-After within
 * a few seconds rather than half-accept them, and say it is not ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "suqiu.intake.relay.enabled=false",
        // own topics and groups: this context stays cached while other tests use the real ones
        "spring.cloud.stream.bindings.routedEvents-in-0.destination=nostore.grievance.routed",
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-nostore-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.destination=nostore.case.lifecycle",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-nostore-it",
        "spring.cloud.stream.bindings.received.destination=nostore.grievance.received"})
@AutoConfigureWebTestClient
class IntakeWithoutStoreIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        int nothingListens = Ports.free();
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + nothingListens
                + "/suqiu-intake?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventCodec codec;

    @Test
    void shouldRefuseASubmissionWith503AndRetryAfterWhenTheStoreIsUnreachable() {
        long started = System.nanoTime();

        EntityExchangeResult<String> result = web.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"WEB\",\"externalId\":\"" + UUID.randomUUID() + "\",\"text\":\"路灯坏了\"}")
                .exchange().expectBody(String.class).returnResult();

        assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = codec.json().readTree(result.getResponseBody());
        assertThat(problem.get("type").asString()).isEqualTo("https://suqiu.org/problems/store-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the driver gives up after ~3 s")
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldNotBeReadyWithoutItsStore() {
        EntityExchangeResult<String> readiness = web.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/actuator/health/readiness").exchange().expectBody(String.class).returnResult();

        assertThat(readiness.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode body = codec.json().readTree(readiness.getResponseBody());
        assertThat(body.get("status").asString()).isEqualTo("DOWN");
        assertThat(body.get("components").get("mongo").get("status").asString()).isEqualTo("DOWN");
    }
}
