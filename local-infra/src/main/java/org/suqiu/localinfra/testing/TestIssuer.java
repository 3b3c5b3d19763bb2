package org.suqiu.localinfra.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OIDC issuer for integration tests that need no identity server: a tiny HTTP server on
 * 127.0.0.1 serving {@code /.well-known/openid-configuration} and a JWKS with one RSA key, and
 * minting RS256 access tokens in Suqiu's claims contract ({@code sub}, {@code name}, {@code roles},
 * {@code unit_id}, {@code jurisdiction}, {@code aud} "suqiu"). Point a service at it with
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri = issuer.issuerUri()}. Besides valid
 * tokens it makes the bad ones a service must refuse: expired, tampered after signing, and signed
 * by a key it does not publish.
 */
public final class TestIssuer implements AutoCloseable {

    public static final String DEFAULT_AUDIENCE = "suqiu";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private static TestIssuer shared;

    private final HttpServer server;
    private final String issuerUri;
    private final RSAKey key;
    private final RSAKey foreignKey;

    private TestIssuer(HttpServer server, RSAKey key, RSAKey foreignKey) {
        this.server = server;
        this.issuerUri = "http://127.0.0.1:" + server.getAddress().getPort();
        this.key = key;
        this.foreignKey = foreignKey;
    }

    /** An issuer on a free port of 127.0.0.1; close it when done. */
    public static TestIssuer start() {
        try {
            String kid = "test-" + UUID.randomUUID().toString().substring(0, 8);
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            // Same key id as the real one: a forger who knows the kid still fails on the signature.
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestIssuer issuer = new TestIssuer(server, key, foreign);
            server.createContext("/.well-known/openid-configuration", exchange -> issuer.answer(exchange, issuer.discovery()));
            server.createContext("/.well-known/oauth-authorization-server", exchange -> issuer.answer(exchange, issuer.discovery()));
            server.createContext("/jwks", exchange -> issuer.answer(exchange, new JWKSet(key).toPublicJWKSet().toJSONObject()));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the test issuer's key", e);
        }
    }

    /** One issuer per test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = start();
            TestIssuer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-issuer-stop"));
        }
        return shared;
    }

    /** {@code http://127.0.0.1:<port>}: the {@code iss} of its tokens and the base of its discovery. */
    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/jwks";
    }

    /** A valid token for ten minutes; {@code roles} are role names or enum constants, {@code unitId} and {@code jurisdiction} may be null. */
    public String token(String subject, Collection<?> roles, String unitId, String jurisdiction) {
        return claims(subject).roles(roles).unitId(unitId).jurisdiction(jurisdiction).sign();
    }

    /** The same token, expired ten minutes ago (well beyond any clock skew allowed). */
    public String expiredToken(String subject, Collection<?> roles, String unitId, String jurisdiction) {
        return claims(subject).roles(roles).unitId(unitId).jurisdiction(jurisdiction)
                .issuedAt(Instant.now().minus(LIFETIME).minus(LIFETIME)).sign();
    }

    /** A validly signed token whose payload was then changed (the role ADMIN added): its signature no longer matches. */
    public String tamperedToken(String subject, Collection<?> roles, String unitId, String jurisdiction) {
        Claims claims = claims(subject).roles(roles).unitId(unitId).jurisdiction(jurisdiction);
        String signed = claims.sign();
        List<Object> escalated = new ArrayList<>(claims.roles);
        escalated.add("ADMIN");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.roles(escalated).claimsSet().toString().getBytes(StandardCharsets.UTF_8));
        String[] parts = signed.split("\\.");
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** A token with this issuer's {@code iss} and key id, signed by a key it never published. */
    public String foreignToken(String subject, Collection<?> roles, String unitId, String jurisdiction) {
        return claims(subject).roles(roles).unitId(unitId).jurisdiction(jurisdiction).signWith(foreignKey);
    }

    /** A token to shape by hand: another audience, another {@code iss}, odd claims. */
    public Claims claims(String subject) {
        return new Claims(subject);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri);
        document.put("jwks_uri", jwkSetUri());
        document.put("authorization_endpoint", issuerUri + "/authorize");
        document.put("token_endpoint", issuerUri + "/token");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return document;
    }

    private void answer(HttpExchange exchange, Map<String, Object> json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The claims of one token, changed step by step, then signed. */
    public final class Claims {

        private final String subject;
        private String name;
        private List<Object> roles = List.of();
        private String unitId;
        private String jurisdiction;
        private List<String> audience = List.of(DEFAULT_AUDIENCE);
        private String issuer = issuerUri;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = LIFETIME;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Claims(String subject) {
            this.subject = subject;
        }

        public Claims name(String displayName) {
            this.name = displayName;
            return this;
        }

        /** Role names ({@code "HANDLER"}) or enum constants ({@code Role.HANDLER}). */
        public Claims roles(Collection<?> names) {
            this.roles = names == null ? List.of() : names.stream().map(r -> (Object) String.valueOf(r)).toList();
            return this;
        }

        public Claims unitId(String unit) {
            this.unitId = unit;
            return this;
        }

        public Claims jurisdiction(String code) {
            this.jurisdiction = code;
            return this;
        }

        public Claims audience(String... audiences) {
            this.audience = List.of(audiences);
            return this;
        }

        /** Another {@code iss} than this issuer's, signed with this issuer's genuine key. */
        public Claims issuer(String iss) {
            this.issuer = iss;
            return this;
        }

        public Claims issuedAt(Instant at) {
            this.issuedAt = at;
            return this;
        }

        public Claims lifetime(Duration duration) {
            this.lifetime = duration;
            return this;
        }

        /** Any other claim, or one of the above replaced by a raw value (e.g. {@code roles} as a string). */
        public Claims claim(String claim, Object value) {
            extra.put(claim, value);
            return this;
        }

        /** Signed with this issuer's published key. */
        public String sign() {
            return signWith(key);
        }

        JWTClaimsSet claimsSet() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("name", name == null ? subject : name)
                    .claim("roles", roles);
            if (unitId != null) {
                builder.claim("unit_id", unitId);
            }
            if (jurisdiction != null) {
                builder.claim("jurisdiction", jurisdiction);
            }
            extra.forEach(builder::claim);
            return builder.build();
        }

        private String signWith(RSAKey signingKey) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(), claimsSet());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign the test token", e);
            }
        }
    }
}
