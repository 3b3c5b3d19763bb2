package org.suqiu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what with which alert: every role × every endpoint × alerts in and out of the caller's
 * scope, as one table; plus the refusals of missing and bad tokens, and the audit trail (留痕).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.bindings.caseDeadlines-in-0.group=notification-service-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant DUE = Instant.parse("2026-11-22T02:32:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final String EVERYTHING = issuer.token("admin-zj", List.of(Role.ADMIN), null, "330000");

    /** The three alerts every row is checked against. */
    enum Target {
        /** 桐乡市 county-level case of 嘉兴市生态环境局桐乡分局. */
        TX("330483", "330483-env"),
        /** 嘉善县 case of 嘉善县交通运输局. */
        JS("330421", "330421-transport"),
        /** 濮院镇 (a 桐乡市 township) case of its township government. */
        PY("330483101", "330483101-gov");

        final String jurisdiction;
        final String unit;

        Target(String jurisdiction, String unit) {
            this.jurisdiction = jurisdiction;
            this.unit = unit;
        }
    }

    /**
     * The matrix. Per alert: list, view, stream, audit, acknowledge — "see" / "hid" (listed or streamed,
     * or not), a status code otherwise (403 role refused, 404 out of scope, 200 allowed).
     * Demo users of identity-server, plus med-330483-env (a mediator of the TX unit, to show a
     * mediator's allowed case).
     */
    static Stream<Arguments> matrix() {
        return Stream.of(
                //   who                  role               unit                 jurisdiction   TX: list view stream audit ack    JS                         PY
                row("op-jx",              Role.OPERATOR,     null,                "330400",    "403 403 403 403 403", "403 403 403 403 403", "403 403 403 403 403"),
                row("clerk-jx",           Role.INBOX_CLERK,  null,                "330400",    "403 403 403 403 403", "403 403 403 403 403", "403 403 403 403 403"),
                row("disp-jx",            Role.DISPATCHER,   null,                "330400",    "see 200 see 200 403", "see 200 see 200 403", "see 200 see 200 403"),
                row("admin",              Role.ADMIN,        null,                "330400",    "see 200 see 200 403", "see 200 see 200 403", "see 200 see 200 403"),
                row("h-330483-env",       Role.HANDLER,      "330483-env",        "330483",    "see 200 see 200 403", "hid 404 hid 404 403", "hid 404 hid 404 403"),
                row("h-330421-transport", Role.HANDLER,      "330421-transport",  "330421",    "hid 404 hid 404 403", "see 200 see 200 403", "hid 404 hid 404 403"),
                row("med-330483",         Role.MEDIATOR,     "330483-gov",        "330483",    "hid 404 hid 404 403", "hid 404 hid 404 403", "hid 404 hid 404 403"),
                row("med-330483-env",     Role.MEDIATOR,     "330483-env",        "330483",    "see 200 see 200 403", "hid 404 hid 404 403", "hid 404 hid 404 403"),
                row("head-330483-env",    Role.UNIT_HEAD,    "330483-env",        "330483",    "see 200 see 200 200", "hid 404 hid 404 404", "hid 404 hid 404 404"),
                row("sup-jx",             Role.SUPERVISOR,   null,                "330400",    "see 200 see 200 200", "see 200 see 200 200", "see 200 see 200 200"),
                row("sup-330483",         Role.SUPERVISOR,   null,                "330483",    "see 200 see 200 200", "hid 404 hid 404 404", "see 200 see 200 200"),
                row("sup-330421",         Role.SUPERVISOR,   null,                "330421",    "hid 404 hid 404 404", "see 200 see 200 200", "hid 404 hid 404 404"),
                row("sup-330483100",      Role.SUPERVISOR,   null,                "330483100", "hid 404 hid 404 404", "hid 404 hid 404 404", "hid 404 hid 404 404"),
                row("sup-330483101",      Role.SUPERVISOR,   null,                "330483101", "hid 404 hid 404 404", "hid 404 hid 404 404", "see 200 see 200 200"));
    }

    private static Arguments row(String who, Role role, String unit, String jurisdiction, String tx, String js, String py) {
        return Arguments.of(who, role, unit, jurisdiction, Map.of(Target.TX, tx, Target.JS, js, Target.PY, py));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("notification-matrix")));
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    WebTestClient web;
    final Map<Target, TestCase> alerts = new LinkedHashMap<>();

    @BeforeAll
    void raiseOneAlertPerTarget() {
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(PATIENCE).build();
        for (Target target : Target.values()) {
            TestCase c = TestCase.of(target.jurisdiction, target.unit);
            send(c, "ce-" + c.caseId());
            alerts.put(target, c);
        }
        for (TestCase c : alerts.values()) {
            await().atMost(PATIENCE).until(() -> list(EVERYTHING, "caseId=" + c.caseId()).size() == 1);
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("matrix")
    void shouldAllowOnlyWhatTheTableSays(String who, Role role, String unit, String jurisdiction, Map<Target, String> expected) {
        String token = issuer.token(who, List.of(role), unit, jurisdiction);
        for (Target target : Target.values()) {
            String[] cell = expected.get(target).split(" ");
            TestCase c = alerts.get(target);
            String where = who + " on " + target + ": ";

            WebTestClient.ResponseSpec list = call(HttpMethod.GET, "/api/alerts?caseId=" + c.caseId(), token);
            if (cell[0].equals("403")) {
                assertProblem(list, 403, "forbidden");
            } else {
                List<JsonNode> listed = json(list.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                        .valueStream().toList();
                assertThat(listed).as(where + "list").hasSize(cell[0].equals("see") ? 1 : 0);
            }
            assertThat(status(HttpMethod.GET, "/api/alerts/" + c.alertId(), token)).as(where + "view").isEqualTo(code(cell[1]));
            assertThat(status(HttpMethod.GET, "/api/alerts/" + c.alertId() + "/audit", token)).as(where + "audit").isEqualTo(code(cell[3]));
            assertThat(status(HttpMethod.POST, "/api/alerts/" + c.alertId() + "/acknowledge", token)).as(where + "acknowledge")
                    .isEqualTo(code(cell[4]));
        }
        checkStream(who, token, unit, jurisdiction, expected);
    }

    /**
     * Raises a fresh alert like each target, the hidden ones first, then a marker the caller sees:
     * the stream must carry exactly the visible ones, in order, then the marker.
     */
    private void checkStream(String who, String token, String unit, String jurisdiction, Map<Target, String> expected) {
        if (expected.get(Target.TX).split(" ")[2].equals("403")) {
            assertProblem(web.get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange(), 403, "forbidden");
            return;
        }
        List<TestCase> hidden = new ArrayList<>();
        List<TestCase> visible = new ArrayList<>();
        for (Target target : Target.values()) {
            TestCase fresh = TestCase.of(target.jurisdiction, target.unit);
            (expected.get(target).split(" ")[2].equals("see") ? visible : hidden).add(fresh);
        }
        TestCase marker = TestCase.of(jurisdiction, unit == null ? "marker-unit" : unit);
        List<String> expectedIds = new ArrayList<>(visible.stream().map(TestCase::alertId).toList());
        expectedIds.add(marker.alertId());
        String key = "stream-" + who;

        var events = web.get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody()
                .filter(event -> event.event() != null || "connected".equals(event.comment()))
                .map(event -> event.event() == null ? "connected" : event.id());
        StepVerifier.create(events)
                .expectNext("connected")
                .then(() -> {
                    hidden.forEach(c -> send(c, "ce-" + c.caseId(), key));
                    visible.forEach(c -> send(c, "ce-" + c.caseId(), key));
                    send(marker, "ce-" + marker.caseId(), key);
                })
                .expectNextSequence(expectedIds)
                .thenCancel()
                .verify(PATIENCE);
    }

    /**
     * The people directory and the delivery log: list, view h-330483-env (桐乡市), create/replace a
     * person in 330483, delete it, read a delivery log — a status code per cell.
     */
    static Stream<Arguments> peopleMatrix() {
        return Stream.of(
                //        who                   role               unit                jurisdiction  list view put delete log
                peopleRow("op-jx",              Role.OPERATOR,     null,               "330400",    "403 403 403 403 403"),
                peopleRow("clerk-jx",           Role.INBOX_CLERK,  null,               "330400",    "403 403 403 403 403"),
                peopleRow("disp-jx",            Role.DISPATCHER,   null,               "330400",    "403 403 403 403 403"),
                peopleRow("h-330483-env",       Role.HANDLER,      "330483-env",       "330483",    "403 403 403 403 403"),
                peopleRow("med-330483",         Role.MEDIATOR,     "330483-gov",       "330483",    "403 403 403 403 403"),
                peopleRow("head-330483-env",    Role.UNIT_HEAD,    "330483-env",       "330483",    "403 403 403 403 403"),
                peopleRow("sup-jx",             Role.SUPERVISOR,   null,               "330400",    "200 200 403 403 200"),
                peopleRow("sup-330483",         Role.SUPERVISOR,   null,               "330483",    "200 200 403 403 200"),
                peopleRow("sup-330421",         Role.SUPERVISOR,   null,               "330421",    "200 404 403 403 200"),
                peopleRow("admin",              Role.ADMIN,        null,               "330400",    "200 200 201 204 200"),
                peopleRow("admin-330421",       Role.ADMIN,        null,               "330421",    "200 404 403 404 200"));
    }

    private static Arguments peopleRow(String who, Role role, String unit, String jurisdiction, String cells) {
        return Arguments.of(who, role, unit, jurisdiction, cells);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("peopleMatrix")
    void shouldGuardThePeopleDirectoryAndTheDeliveryLogAsTheTableSays(String who, Role role, String unit, String jurisdiction,
            String cells) {
        String token = issuer.token(who, List.of(role), unit, jurisdiction);
        String[] cell = cells.split(" ");
        String fresh = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = Map.of("name", "桐乡市测试承办人", "role", "HANDLER", "unitId", "330483-env",
                "jurisdictionCode", "330483", "phone", "13800001111", "preferredChannels", List.of("SMS"));

        assertThat(status(HttpMethod.GET, "/api/people", token)).as(who + " list").isEqualTo(code(cell[0]));
        assertThat(status(HttpMethod.GET, "/api/people/h-330483-env", token)).as(who + " view").isEqualTo(code(cell[1]));
        assertThat(web.put().uri("/api/people/{id}", fresh).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(person).exchange()
                .expectBody(String.class).returnResult().getStatus().value()).as(who + " put").isEqualTo(code(cell[2]));
        if (code(cell[2]) != 201) {
            // something to delete that the caller did not create
            web.put().uri("/api/people/{id}", fresh).header(HttpHeaders.AUTHORIZATION, "Bearer " + EVERYTHING)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(person).exchange().expectStatus().isCreated();
        }
        assertThat(status(HttpMethod.DELETE, "/api/people/" + fresh, token)).as(who + " delete").isEqualTo(code(cell[3]));
        assertThat(status(HttpMethod.GET, "/api/deliveries?source=" + alerts.get(Target.TX).alertId(), token)).as(who + " log")
                .isEqualTo(code(cell[4]));
    }

    @Test
    void shouldListOnlyThePeopleWithinTheCallersJurisdiction() {
        String jiashan = issuer.token("sup-330421", List.of(Role.SUPERVISOR), null, "330421");
        List<String> ids = json(call(HttpMethod.GET, "/api/people", jiashan).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).valueStream().map(p -> p.get("id").asString()).toList();

        assertThat(ids).contains("sup-330421", "h-330421-transport").doesNotContain("sup-330483", "sup-jx", "head-330483-env");
        assertThat(json(call(HttpMethod.GET, "/api/people?jurisdiction=330483", jiashan).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).isEmpty()).isTrue();
    }

    @Test
    void shouldNarrowButNeverWidenTheScopeWithTheJurisdictionFilter() {
        String tongxiang = issuer.token("sup-330483", List.of(Role.SUPERVISOR), null, "330483");
        TestCase tx = alerts.get(Target.TX);
        TestCase js = alerts.get(Target.JS);

        assertThat(list(tongxiang, "jurisdiction=330400&caseId=" + tx.caseId())).hasSize(1);
        assertThat(list(tongxiang, "jurisdiction=330421&caseId=" + js.caseId())).isEmpty();
        assertThat(list(tongxiang, "jurisdiction=330400&caseId=" + js.caseId())).isEmpty();
        assertThat(list(tongxiang, "jurisdiction=330483101&caseId=" + tx.caseId())).isEmpty();
        assertThat(list(tongxiang, "jurisdiction=330483101&caseId=" + alerts.get(Target.PY).caseId())).hasSize(1);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/alerts"),
                Arguments.of(HttpMethod.GET, "/api/alerts/any-id"),
                Arguments.of(HttpMethod.GET, "/api/alerts/any-id/audit"),
                Arguments.of(HttpMethod.GET, "/api/alerts/stream"),
                Arguments.of(HttpMethod.POST, "/api/alerts/any-id/acknowledge"),
                Arguments.of(HttpMethod.GET, "/api/people"),
                Arguments.of(HttpMethod.GET, "/api/people/any-id"),
                Arguments.of(HttpMethod.PUT, "/api/people/any-id"),
                Arguments.of(HttpMethod.DELETE, "/api/people/any-id"),
                Arguments.of(HttpMethod.GET, "/api/people/any-id/audit"),
                Arguments.of(HttpMethod.GET, "/api/deliveries?source=any"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseMissingAndBadTokensWithUnauthorizedProblems(HttpMethod method, String path) {
        List<Role> roles = List.of(Role.SUPERVISOR);
        assertProblem(web.method(method).uri(path).accept(MediaType.ALL).exchange(), 401, "unauthenticated")
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("foreign", issuer.foreignToken("sup-jx", roles, null, "330400"));
        bad.put("expired", issuer.expiredToken("sup-jx", roles, null, "330400"));
        bad.put("tampered", issuer.tamperedToken("sup-jx", roles, null, "330400"));
        bad.put("wrong audience", issuer.claims("sup-jx").roles(List.of("SUPERVISOR")).jurisdiction("330400").audience("other").sign());
        bad.put("other issuer", issuer.claims("sup-jx").roles(List.of("SUPERVISOR")).jurisdiction("330400")
                .issuer("http://127.0.0.1:1/elsewhere").sign());
        bad.forEach((why, token) -> assertThat(web.method(method).uri(path).accept(MediaType.ALL)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody(String.class).returnResult())
                .as(why).satisfies(result -> {
                    assertThat(result.getStatus().value()).as(why).isEqualTo(401);
                    assertThat(json(result.getResponseBody()).get("type").asString()).as(why)
                            .isEqualTo("https://suqiu.org/problems/invalid-token");
                }));
    }

    @Test
    void shouldNotAcceptATokenInTheQueryString() {
        String token = issuer.token("sup-jx", List.of(Role.SUPERVISOR), null, "330400");
        assertProblem(web.get().uri("/api/alerts/stream?access_token=" + token).accept(MediaType.TEXT_EVENT_STREAM).exchange(),
                401, "unauthenticated");
    }

    @Test
    void shouldAuditTheRaisingByTheSystemOnceUnderTheEventId() {
        TestCase c = TestCase.of("330483102", "330483-env");
        String eventId = "ce-audit-" + c.caseId();
        send(c, eventId);
        await().atMost(PATIENCE).until(() -> list(EVERYTHING, "caseId=" + c.caseId()).size() == 1);
        send(c, eventId);
        send(c, "ce-other-" + c.caseId());
        TestCase next = TestCase.of("330483102", "330483-env");
        send(next, "ce-" + next.caseId(), c.grievanceId());
        await().atMost(PATIENCE).until(() -> list(EVERYTHING, "caseId=" + next.caseId()).size() == 1);

        List<JsonNode> trail = trail(EVERYTHING, c.alertId());
        assertThat(trail).hasSize(1);
        JsonNode raised = trail.get(0);
        assertThat(raised.get("id").asString()).isEqualTo(eventId);
        assertThat(raised.get("action").asString()).isEqualTo("alert.raised");
        assertThat(raised.get("resourceType").asString()).isEqualTo("alert");
        assertThat(raised.get("resourceId").asString()).isEqualTo(c.alertId());
        assertThat(raised.at("/actor/subject").asString()).isEqualTo("system:notification-service");
        assertThat(raised.at("/details/trackingNo").asString()).isEqualTo(c.trackingNo());
        assertThat(raised.get("at").isNull()).isFalse();
    }

    @Test
    void shouldAuditTheFirstAcknowledgementWithWhoAndWhyAndIgnoreTheBodysBy() {
        TestCase c = TestCase.of("330483102", "330483-env");
        send(c, "ce-" + c.caseId());
        await().atMost(PATIENCE).until(() -> list(EVERYTHING, "caseId=" + c.caseId()).size() == 1);
        String tongxiang = issuer.token("sup-330483", List.of(Role.SUPERVISOR), null, "330483");
        String head = issuer.token("head-330483-env", List.of(Role.UNIT_HEAD), "330483-env", "330483");

        JsonNode first = json(web.post().uri("/api/alerts/{id}/acknowledge", c.alertId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tongxiang).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("by", "sup-jx", "note", "已督促承办单位签收")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        web.post().uri("/api/alerts/{id}/acknowledge", c.alertId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tongxiang).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "again")).exchange().expectStatus().isOk();
        JsonNode second = json(web.post().uri("/api/alerts/{id}/acknowledge", c.alertId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + head).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(first.get("acknowledgedBy").asString()).isEqualTo("sup-330483");
        assertThat(second.get("acknowledgedBy").asString()).isEqualTo("sup-330483");
        List<JsonNode> trail = trail(head, c.alertId());
        assertThat(trail).extracting(e -> e.get("action").asString()).containsExactly("alert.raised", "alert.acknowledged");
        JsonNode ack = trail.get(1);
        assertThat(ack.at("/actor/subject").asString()).isEqualTo("sup-330483");
        assertThat(ack.at("/actor/roles").valueStream().map(JsonNode::asString)).containsExactly("SUPERVISOR");
        assertThat(ack.get("reason").asString()).isEqualTo("已督促承办单位签收");
        assertThat(ack.get("at").asString()).isEqualTo(first.get("acknowledgedAt").asString());
    }

    @Test
    void shouldKeepCitizensPersonalDataOutOfAlerts() {
        JsonNode alert = list(EVERYTHING, "caseId=" + alerts.get(Target.TX).caseId()).get(0);
        assertThat(alert.get("message").asString())
                .startsWith("【超期】" + alerts.get(Target.TX).trackingNo())
                .endsWith("承办单位：330483-env")
                .doesNotContainPattern("1[3-9][0-9]{9}");
        assertThat(alert.has("contact")).isFalse();
        assertThat(alert.has("text")).isFalse();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A case as mediation-service would report it, with fresh ids. */
    record TestCase(String caseId, String grievanceId, String trackingNo, String unitId, String jurisdictionCode) {

        static TestCase of(String jurisdictionCode, String unitId) {
            String grievanceId = UUID.randomUUID().toString();
            return new TestCase("C-" + grievanceId, grievanceId,
                    "SQ20261122" + grievanceId.substring(0, 6).toUpperCase(), unitId, jurisdictionCode);
        }

        String alertId() {
            return caseId + ":ACCEPT:20261122T023200Z:overdue:1";
        }

        CaseOverdue overdue() {
            return new CaseOverdue(caseId, grievanceId, trackingNo, unitId, jurisdictionCode, DeadlineKind.ACCEPT, DUE, 1,
                    DUE.plusSeconds(30));
        }
    }

    private void send(TestCase c, String eventId) {
        send(c, eventId, c.grievanceId());
    }

    private void send(TestCase c, String eventId, String key) {
        Message<byte[]> message = codec.toMessage(c.overdue(), eventId);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT)) {
            headers.put(name, EventCodec.header(message, name));
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_DEADLINES, key, headers,
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec call(HttpMethod method, String uri, String token) {
        return web.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private int status(HttpMethod method, String uri, String token) {
        return call(method, uri, token).expectBody(String.class).returnResult().getStatus().value();
    }

    private List<JsonNode> list(String token, String query) {
        return json(call(HttpMethod.GET, "/api/alerts?" + query, token).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).valueStream().toList();
    }

    private List<JsonNode> trail(String token, String alertId) {
        return json(call(HttpMethod.GET, "/api/alerts/" + alertId + "/audit", token).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).valueStream().toList();
    }

    private static int code(String cell) {
        return Integer.parseInt(cell);
    }

    private static WebTestClient.ResponseSpec assertProblem(WebTestClient.ResponseSpec response, int status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/" + slug);
        return response;
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
