package org.suqiu.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.contracts.intake.GrievanceReceived;

/**
 * The one application context every routing IT shares (one consumer group, one database): the real
 * Kafka broker and MongoDB-wire server on 127.0.0.1, and security on against a real OIDC issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class RoutingIntegrationTest {

    protected static final TestIssuer ISSUER = TestIssuer.shared();

    /** The demo event key intake seals addresses with ({@code suqiu.security.event-encryption.keys.ev1}). */
    protected static final EventSeal INTAKE_SEAL = new EventSeal(FieldCipher.fromBase64(
            Map.of("ev1", "Zb0V6Q3m3aM2g0c8Yx2o6l0H6mZb1c9Wm5r0n6XcI1s="), "ev1", null));

    /** An address sealed as intake puts it into {@code GrievanceReceived}. */
    protected static String seal(String address) {
        return INTAKE_SEAL.seal(address, GrievanceReceived.ADDRESS_CONTEXT);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("routing")));
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuerUri);
        // the ITs send the same texts in one jurisdiction many times over: 并单 is tested without the broker
        // (RoutingGrievanceTest, LinkPolicyTest); 重复件 (same citizen) stays on
        registry.add("suqiu.routing.linking.merge-similarity", () -> "2.0");
    }

    protected WebTestClient web;

    /** The test client, patient: on a loaded build machine the first answers after the start take a while. */
    @Autowired
    void webTestClient(WebTestClient client) {
        this.web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** The city's platform administrator (嘉兴市12345平台管理员), as the demo issuer signs them. */
    protected static String adminToken() {
        return ISSUER.token("admin", List.of(Role.ADMIN), null, "330400");
    }

    /** The web client sending {@code token} as a bearer token with every request. */
    protected WebTestClient as(String token) {
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }
}
