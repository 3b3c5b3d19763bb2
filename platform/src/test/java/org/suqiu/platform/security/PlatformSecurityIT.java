package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.platform.security.testapp.SecuredTestApplication;

/** A WebFlux service with {@code suqiu.security.enabled=true}, against a real OIDC issuer. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=secured-test",
                "suqiu.security.enabled=true",
                "suqiu.security.public-paths=/open/**",
                "suqiu.security.encryption.keys.k1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "suqiu.security.encryption.current-key=k1"})
class PlatformSecurityIT {

    private static final TestIssuer issuer = TestIssuer.start();
    private static final TestIssuer otherIssuer = TestIssuer.start();
    private static final List<Role> HANDLER = List.of(Role.HANDLER);
    private static final String WUZHEN = "330483102";

    @LocalServerPort
    int port;

    @Autowired
    FieldCipher cipher;

    @Autowired
    AuditTrail auditTrail;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("secured")));
    }

    @AfterAll
    static void stopIssuers() {
        issuer.close();
        otherIssuer.close();
    }

    @Test
    void shouldAnswerARequestWithoutATokenWith401ProblemAndABearerChallenge() {
        web().get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.instance").isEqualTo("/api/me");
    }

    @Test
    void shouldGiveTheHandlerTheStaffMemberOfAValidToken() {
        String token = issuer.claims("u-1001").name("李四").roles(List.of("HANDLER", "MEDIATOR")).unitId("unit-wuzhen")
                .jurisdiction(WUZHEN).sign();

        for (String path : List.of("/api/me", "/api/me/current")) {
            web().get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.subject").isEqualTo("u-1001")
                    .jsonPath("$.name").isEqualTo("李四")
                    .jsonPath("$.roles").isEqualTo(List.of("HANDLER", "MEDIATOR"))
                    .jsonPath("$.unitId").isEqualTo("unit-wuzhen")
                    .jsonPath("$.jurisdiction").isEqualTo(WUZHEN);
        }
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertInvalidToken(issuer.expiredToken("u-1", HANDLER, "unit-1", WUZHEN), "expired");
    }

    @Test
    void shouldRefuseATamperedToken() {
        assertInvalidToken(issuer.tamperedToken("u-1", HANDLER, "unit-1", WUZHEN), null);
    }

    @Test
    void shouldRefuseATokenSignedByAKeyTheIssuerNeverPublished() {
        assertInvalidToken(issuer.foreignToken("u-1", HANDLER, "unit-1", WUZHEN), null);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        assertInvalidToken(otherIssuer.token("u-1", HANDLER, "unit-1", WUZHEN), null);
        assertInvalidToken(issuer.claims("u-1").roles(HANDLER).issuer(otherIssuer.issuerUri()).sign(), "iss");
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertInvalidToken(issuer.claims("u-1").roles(HANDLER).audience("account").sign(), "aud");
    }

    @Test
    void shouldRefuseATokenBreakingTheClaimsContract() {
        assertInvalidToken(issuer.claims("u-1").claim("roles", "SUPERVISOR").sign(), "roles");
    }

    @Test
    void shouldRefuseSomethingThatIsNotAToken() {
        assertInvalidToken("not-a-jwt", null);
    }

    @Test
    void shouldTrustNoIdentityHeader() {
        web().get().uri("/api/me").header("X-User", "admin").header("X-Roles", "ADMIN").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldAnswer403ProblemToAHandlerOnAnEndpointForSupervisors() {
        String handler = issuer.token("u-1", HANDLER, "unit-1", WUZHEN);

        for (String path : List.of("/api/supervision", "/api/supervision/by-helper")) {
            web().get().uri(path).headers(h -> h.setBearerAuth(handler)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/forbidden")
                    .jsonPath("$.status").isEqualTo(403);
        }
    }

    @Test
    void shouldLetASupervisorIn() {
        String supervisor = issuer.token("u-9", List.of(Role.SUPERVISOR), null, "330483");

        web().get().uri("/api/supervision").headers(h -> h.setBearerAuth(supervisor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.overview").isEqualTo("督办");
        web().get().uri("/api/supervision/by-helper").headers(h -> h.setBearerAuth(supervisor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.for").isEqualTo("u-9");
    }

    @Test
    void shouldAnswerAnEndpointForSupervisorsWith401WithoutAToken() {
        web().get().uri("/api/supervision").exchange().expectStatus().isUnauthorized();
        web().get().uri("/api/supervision/by-helper").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void shouldAcceptAWriteWithATokenAndNoCsrfToken() {
        String handler = issuer.token("u-1", HANDLER, "unit-1", WUZHEN);

        web().post().uri("/api/notes").headers(h -> h.setBearerAuth(handler)).bodyValue(Map.of("text", "已联系"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.stored").isEqualTo("已联系");
        web().post().uri("/api/notes").bodyValue(Map.of("text", "已联系")).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void shouldOpenPublicPathsAndActuatorHealthWithoutAToken() {
        web().get().uri("/open/ping").exchange().expectStatus().isOk().expectBody().jsonPath("$.pong").isEqualTo(true);
        web().get().uri("/actuator/health").exchange().expectStatus().isOk();
        web().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void shouldIgnoreABadTokenOnAPublicPath() {
        web().get().uri("/open/ping").headers(h -> h.setBearerAuth(issuer.expiredToken("u-1", HANDLER, null, WUZHEN)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void shouldWireTheCipherFromConfigurationAndTheAuditTrailToTheServicesDatabase() {
        assertThat(cipher.currentKeyId()).isEqualTo("k1");
        assertThat(cipher.decrypt(cipher.encrypt("13812345678"))).isEqualTo("13812345678");
        StaffMember staff = new StaffMember("u-1", "李四", Set.of(Role.HANDLER), "unit-1", JurisdictionScope.of(WUZHEN));
        auditTrail.record(AuditEntry.of(staff, "note.added", "case", "c-1")).block();
        assertThat(auditTrail.ofResource("case", "c-1").collectList().block()).hasSize(1);
    }

    private void assertInvalidToken(String token, String detailMentions) {
        WebTestClient.BodyContentSpec body = web().get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/invalid-token")
                .jsonPath("$.status").isEqualTo(401);
        if (detailMentions != null) {
            body.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(detailMentions));
        }
    }

    private WebTestClient web() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }
}
