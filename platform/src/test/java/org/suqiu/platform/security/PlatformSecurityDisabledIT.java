package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.platform.security.testapp.SecuredTestApplication;

/**
 * The same service with {@code suqiu.security.enabled} unset: Spring Security is on the classpath
 * but everything stays open, as the services rely on until each is wired.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=open-test")
class PlatformSecurityDisabledIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("open")));
    }

    @Test
    void shouldLetEveryRequestThroughWithoutAToken() {
        web().get().uri("/api/me/current").exchange().expectStatus().isOk().expectBody().jsonPath("$.staff").isEqualTo("none");
        web().get().uri("/api/supervision").exchange().expectStatus().isOk().expectBody().jsonPath("$.overview").isEqualTo("督办");
        web().get().uri("/open/ping").exchange().expectStatus().isOk();
        web().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void shouldAcceptWritesWithoutCsrfTokensOrLogin() {
        web().post().uri("/api/notes").bodyValue(Map.of("text", "已联系")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.stored").isEqualTo("已联系");
    }

    @Test
    void shouldNeitherReadTokensNorAddSecurityHeaders() {
        web().get().uri("/open/ping").headers(h -> h.setBearerAuth("garbage")).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
                .expectHeader().doesNotExist(HttpHeaders.CACHE_CONTROL)
                .expectHeader().doesNotExist("X-Frame-Options");
    }

    @Test
    void shouldCreateNoTokenDecoderNoGeneratedUserAndNoCipherWithoutKeys() {
        assertThat(context.getBeanNamesForType(ReactiveJwtDecoder.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveUserDetailsService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(FieldCipher.class)).isEmpty();
    }

    @Test
    void shouldAnswer401ProblemToAHandlerThatNeedsAStaffMember() {
        web().get().uri("/api/me").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/unauthenticated");
    }

    private WebTestClient web() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }
}
