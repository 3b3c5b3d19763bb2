package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.suqiu.localinfra.testing.TestIssuer;

/** The token decoder the resource server uses, against a real issuer over HTTP, without Spring's context. */
class StaffTokenDecodingIT {

    private static final List<String> HANDLER = List.of("HANDLER");

    private static TestIssuer issuer;
    private static TestIssuer otherIssuer;
    private static ReactiveJwtDecoder decoder;

    @BeforeAll
    static void start() {
        issuer = TestIssuer.start();
        otherIssuer = TestIssuer.start();
        decoder = PlatformSecurityAutoConfiguration.jwtDecoder(issuer.issuerUri(), null, "suqiu");
    }

    @AfterAll
    static void stop() {
        issuer.close();
        otherIssuer.close();
    }

    @Test
    void shouldAcceptAValidTokenFoundByDiscovery() {
        Jwt jwt = decoder.decode(issuer.token("u-1", HANDLER, "unit-1", "330483102")).block();

        assertThat(jwt.getSubject()).isEqualTo("u-1");
        assertThat(StaffClaims.staffMember(jwt).roles()).containsExactly(Role.HANDLER);
    }

    @Test
    void shouldAcceptAValidTokenWithKeysFromAConfiguredJwkSetUri() {
        ReactiveJwtDecoder byJwkSet = PlatformSecurityAutoConfiguration.jwtDecoder(issuer.issuerUri(), issuer.jwkSetUri(), "suqiu");

        assertThat(byJwkSet.decode(issuer.token("u-1", HANDLER, null, "330483")).block().getSubject()).isEqualTo("u-1");
        assertThatThrownBy(() -> byJwkSet.decode(issuer.claims("u-1").issuer("http://127.0.0.1:1").sign()).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("iss");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertThatThrownBy(() -> decoder.decode(issuer.expiredToken("u-1", HANDLER, null, "330483")).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
    }

    @Test
    void shouldRefuseATamperedToken() {
        assertThatThrownBy(() -> decoder.decode(issuer.tamperedToken("u-1", HANDLER, null, "330483")).block())
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void shouldRefuseATokenSignedByAKeyTheIssuerNeverPublished() {
        assertThatThrownBy(() -> decoder.decode(issuer.foreignToken("u-1", HANDLER, null, "330483")).block())
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void shouldRefuseAValidTokenOfAnotherIssuer() {
        assertThatThrownBy(() -> decoder.decode(otherIssuer.token("u-1", HANDLER, null, "330483")).block())
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void shouldRefuseATokenSignedByTheRightKeyButNamingAnotherIssuer() {
        assertThatThrownBy(() -> decoder.decode(issuer.claims("u-1").roles(HANDLER).issuer(otherIssuer.issuerUri()).sign()).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("iss");
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertThatThrownBy(() -> decoder.decode(issuer.claims("u-1").roles(HANDLER).audience("account").sign()).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("aud");
    }

    @Test
    void shouldRefuseATokenBreakingTheClaimsContract() {
        assertThatThrownBy(() -> decoder.decode(issuer.claims("u-1").claim("roles", "HANDLER").sign()).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> decoder.decode(issuer.claims("u-1").jurisdiction("3304831").sign()).block())
                .isInstanceOf(BadJwtException.class).hasMessageContaining("jurisdiction");
    }

    @Test
    void shouldReportAnUnreachableIssuerAsAServerSideFailureNotABadToken() {
        TestIssuer gone = TestIssuer.start();
        String token = gone.token("u-1", HANDLER, null, "330483");
        gone.close();
        ReactiveJwtDecoder unreachable = PlatformSecurityAutoConfiguration.jwtDecoder(gone.issuerUri(), null, "suqiu");

        assertThatThrownBy(() -> unreachable.decode(token).block())
                .isInstanceOf(JwtException.class).isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void shouldRefuseToStartWithoutAnIssuer() {
        assertThatThrownBy(() -> PlatformSecurityAutoConfiguration.jwtDecoder(null, null, "suqiu"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }
}
