package org.suqiu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.suqiu.identity.staff.model.Role;
import org.suqiu.identity.staff.model.StaffMember;
import org.suqiu.identity.staff.model.StaffMembers;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer as a service sees it: real HTTP on a random port, tokens checked with Nimbus against the JWKS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IdentityServerIT {

    private static final String CLI_SECRET = "it-cli-secret";
    private static final String DEMO_PASSWORD = "suqiu-demo";
    private static final String CONSOLE_REDIRECT = "http://127.0.0.1:8081/login/oauth2/code/suqiu";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path keys = Files.createTempDirectory("suqiu-identity-it");
        registry.add("suqiu.identity.key-store-dir", keys::toString);
        registry.add("suqiu.identity.issuer", () -> "");
        registry.add("suqiu.identity.cli.secret", () -> CLI_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffMembers staff;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    // --- discovery and keys -----------------------------------------------------------------------------------

    @Test
    void shouldServeTheOidcDiscoveryDocument() throws Exception {
        HttpResponse<String> response = get(base() + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(base());
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(base() + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(base() + "/oauth2/jwks");
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(base() + "/oauth2/authorize");
        assertThat(strings(discovery.get("grant_types_supported"))).contains("password", "authorization_code");
        assertThat(strings(discovery.get("scopes_supported"))).contains("openid", "suqiu");
        assertThat(strings(discovery.get("claims_supported"))).contains("sub", "roles", "unit_id", "jurisdiction");
        assertThat(strings(discovery.get("code_challenge_methods_supported"))).contains("S256");
    }

    @Test
    void shouldServeOnlyThePublicHalfOfTheSigningKey() throws Exception {
        JWKSet jwks = jwks(base());

        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey key = jwks.getKeys().get(0).toRSAKey();
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(key.isPrivate()).isFalse();
        assertThat(get(base() + "/oauth2/jwks").body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    // --- password grant ---------------------------------------------------------------------------------------

    @Test
    void shouldIssueAHandlerTokenThatCarriesTheStaffClaimsAndVerifiesAgainstTheJwks() throws Exception {
        HttpResponse<String> response = passwordGrant("suqiu-cli", CLI_SECRET, "h-330483-env", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isBetween(3590L, 3600L);
        assertThat(body.has("refresh_token")).isFalse();

        SignedJWT jwt = SignedJWT.parse(body.get("access_token").asString());
        RSAKey key = jwks(base()).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("h-330483-env");
        assertThat(claims.getIssuer()).isEqualTo(base());
        assertThat(claims.getAudience()).containsExactly("suqiu");
        assertThat(claims.getStringListClaim("roles")).containsExactly("HANDLER");
        assertThat(claims.getStringClaim("unit_id")).isEqualTo("330483-env");
        assertThat(claims.getStringClaim("jurisdiction")).isEqualTo("330483");
        assertThat(claims.getStringClaim("name")).isEqualTo("嘉兴市生态环境局桐乡分局承办人");
        assertThat(claims.getStringListClaim("scope")).containsExactly("suqiu");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldIssueATokenAServiceAcceptsThroughItsIssuerUri() throws Exception {
        String token = accessToken("sup-330483101");

        // what a resource server configured with issuer-uri does: discovery, JWKS, signature, iss, exp
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(base());
        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getSubject()).isEqualTo("sup-330483101");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SUPERVISOR");
        assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("330483101");
        assertThat(jwt.hasClaim("unit_id")).isFalse();
        assertThat(jwt.getAudience()).containsExactly("suqiu");
    }

    // --- client credentials (services) -------------------------------------------------------------------------

    @Test
    void shouldIssueAServiceTokenWithTheAudienceAndItsScopeButNoStaffClaims() throws Exception {
        HttpResponse<String> response = post(base() + "/oauth2/token",
                basic("notification-service", "notification-service-secret"),
                ordered("grant_type", "client_credentials", "scope", "suqiu.internal"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt jwt = JwtDecoders.fromIssuerLocation(base()).decode(JSON.readTree(response.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("notification-service");
        assertThat(jwt.getAudience()).containsExactly("suqiu");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("suqiu.internal");
        assertThat(jwt.hasClaim("roles")).isFalse();
        assertThat(jwt.hasClaim("jurisdiction")).isFalse();
    }

    @Test
    void shouldRefuseClientCredentialsToAWrongSecretAndToAStaffClient() throws Exception {
        assertThat(post(base() + "/oauth2/token", basic("notification-service", "wrong"),
                ordered("grant_type", "client_credentials")).statusCode()).isEqualTo(401);
        HttpResponse<String> cli = post(base() + "/oauth2/token", basic("suqiu-cli", CLI_SECRET),
                ordered("grant_type", "client_credentials"));
        assertThat(cli.statusCode()).isEqualTo(400);
        assertThat(cli.body()).contains("unauthorized_client");
    }

    @Test
    void shouldIssueATokenForEveryDemoUser() throws Exception {
        JWKSet jwks = jwks(base());
        for (StaffMember member : staff.all()) {
            SignedJWT jwt = SignedJWT.parse(accessToken(member.id()));

            assertThat(jwt.verify(new RSASSAVerifier(jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())))
                    .as(member.id()).isTrue();
            var claims = jwt.getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo(member.id());
            assertThat(claims.getStringListClaim("roles")).as(member.id())
                    .containsExactlyElementsOf(member.roles().stream().map(Role::name).toList());
            assertThat(claims.getStringClaim("jurisdiction")).isEqualTo(member.jurisdiction().value());
            assertThat(claims.getStringClaim("unit_id")).isEqualTo(member.unitId());
            assertThat(claims.getStringClaim("name")).isEqualTo(member.displayName());
        }
        assertThat(staff.all()).hasSizeGreaterThanOrEqualTo(Role.values().length);
    }

    @Test
    void shouldAnswerInvalidGrantToAWrongPassword() throws Exception {
        HttpResponse<String> response = passwordGrant("suqiu-cli", CLI_SECRET, "h-330483-env", "wrong-password");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void shouldAnswerInvalidGrantToAnUnknownUserJustAsToAWrongPassword() throws Exception {
        HttpResponse<String> response = passwordGrant("suqiu-cli", CLI_SECRET, "nobody", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(response.body()).isEqualTo(passwordGrant("suqiu-cli", CLI_SECRET, "admin", "x").body());
    }

    @Test
    void shouldAnswer401InvalidClientToAnUnknownClientOrAWrongSecret() throws Exception {
        for (HttpResponse<String> response : List.of(
                passwordGrant("someone-else", CLI_SECRET, "admin", DEMO_PASSWORD),
                passwordGrant("suqiu-cli", "not-the-secret", "admin", DEMO_PASSWORD))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("invalid_client");
        }
    }

    @Test
    void shouldRefuseScopesTheClientDoesNotHave() throws Exception {
        HttpResponse<String> response = post(base() + "/oauth2/token", basic("suqiu-cli", CLI_SECRET), Map.of(
                "grant_type", "password", "username", "admin", "password", DEMO_PASSWORD, "scope", "openid"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void shouldNeverLogPasswordsOrTokens(CapturedOutput output) throws Exception {
        String token = accessToken("admin");
        passwordGrant("suqiu-cli", CLI_SECRET, "admin", "Wrong-Pa55word");
        passwordGrant("suqiu-cli", CLI_SECRET, "Typed-Pa55word-Here", DEMO_PASSWORD);

        assertThat(output.getAll()).contains("Issued an access token to admin")
                .contains("Refused a password grant for admin")
                .contains("Refused a password grant for an unknown user")
                .doesNotContain(DEMO_PASSWORD, "Wrong-Pa55word", "Typed-Pa55word-Here", CLI_SECRET)
                .doesNotContain(token, token.substring(token.lastIndexOf('.') + 1));
    }

    // --- browsers: authorization code + PKCE ----------------------------------------------------------------

    @Test
    void shouldLetAConsoleUserSignInWithAuthorizationCodeAndPkce() throws Exception {
        String verifier = randomUrlSafe(48);
        String code = signInThroughTheBrowser("sup-330483", verifier);

        HttpResponse<String> tokens = exchangeCode(code, verifier);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(tokens.body());
        Jwt access = JwtDecoders.fromIssuerLocation(base()).decode(body.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("sup-330483");
        assertThat(access.getAudience()).containsExactly("suqiu");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("SUPERVISOR");
        assertThat(access.getClaimAsString("jurisdiction")).isEqualTo("330483");
        SignedJWT idToken = SignedJWT.parse(body.get("id_token").asString());
        assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly("suqiu-console");
        assertThat(idToken.getJWTClaimsSet().getStringClaim("name")).isEqualTo("桐乡市督查室");
    }

    @Test
    void shouldRefuseTheCodeWithoutTheRightPkceVerifier() throws Exception {
        String code = signInThroughTheBrowser("h-330483-env", randomUrlSafe(48));

        HttpResponse<String> tokens = exchangeCode(code, randomUrlSafe(48));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tokens.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void shouldTurnAwayAConsoleAuthorizationRequestWithoutACodeChallenge() throws Exception {
        HttpResponse<String> response = get(base() + "/oauth2/authorize?" + form(ordered(
                "response_type", "code", "client_id", "suqiu-console", "redirect_uri", CONSOLE_REDIRECT,
                "scope", "openid", "state", "st-2")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith(CONSOLE_REDIRECT + "?").contains("error=invalid_request");
    }

    /** Plays the browser: authorize, form login with CSRF, back to authorize, and the redirect with the code. */
    private String signInThroughTheBrowser(String user, String verifier) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base() + "/oauth2/authorize?" + form(ordered(
                "response_type", "code", "client_id", "suqiu-console", "redirect_uri", CONSOLE_REDIRECT,
                "scope", "openid profile suqiu", "state", "st-1", "code_challenge", challenge,
                "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = send(browser, HttpRequest.newBuilder(URI.create(authorize))
                .header("Accept", "text/html").GET());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).isEqualTo(base() + "/login");

        HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(URI.create(base() + "/login")).GET());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();

        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(ordered(
                        "username", user, "password", DEMO_PASSWORD, "_csrf", csrf.group(1))))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).startsWith(base() + "/oauth2/authorize");

        HttpResponse<String> toClient = send(browser, HttpRequest.newBuilder(URI.create(location(signedIn))).GET());
        assertThat(toClient.statusCode()).isEqualTo(302);
        URI callback = URI.create(location(toClient));
        assertThat(callback.toString()).startsWith(CONSOLE_REDIRECT + "?");
        Map<String, String> query = queryOf(callback);
        assertThat(query).containsEntry("state", "st-1").containsKey("code");
        return query.get("code");
    }

    private HttpResponse<String> exchangeCode(String code, String verifier) throws Exception {
        return post(base() + "/oauth2/token", null, ordered(
                "grant_type", "authorization_code", "code", code, "redirect_uri", CONSOLE_REDIRECT,
                "client_id", "suqiu-console", "code_verifier", verifier));
    }

    // --- everything else --------------------------------------------------------------------------------------

    @Test
    void shouldKeepHealthOpenAndEverythingElseClosed() throws Exception {
        assertThat(get(base() + "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(base() + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(base() + "/actuator/health/liveness").statusCode()).isEqualTo(200);
        for (String closed : List.of("/actuator/info", "/actuator/env", "/actuator/beans", "/", "/anything")) {
            assertThat(get(base() + closed).statusCode()).as(closed).isNotEqualTo(200);
        }
        assertThat(get(base() + "/userinfo").statusCode()).isEqualTo(401);
        assertThat(get(base() + "/login").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldKeepTheSigningKeyAcrossRestarts(@TempDir Path keyDir, CapturedOutput output) throws Exception {
        String issuer = "http://issuer.suqiu.test";
        String kidBefore;
        String tokenBefore;
        try (ConfigurableApplicationContext first = start(keyDir, issuer)) {
            String base = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
            kidBefore = jwks(base).getKeys().get(0).getKeyID();
            tokenBefore = accessToken(base, "med-330483");
            assertThat(JSON.readTree(get(base + "/.well-known/openid-configuration").body()).get("issuer").asString())
                    .isEqualTo(issuer);
        }
        try (ConfigurableApplicationContext second = start(keyDir, issuer)) {
            String base = "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
            JWKSet jwks = jwks(base);
            assertThat(jwks.getKeys().get(0).getKeyID()).isEqualTo(kidBefore);

            SignedJWT old = SignedJWT.parse(tokenBefore);
            assertThat(old.verify(new RSASSAVerifier(jwks.getKeyByKeyId(kidBefore).toRSAKey()))).isTrue();
            assertThat(old.getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
        }
        assertThat(output.getAll()).doesNotContain("generated security password");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private ConfigurableApplicationContext start(Path keyDir, String issuer) {
        return new SpringApplicationBuilder(IdentityServerApplication.class).run(
                "--server.port=0", "--suqiu.identity.key-store-dir=" + keyDir,
                "--suqiu.identity.issuer=" + issuer, "--suqiu.identity.cli.secret=" + CLI_SECRET);
    }

    private String accessToken(String user) throws Exception {
        return accessToken(base(), user);
    }

    private String accessToken(String base, String user) throws Exception {
        HttpResponse<String> response = post(base + "/oauth2/token", basic("suqiu-cli", CLI_SECRET),
                ordered("grant_type", "password", "username", user, "password", DEMO_PASSWORD));
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> passwordGrant(String client, String secret, String user, String password)
            throws Exception {
        return post(base() + "/oauth2/token", basic(client, secret),
                ordered("grant_type", "password", "username", user, "password", password));
    }

    private JWKSet jwks(String base) throws Exception {
        HttpResponse<String> response = get(base + "/oauth2/jwks");
        assertThat(response.statusCode()).isEqualTo(200);
        return JWKSet.parse(response.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, String authorization, Map<String, String> form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> ordered(String... nameValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return URI.create(base() + "/").resolve(location).toString();
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
