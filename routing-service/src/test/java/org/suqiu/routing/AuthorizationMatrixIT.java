package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

/**
 * Who may call which endpoint, and what they see: every role × every endpoint × a resource in the
 * caller's scope (桐乡市, unit 330483-env) and one outside it (嘉善县, unit 330421-transport), read from
 * the tables below. OK: 2xx and the resource is in the answer; HIDDEN: 2xx without it (a list
 * filtered by the query); FORBIDDEN: 403 (the role may never call it); NOT_FOUND: 404, exactly like
 * an id that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends RoutingIntegrationTest {

    enum Expect { OK, HIDDEN, FORBIDDEN, NOT_FOUND }

    /** The callers: one per role, all in 桐乡市 (330483); staff of a unit in 嘉兴市生态环境局桐乡分局. */
    private static final Map<String, Supplier<String>> CALLERS = Map.ofEntries(
            Map.entry("operator", () -> token(Role.OPERATOR, null, "330483")),
            Map.entry("clerk", () -> token(Role.INBOX_CLERK, null, "330483")),
            Map.entry("dispatcher", () -> token(Role.DISPATCHER, null, "330483")),
            Map.entry("handler", () -> token(Role.HANDLER, "330483-env", "330483")),
            Map.entry("mediator", () -> token(Role.MEDIATOR, "330483-env", "330483")),
            Map.entry("unitHead", () -> token(Role.UNIT_HEAD, "330483-env", "330483")),
            Map.entry("supervisor", () -> token(Role.SUPERVISOR, null, "330483")),
            Map.entry("admin", () -> token(Role.ADMIN, null, "330483")),
            // the edges of the scopes
            Map.entry("cityDispatcher", () -> token(Role.DISPATCHER, null, "330400")),
            Map.entry("wuzhenSupervisor", () -> token(Role.SUPERVISOR, null, "330483100")),
            Map.entry("jiashanHandler", () -> token(Role.HANDLER, "330421-transport", "330421")),
            Map.entry("noRoles", () -> token(null, null, "330400")));

    /** Every role × every endpoint: the resource in the caller's scope, and the one outside it. */
    private static final String MATRIX = """
            # caller     endpoint         in scope    out of scope
            operator     UNITS            OK          OK
            operator     UNIT             OK          OK
            operator     UNIT_AUDIT       OK          OK
            operator     RULES            FORBIDDEN   FORBIDDEN
            operator     TRIAGE           FORBIDDEN   FORBIDDEN
            operator     DECISION         FORBIDDEN   FORBIDDEN
            operator     DECISION_AUDIT   FORBIDDEN   FORBIDDEN
            clerk        UNITS            OK          OK
            clerk        UNIT             OK          OK
            clerk        UNIT_AUDIT       OK          OK
            clerk        RULES            FORBIDDEN   FORBIDDEN
            clerk        TRIAGE           FORBIDDEN   FORBIDDEN
            clerk        DECISION         FORBIDDEN   FORBIDDEN
            clerk        DECISION_AUDIT   FORBIDDEN   FORBIDDEN
            dispatcher   UNITS            OK          OK
            dispatcher   UNIT             OK          OK
            dispatcher   UNIT_AUDIT       OK          OK
            dispatcher   RULES            OK          HIDDEN
            dispatcher   TRIAGE           OK          HIDDEN
            dispatcher   DECISION         OK          NOT_FOUND
            dispatcher   DECISION_AUDIT   OK          NOT_FOUND
            handler      UNITS            OK          OK
            handler      UNIT             OK          OK
            handler      UNIT_AUDIT       OK          OK
            handler      RULES            FORBIDDEN   FORBIDDEN
            handler      TRIAGE           FORBIDDEN   FORBIDDEN
            handler      DECISION         OK          NOT_FOUND
            handler      DECISION_AUDIT   OK          NOT_FOUND
            mediator     UNITS            OK          OK
            mediator     UNIT             OK          OK
            mediator     UNIT_AUDIT       OK          OK
            mediator     RULES            FORBIDDEN   FORBIDDEN
            mediator     TRIAGE           FORBIDDEN   FORBIDDEN
            mediator     DECISION         OK          NOT_FOUND
            mediator     DECISION_AUDIT   OK          NOT_FOUND
            unitHead     UNITS            OK          OK
            unitHead     UNIT             OK          OK
            unitHead     UNIT_AUDIT       OK          OK
            unitHead     RULES            FORBIDDEN   FORBIDDEN
            unitHead     TRIAGE           FORBIDDEN   FORBIDDEN
            unitHead     DECISION         OK          NOT_FOUND
            unitHead     DECISION_AUDIT   OK          NOT_FOUND
            supervisor   UNITS            OK          OK
            supervisor   UNIT             OK          OK
            supervisor   UNIT_AUDIT       OK          OK
            supervisor   RULES            OK          HIDDEN
            supervisor   TRIAGE           FORBIDDEN   FORBIDDEN
            supervisor   DECISION         OK          NOT_FOUND
            supervisor   DECISION_AUDIT   OK          NOT_FOUND
            admin        UNITS            OK          OK
            admin        UNIT             OK          OK
            admin        UNIT_AUDIT       OK          OK
            admin        RULES            OK          HIDDEN
            admin        TRIAGE           OK          HIDDEN
            admin        DECISION         OK          NOT_FOUND
            admin        DECISION_AUDIT   OK          NOT_FOUND
            # issue 5: rules, units, preview, triage assignment, merged matters
            operator     RULE             FORBIDDEN   FORBIDDEN
            operator     RULE_VERSIONS    FORBIDDEN   FORBIDDEN
            operator     RULE_CHANGE      FORBIDDEN   FORBIDDEN
            operator     UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            operator     PREVIEW          FORBIDDEN   FORBIDDEN
            operator     TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            operator     MATTERS          FORBIDDEN   FORBIDDEN
            clerk        RULE             FORBIDDEN   FORBIDDEN
            clerk        RULE_VERSIONS    FORBIDDEN   FORBIDDEN
            clerk        RULE_CHANGE      FORBIDDEN   FORBIDDEN
            clerk        UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            clerk        PREVIEW          FORBIDDEN   FORBIDDEN
            clerk        TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            clerk        MATTERS          FORBIDDEN   FORBIDDEN
            dispatcher   RULE             OK          NOT_FOUND
            dispatcher   RULE_VERSIONS    OK          OK
            dispatcher   RULE_CHANGE      FORBIDDEN   FORBIDDEN
            dispatcher   UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            dispatcher   PREVIEW          OK          OK
            dispatcher   TRIAGE_ASSIGN    OK          NOT_FOUND
            dispatcher   MATTERS          OK          OK
            handler      RULE             FORBIDDEN   FORBIDDEN
            handler      RULE_VERSIONS    FORBIDDEN   FORBIDDEN
            handler      RULE_CHANGE      FORBIDDEN   FORBIDDEN
            handler      UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            handler      PREVIEW          FORBIDDEN   FORBIDDEN
            handler      TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            handler      MATTERS          FORBIDDEN   FORBIDDEN
            mediator     RULE             FORBIDDEN   FORBIDDEN
            mediator     RULE_VERSIONS    FORBIDDEN   FORBIDDEN
            mediator     RULE_CHANGE      FORBIDDEN   FORBIDDEN
            mediator     UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            mediator     PREVIEW          FORBIDDEN   FORBIDDEN
            mediator     TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            mediator     MATTERS          FORBIDDEN   FORBIDDEN
            unitHead     RULE             FORBIDDEN   FORBIDDEN
            unitHead     RULE_VERSIONS    FORBIDDEN   FORBIDDEN
            unitHead     RULE_CHANGE      FORBIDDEN   FORBIDDEN
            unitHead     UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            unitHead     PREVIEW          FORBIDDEN   FORBIDDEN
            unitHead     TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            unitHead     MATTERS          FORBIDDEN   FORBIDDEN
            supervisor   RULE             OK          NOT_FOUND
            supervisor   RULE_VERSIONS    OK          OK
            supervisor   RULE_CHANGE      FORBIDDEN   FORBIDDEN
            supervisor   UNIT_CHANGE      FORBIDDEN   FORBIDDEN
            supervisor   PREVIEW          FORBIDDEN   FORBIDDEN
            supervisor   TRIAGE_ASSIGN    FORBIDDEN   FORBIDDEN
            supervisor   MATTERS          OK          OK
            admin        RULE             OK          NOT_FOUND
            admin        RULE_VERSIONS    OK          OK
            admin        RULE_CHANGE      OK          NOT_FOUND
            admin        UNIT_CHANGE      OK          NOT_FOUND
            admin        PREVIEW          OK          OK
            admin        TRIAGE_ASSIGN    OK          NOT_FOUND
            admin        MATTERS          OK          OK
            """;

    /** The edges: a named resource for a caller whose scope is wider, narrower or elsewhere. */
    private static final String EDGES = """
            # caller            endpoint   resource               expect
            # a city dispatcher sees the whole city, and the grievances routing could not place
            cityDispatcher      TRIAGE     triage:jiashan         OK
            cityDispatcher      TRIAGE     triage:unplaced        OK
            cityDispatcher      DECISION   decision:jiashan       OK
            cityDispatcher      DECISION   decision:unplaced      OK
            # a county dispatcher does not get the unplaced ones
            dispatcher          TRIAGE     triage:unplaced        HIDDEN
            dispatcher          DECISION   decision:unplaced      NOT_FOUND
            # 乌镇镇's supervisor: not a decision at county level; the county's rules apply to 乌镇 too
            wuzhenSupervisor    DECISION   decision:tongxiang     NOT_FOUND
            wuzhenSupervisor    RULES      rule:tongxiang         OK
            wuzhenSupervisor    RULES      rule:jiashan           HIDDEN
            # a handler of another unit sees that unit's decisions only
            jiashanHandler      DECISION   decision:jiashan       OK
            jiashanHandler      DECISION   decision:tongxiang     NOT_FOUND
            # a token without any role may do nothing
            noRoles             UNITS      units:tongxiang        FORBIDDEN
            noRoles             UNIT       unit:tongxiang         FORBIDDEN
            """;

    /** The grievances routed before the tests, by fixture name. */
    private static final Map<String, String> GRIEVANCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final EventCodec INTAKE = new EventCodec("/suqiu/intake-service", Clock.systemUTC());
    private static final GeoPoint TONGXIANG_GCJ02 = new GeoPoint(30.629065, 120.551085, "GCJ02");

    @Autowired
    StreamBridge streamBridge;

    /** A token from the test issuer for one role (none when null). */
    private static String token(Role role, String unitId, String jurisdiction) {
        return ISSUER.token("matrix-" + (role == null ? "none" : role.name().toLowerCase()),
                role == null ? List.of() : List.of(role), unitId, jurisdiction);
    }

    @BeforeAll
    void routeTheFixtures() {
        route("tongxiang", TONGXIANG_GCJ02, null, "工厂夜间排放刺鼻废气", "环境保护");            // → 330483-env, 330483
        route("jiashan", null, "嘉善县魏塘街道人民大道88号公交站", "公交站台顶棚破损漏雨", "交通运输"); // → 330421-transport
        route("triage:tongxiang", TONGXIANG_GCJ02, null, "有个情况想反映一下", null);          // NO_CATEGORY, 330483
        route("triage:jiashan", null, "嘉善县魏塘街道", "有个情况想反映一下", null);             // NO_CATEGORY, 330421001
        route("unplaced", null, null, "小区楼下烧烤店油烟太大", "环境保护");                    // NO_JURISDICTION
        route("assign:tongxiang", TONGXIANG_GCJ02, null, "有个情况想反映一下", null);          // to be assigned by hand
        route("assign:jiashan", null, "嘉善县魏塘街道", "有个情况想反映一下", null);
        String admin = ISSUER.token("matrix-admin", List.of(Role.ADMIN), null, "330400");
        GRIEVANCES.values().forEach(id -> await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf(as(admin).get()
                .uri("/api/routing/decisions/{id}/audit", id).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).contains(id + ":routed")));
    }

    private void route(String name, GeoPoint location, String address, String text, String hint) {
        String id = UUID.randomUUID().toString();
        GRIEVANCES.put(name, id);
        GrievanceReceived event = new GrievanceReceived(id, "SQ-" + id.substring(0, 8), Channel.WEB, "ext-" + id, text, location,
                seal(address), "citizen-" + id, hint, Urgency.NORMAL, null, null, 0, Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(streamBridge.send(Topics.GRIEVANCE_RECEIVED, INTAKE.toMessage(event))).isTrue();
    }

    /** A request (GET unless a body is given) and the id that shows the resource is in its answer. */
    private record Probe(String uri, String marker, HttpMethod method, Map<String, Object> body) {
        Probe(String uri, String marker) {
            this(uri, marker, HttpMethod.GET, null);
        }
    }

    /** The endpoint's request for a fixture: "in" (桐乡市 / 330483-env) or "out" (嘉善县 / 330421-transport). */
    private static Probe probe(String endpoint, String resource) {
        boolean in = resource.endsWith("tongxiang");
        String unit = in ? "330483-env" : "330421-transport";
        return switch (endpoint) {
            case "UNITS" -> new Probe("/api/units?jurisdictionCode=" + (in ? "330483" : "330421"), unit);
            case "UNIT" -> new Probe("/api/units/" + unit, unit);
            case "UNIT_AUDIT" -> new Probe("/api/units/" + unit + "/audit", unit + ":v1");
            case "RULES" -> new Probe("/api/routing/rules?category=环境保护", in ? "r-330483-env" : "r-330421-env");
            case "TRIAGE" -> new Probe("/api/routing/triage?limit=500", grievance(resource));
            case "DECISION" -> new Probe("/api/routing/decisions/" + grievance(resource), grievance(resource));
            case "DECISION_AUDIT" -> new Probe("/api/routing/decisions/" + grievance(resource) + "/audit", grievance(resource) + ":routed");
            case "RULE" -> new Probe("/api/routing/rules/" + (in ? "r-330483-env" : "r-330421-env"), in ? "r-330483-env" : "r-330421-env");
            case "RULE_VERSIONS" -> new Probe("/api/routing/rules/versions", "\"version\":1,");
            // the rule as it is: an administrator's save makes a new version and changes nothing else
            case "RULE_CHANGE" -> new Probe("/api/routing/rules/" + (in ? "r-330483-env" : "r-330421-env"), in ? "r-330483-env" : "r-330421-env",
                    HttpMethod.PUT, Map.of("ruleId", in ? "r-330483-env" : "r-330421-env", "category", "环境保护",
                            "jurisdictionCode", in ? "330483" : "330421", "unitId", in ? "330483-env" : "330421-env", "reason", "复核"));
            case "UNIT_CHANGE" -> new Probe("/api/units/" + unit, unit, HttpMethod.PUT, Map.of("unitId", unit,
                    "name", in ? "嘉兴市生态环境局桐乡分局" : "嘉善县交通运输局", "kind", "LINE_DEPARTMENT",
                    "jurisdictionCode", in ? "330483" : "330421", "parentUnitId", in ? "330483-gov" : "330421-gov",
                    "version", 1, "reason", "复核"));
            case "PREVIEW" -> new Probe("/api/routing/preview", unit, HttpMethod.POST, in
                    ? Map.of("text", "工厂夜间排放刺鼻废气", "categoryHint", "环境保护", "location",
                            Map.of("lat", 30.629065, "lng", 120.551085, "crs", "GCJ02"))
                    : Map.of("text", "公交站台顶棚破损漏雨", "categoryHint", "交通运输", "address", "嘉善县魏塘街道人民大道88号公交站"));
            case "TRIAGE_ASSIGN" -> new Probe("/api/routing/triage/" + grievance(resource) + "/assignment", grievance(resource),
                    HttpMethod.POST, Map.of("unitId", in ? "330483-gov" : "330421-gov", "reason", "人工分拨"));
            case "MATTERS" -> new Probe("/api/routing/matters", "[");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** "decision:jiashan" → the jiashan grievance, "triage:unplaced" → the unplaced one, "tongxiang" → itself. */
    private static String grievance(String resource) {
        String name = resource.startsWith("triage:") || resource.startsWith("assign:") ? resource
                : resource.substring(resource.indexOf(':') + 1);
        if (name.equals("triage:unplaced")) {
            name = "unplaced";
        }
        return GRIEVANCES.get(name);
    }

    static Stream<Arguments> matrix() {
        return rows(MATRIX).flatMap(cols -> Stream.of(
                Arguments.of(cols[0], cols[1], fixture(cols[1], true), Expect.valueOf(cols[2])),
                Arguments.of(cols[0], cols[1], fixture(cols[1], false), Expect.valueOf(cols[3]))));
    }

    private static String fixture(String endpoint, boolean in) {
        String place = in ? "tongxiang" : "jiashan";
        return switch (endpoint) {
            case "TRIAGE" -> "triage:" + place;
            case "TRIAGE_ASSIGN" -> "assign:" + place;
            case "DECISION", "DECISION_AUDIT" -> "decision:" + place;
            case "RULES", "RULE", "RULE_VERSIONS", "RULE_CHANGE", "MATTERS", "PREVIEW" -> "rule:" + place;
            default -> "unit:" + place;
        };
    }

    static Stream<Arguments> edges() {
        return rows(EDGES).map(cols -> Arguments.of(cols[0], cols[1], cols[2], Expect.valueOf(cols[3])));
    }

    private static Stream<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("matrix")
    void shouldAllowOrDenyEveryRoleOnEveryEndpointInAndOutOfScope(String caller, String endpoint, String resource, Expect expect) {
        check(caller, endpoint, resource, expect);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("edges")
    void shouldDrawTheScopeAtItsEdges(String caller, String endpoint, String resource, Expect expect) {
        check(caller, endpoint, resource, expect);
    }

    private void check(String caller, String endpoint, String resource, Expect expect) {
        Probe probe = probe(endpoint, resource);
        assertThat(probe.marker()).as("fixture %s", resource).isNotNull();
        WebTestClient.RequestBodySpec request = as(CALLERS.get(caller).get()).method(probe.method()).uri(probe.uri());
        EntityExchangeResult<String> result = (probe.body() == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(probe.body()))
                .exchange().expectBody(String.class).returnResult();
        String body = result.getResponseBody() == null ? "" : result.getResponseBody();
        switch (expect) {
            case OK -> {
                assertThat(result.getStatus().value()).as(body).isEqualTo(200);
                assertThat(body).contains(probe.marker());
            }
            case HIDDEN -> {
                assertThat(result.getStatus().value()).as(body).isEqualTo(200);
                assertThat(body).doesNotContain(probe.marker());
            }
            case FORBIDDEN -> assertProblem(result, 403, "forbidden");
            case NOT_FOUND -> {
                assertProblem(result, 404, endpoint.startsWith("UNIT") ? "unit-not-found"
                        : endpoint.startsWith("RULE") ? "rule-not-found" : "decision-not-found");
                if (endpoint.startsWith("DECISION") || endpoint.startsWith("TRIAGE")) {
                    assertThat(body).doesNotContain("330421-transport", "r-330421");
                }
            }
        }
    }

    private static void assertProblem(EntityExchangeResult<String> result, int status, String slug) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(result.getResponseBody()).contains("https://suqiu.org/problems/" + slug);
    }

    @Test
    void shouldAnswerNotFoundForAnOutOfScopeDecisionExactlyLikeForAMissingOne() {
        String handler = token(Role.HANDLER, "330483-env", "330483");
        String outOfScope = as(handler).get().uri("/api/routing/decisions/{id}", GRIEVANCES.get("jiashan")).exchange()
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        String missing = as(handler).get().uri("/api/routing/decisions/{id}", "no-such-grievance").exchange()
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(outOfScope.replace(GRIEVANCES.get("jiashan"), "ID")).isEqualTo(missing.replace("no-such-grievance", "ID"));
    }

    static Stream<Arguments> refusedTokens() {
        List<Role> admin = List.of(Role.ADMIN);
        return Stream.of(
                Arguments.of("expired", ISSUER.expiredToken("admin", admin, null, "330400")),
                Arguments.of("tampered", ISSUER.tamperedToken("admin", admin, null, "330400")),
                Arguments.of("from another issuer", ISSUER.foreignToken("admin", admin, null, "330400")),
                Arguments.of("for another audience", ISSUER.claims("admin").roles(List.of("ADMIN")).jurisdiction("330400")
                        .audience("other").sign()),
                Arguments.of("naming another issuer", ISSUER.claims("admin").roles(List.of("ADMIN")).jurisdiction("330400")
                        .issuer("http://elsewhere.example").sign()));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("refusedTokens")
    void shouldRefuseAnInvalidTokenOnEveryEndpoint(String what, String token) {
        for (String uri : List.of("/api/units", "/api/routing/rules", "/api/routing/triage", "/api/routing/rules/versions",
                "/api/routing/matters",
                "/api/routing/decisions/" + GRIEVANCES.get("tongxiang"))) {
            as(token).get().uri(uri).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("invalid_token"))
                    .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/invalid-token");
        }
    }

    @Test
    void shouldAskForATokenOnEveryEndpointButHealth() {
        for (String uri : Arrays.asList("/api/units", "/api/units/330483-env", "/api/units/330483-env/audit",
                "/api/routing/rules", "/api/routing/triage", "/api/routing/decisions/" + GRIEVANCES.get("tongxiang"),
                "/api/routing/decisions/" + GRIEVANCES.get("tongxiang") + "/audit", "/api/routing/rules/versions",
                "/api/routing/rules/r-330483-env", "/api/routing/matters")) {
            web.get().uri(uri).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/unauthenticated");
        }
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
