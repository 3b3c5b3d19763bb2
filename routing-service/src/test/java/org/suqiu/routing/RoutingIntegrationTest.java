package org.suqiu.routing;

import java.util.List;

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

/**
 * The one application context every routing IT shares (one consumer group, one database): the real
 * Kafka broker and MongoDB-wire server on 127.0.0.1, and security on against a real OIDC issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class RoutingIntegrationTest {

    protected static final TestIssuer ISSUER = TestIssuer.shared();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("routing")));
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuerUri);
    }

    @Autowired
    protected WebTestClient web;

    /** The city's platform administrator (嘉兴市12345平台管理员), as the demo issuer signs them. */
    protected static String adminToken() {
        return ISSUER.token("admin", List.of(Role.ADMIN), null, "330400");
    }

    /** The web client sending {@code token} as a bearer token with every request. */
    protected WebTestClient as(String token) {
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }
}
