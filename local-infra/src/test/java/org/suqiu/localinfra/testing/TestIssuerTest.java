package org.suqiu.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

class TestIssuerTest {

    private static TestIssuer issuer;
    private static RSAKey published;

    @BeforeAll
    static void start() throws Exception {
        issuer = TestIssuer.start();
        Map<String, Object> discovery = JSONObjectUtils.parse(get(issuer.issuerUri() + "/.well-known/openid-configuration"));
        published = (RSAKey) JWKSet.parse(get((String) discovery.get("jwks_uri"))).getKeys().get(0);
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void shouldServeAnOidcDiscoveryDocumentNamingItselfAndItsKeysOnLoopback() throws Exception {
        Map<String, Object> discovery = JSONObjectUtils.parse(get(issuer.issuerUri() + "/.well-known/openid-configuration"));

        assertThat(issuer.issuerUri()).startsWith("http://127.0.0.1:");
        assertThat(discovery).containsEntry("issuer", issuer.issuerUri()).containsEntry("jwks_uri", issuer.jwkSetUri());
        assertThat(published.isPrivate()).isFalse();
    }

    @Test
    void shouldMintATokenInTheClaimsContractSignedByThePublishedKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.token("u-1", List.of("HANDLER", "MEDIATOR"), "unit-wuzhen", "330483102"));

        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(published.getKeyID());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuerUri());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("u-1");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("suqiu");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("HANDLER", "MEDIATOR");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit_id")).isEqualTo("unit-wuzhen");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("jurisdiction")).isEqualTo("330483102");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void shouldMintAnExpiredTokenWithAValidSignature() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.expiredToken("u-1", List.of("HANDLER"), null, "330483"));

        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isBefore(new Date(System.currentTimeMillis() - 5 * 60_000));
    }

    @Test
    void shouldMintATamperedTokenWhoseSignatureNoLongerMatches() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.tamperedToken("u-1", List.of("HANDLER"), null, "330483"));

        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).contains("ADMIN");
        assertThat(jwt.verify(new RSASSAVerifier(published))).isFalse();
    }

    @Test
    void shouldMintAForeignTokenNamingThisIssuerButSignedByAnotherKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.foreignToken("u-1", List.of("HANDLER"), null, "330483"));

        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuerUri());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(published.getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(published))).isFalse();
    }

    @Test
    void shouldShapeATokenByHand() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.claims("u-2").name("王警官").audience("elsewhere").issuer("http://evil.example")
                .claim("roles", "SUPERVISOR").sign());

        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("elsewhere");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://evil.example");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("name")).isEqualTo("王警官");
        assertThat(jwt.getJWTClaimsSet().getClaim("roles")).isEqualTo("SUPERVISOR");
    }

    private static String get(String uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
