package org.suqiu.notification;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.contracts.routing.UnitKind;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service against a real Kafka broker and a real MongoDB-wire server: deadline events
 * in, alerts out through the inbox API and the live stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "suqiu.notification.alerts.heartbeat=1s")
class NotificationServiceIT {

    private static final String DLQ = "case.deadlines.notification-service.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** 2026-11-22 10:32 北京时间. */
    private static final Instant ACCEPT_DUE = Instant.parse("2026-11-22T02:32:00Z");
    private static final Instant RESOLVE_DUE = Instant.parse("2026-12-07T02:30:05Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SUPERVISED = Map.of("sup-330483", "330483", "sup-jx", "330400");
    private static final TopicProbe deadLetters = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), DLQ);
    private static final TestIssuer issuer = TestIssuer.shared();
    /** Reads everything these tests raise (浙江省, 330000): the scope rules have their own matrix IT. */
    private static final String READER = issuer.token("admin-zj", List.of(Role.ADMIN), null, "330000");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("notification")));
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoDatabase database;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(PATIENCE)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + READER).build();
    }

    @AfterAll
    static void closeProbe() {
        deadLetters.close();
    }

    @Test
    void shouldRecordOneAlertForTheTownshipsSupervisorsWhenATownshipCaseIsOverdueAtLevelTwo() {
        String unitId = "330483-env-" + shortId();
        send(new UnitChanged(unitId, "嘉兴市生态环境局桐乡分局", UnitKind.LINE_DEPARTMENT, "330483", "330483-gov",
                List.of(), 3, Instant.parse("2026-11-01T01:00:00Z")), "unit-" + unitId);
        await().atMost(PATIENCE).until(() -> unitName(unitId) != null);
        TestCase wuzhen = TestCase.in("330483102", unitId);

        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 2), "ce-" + shortId());

        JsonNode alert = awaitAlerts("trackingNo=" + wuzhen.trackingNo(), 1).get(0);
        assertThat(alert.get("id").asString()).isEqualTo(wuzhen.caseId() + ":ACCEPT:20261122T023200Z:overdue:2");
        assertThat(alert.get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(alert.get("caseId").asString()).isEqualTo(wuzhen.caseId());
        assertThat(alert.get("grievanceId").asString()).isEqualTo(wuzhen.grievanceId());
        assertThat(alert.get("unitName").asString()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(alert.get("jurisdictionCode").asString()).isEqualTo("330483102");
        assertThat(alert.get("deadline").asString()).isEqualTo("ACCEPT");
        assertThat(alert.get("dueAt").asString()).isEqualTo("2026-11-22T02:32:00Z");
        assertThat(alert.get("level").asInt()).isEqualTo(2);
        // level 2: the supervising office of the case's own division (a township that has one)
        assertThat(alert.get("recipients").valueStream().map(r -> r.get("id").asString())).containsExactly("sup-330483102");
        assertThat(alert.get("recipients").get(0).get("name").asString()).isEqualTo("屠甸镇督查室");
        assertThat(alert.get("message").asString()).isEqualTo("【超期·2级】" + wuzhen.trackingNo()
                + " 签收时限已过（应于 11-22 10:32 前签收），承办单位：嘉兴市生态环境局桐乡分局");
        assertThat(alert.get("createdAt").isNull()).isFalse();
        assertThat(alert.get("acknowledgedAt").isNull()).isTrue();

        JsonNode byId = json(web.get().uri("/api/alerts/{id}", alert.get("id").asString()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(byId.get("message").asString()).isEqualTo(alert.get("message").asString());
    }

    @Test
    void shouldRecordTheSameFactOnceWhetherItComesTwiceOrUnderAnotherEventId() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        CaseOverdue overdue = wuzhen.overdue(DeadlineKind.RESOLVE, RESOLVE_DUE, 1);
        String eventId = "ce-" + shortId();

        send(overdue, eventId);
        send(overdue, eventId);
        send(overdue, "ce-other-" + shortId());
        // same key, same partition: once this one is in, the three before it have been handled
        send(wuzhen.approaching(DeadlineKind.ACCEPT, ACCEPT_DUE), "ce-marker-" + shortId());

        List<JsonNode> alerts = awaitAlerts("caseId=" + wuzhen.caseId(), 2);
        assertThat(alerts).extracting(a -> a.get("kind").asString())
                .containsExactlyInAnyOrder("OVERDUE", "DEADLINE_APPROACHING");
        assertThat(storedAlerts(wuzhen.caseId())).isEqualTo(2);
    }

    @Test
    void shouldAddressEachLevelToTheNextRungOfTheLadder() {
        TestCase tongxiang = TestCase.in("330483", "330483-env");

        send(tongxiang.approaching(DeadlineKind.ACCEPT, ACCEPT_DUE), "ce-" + shortId());
        send(tongxiang.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());
        send(tongxiang.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 2), "ce-" + shortId());
        send(tongxiang.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 3), "ce-" + shortId());
        send(tongxiang.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 4), "ce-" + shortId());

        Map<Integer, List<String>> byLevel = new java.util.TreeMap<>();
        awaitAlerts("caseId=" + tongxiang.caseId(), 5).forEach(a -> byLevel.put(a.get("level").asInt(),
                a.get("recipients").valueStream().map(r -> r.get("id").asString()).toList()));
        assertThat(byLevel).containsExactly(
                Map.entry(0, List.of("h-330483-env")),
                Map.entry(1, List.of("head-330483-env")),
                Map.entry(2, List.of("sup-330483")),
                Map.entry(3, List.of("sup-jx")),
                Map.entry(4, List.of("sup-jx")));
    }

    @Test
    void shouldRaiseAnAlertForAClockThisServiceDoesNotKnowYet() {
        TestCase tongxiang = TestCase.in("330483", "330483-env");
        String payload = new String(codec.toMessage(tongxiang.overdue(DeadlineKind.RESOLVE, RESOLVE_DUE, 1)).getPayload(),
                StandardCharsets.UTF_8).replace("\"RESOLVE\"", "\"JUDICIAL_CONFIRMATION\"");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, "ce-" + shortId());
        headers.put(CloudEventHeaders.SOURCE, "/suqiu/mediation-service");
        headers.put(CloudEventHeaders.TYPE, CaseOverdue.TYPE);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_DEADLINES, tongxiang.grievanceId(), headers, payload);

        JsonNode alert = awaitAlerts("caseId=" + tongxiang.caseId(), 1).get(0);
        assertThat(alert.get("deadline").asString()).isEqualTo("JUDICIAL_CONFIRMATION");
        assertThat(alert.get("message").asString()).contains("司法确认时限已过");
        assertThat(alert.get("id").asString()).contains(":JUDICIAL_CONFIRMATION:");
    }

    @Test
    void shouldRaiseAWarningWhenADeadlineIsNear() {
        TestCase tongxiang = TestCase.in("330483", "330483-gov-" + shortId());

        send(tongxiang.approaching(DeadlineKind.RESOLVE, RESOLVE_DUE), "ce-" + shortId());

        JsonNode alert = awaitAlerts("trackingNo=" + tongxiang.trackingNo(), 1).get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("DEADLINE_APPROACHING");
        assertThat(alert.get("severity").asString()).isEqualTo("WARNING");
        assertThat(alert.get("level").asInt()).isZero();
        assertThat(alert.get("message").asString()).isEqualTo("【临期】" + tongxiang.trackingNo()
                + " 办结时限将至（应于 12-07 10:30 前办结），承办单位：" + tongxiang.unitId());
        assertThat(alert.get("id").asString()).endsWith(":RESOLVE:20261207T023005Z:approaching");
    }

    @Test
    void shouldRecordAnAlertWithoutRecipientsWhenNobodyWatchesTheDivision() {
        TestCase hangzhou = TestCase.in("330106001", "330106-env");

        send(hangzhou.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());

        JsonNode alert = awaitAlerts("trackingNo=" + hangzhou.trackingNo(), 1).get(0);
        assertThat(alert.get("recipients").isEmpty()).isTrue();
        assertThat(alert.get("jurisdictionCode").asString()).isEqualTo("330106001");
    }

    @Test
    void shouldStreamANewAlertToAConnectedSupervisorButNotItsDuplicate() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        CaseOverdue overdue = wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1);
        String eventId = "ce-" + shortId();

        StepVerifier.create(alertStream("/api/alerts/stream?jurisdiction=330483"))
                .expectNextMatches(NotificationServiceIT::isConnected)
                .then(() -> send(overdue, eventId))
                .assertNext(event -> {
                    assertThat(event.id()).isEqualTo(wuzhen.caseId() + ":ACCEPT:20261122T023200Z:overdue:1");
                    assertThat(event.event()).isEqualTo("OVERDUE");
                    JsonNode data = json(event.data());
                    assertThat(data.get("trackingNo").asString()).isEqualTo(wuzhen.trackingNo());
                    assertThat(data.get("message").asString()).startsWith("【超期】" + wuzhen.trackingNo());
                })
                .then(() -> {
                    send(overdue, eventId);
                    send(overdue, "ce-other-" + shortId());
                    send(wuzhen.approaching(DeadlineKind.RESOLVE, RESOLVE_DUE), "ce-" + shortId());
                })
                // the duplicates came first on the same partition; the next alert streamed is the new one
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("DEADLINE_APPROACHING");
                    assertThat(event.id()).endsWith(":approaching");
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void shouldStreamOnlyAlertsWithinTheRequestedJurisdiction() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        TestCase jiashan = TestCase.in("330421101", "330421-env");
        String key = wuzhen.grievanceId();

        StepVerifier.create(alertStream("/api/alerts/stream?jurisdiction=330421"))
                .expectNextMatches(NotificationServiceIT::isConnected)
                .then(() -> {
                    send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId(), key);
                    send(jiashan.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId(), key);
                })
                .assertNext(event -> assertThat(json(event.data()).get("trackingNo").asString())
                        .isEqualTo(jiashan.trackingNo()))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void shouldKeepAQuietStreamOpenWithHeartbeatComments() {
        StepVerifier.create(rawStream("/api/alerts/stream?recipient=sup-nobody"))
                .expectNextMatches(NotificationServiceIT::isConnected)
                .expectNextMatches(event -> "heartbeat".equals(event.comment()))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void shouldShowAnAlertWithinItsCountyAndCityButNotInASiblingCounty() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());
        awaitAlerts("caseId=" + wuzhen.caseId(), 1);

        assertThat(alerts("jurisdiction=330483&caseId=" + wuzhen.caseId())).hasSize(1);
        assertThat(alerts("jurisdiction=330400&caseId=" + wuzhen.caseId())).hasSize(1);
        assertThat(alerts("jurisdiction=330483102&caseId=" + wuzhen.caseId())).hasSize(1);
        assertThat(alerts("jurisdiction=330421&caseId=" + wuzhen.caseId())).isEmpty();
        assertThat(alerts("recipient=head-330483-env&caseId=" + wuzhen.caseId())).hasSize(1);
        assertThat(alerts("recipient=sup-330421&caseId=" + wuzhen.caseId())).isEmpty();
        assertThat(alerts("kind=OVERDUE&caseId=" + wuzhen.caseId())).hasSize(1);
        assertThat(alerts("kind=DEADLINE_APPROACHING&caseId=" + wuzhen.caseId())).isEmpty();
    }

    @Test
    void shouldListTheNewestAlertsFirstUpToTheLimit() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        send(wuzhen.approaching(DeadlineKind.ACCEPT, ACCEPT_DUE), "ce-" + shortId());
        awaitAlerts("caseId=" + wuzhen.caseId(), 1);
        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());
        awaitAlerts("caseId=" + wuzhen.caseId(), 2);

        assertThat(alerts("caseId=" + wuzhen.caseId())).extracting(a -> a.get("kind").asString())
                .containsExactly("OVERDUE", "DEADLINE_APPROACHING");
        assertThat(alerts("limit=1&caseId=" + wuzhen.caseId())).extracting(a -> a.get("kind").asString())
                .containsExactly("OVERDUE");
    }

    @Test
    void shouldKeepTheFirstAcknowledgement() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());
        String id = awaitAlerts("caseId=" + wuzhen.caseId(), 1).get(0).get("id").asString();
        assertThat(alerts("unacknowledged=true&caseId=" + wuzhen.caseId())).hasSize(1);

        JsonNode first = acknowledge(id, "sup-330483");
        JsonNode second = acknowledge(id, "sup-jx");

        assertThat(first.get("acknowledgedBy").asString()).isEqualTo("sup-330483");
        assertThat(first.get("acknowledgedAt").isNull()).isFalse();
        assertThat(second.get("acknowledgedBy").asString()).isEqualTo("sup-330483");
        assertThat(second.get("acknowledgedAt").asString()).isEqualTo(first.get("acknowledgedAt").asString());
        assertThat(alerts("unacknowledged=true&caseId=" + wuzhen.caseId())).isEmpty();
        assertThat(alerts("caseId=" + wuzhen.caseId())).hasSize(1);
    }

    @Test
    void shouldAnswerNotFoundProblemForAnUnknownAlert() {
        web.get().uri("/api/alerts/{id}", "C-nope:ACCEPT:20261122T023200Z:overdue:1").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/alert-not-found")
                .jsonPath("$.status").isEqualTo(404);
        web.post().uri("/api/alerts/{id}/acknowledge", "C-nope").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisorJx())
                .bodyValue(Map.of("by", "sup-jx")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/alert-not-found");
    }

    @Test
    void shouldAnswerBadRequestProblemNamingTheFieldForBadInput() {
        assertBadField(web.get().uri("/api/alerts?limit=500").exchange(), "limit");
        assertBadField(web.get().uri("/api/alerts?limit=0").exchange(), "limit");
        assertBadField(web.get().uri("/api/alerts?jurisdiction=3304").exchange(), "jurisdiction");
        assertBadField(web.get().uri("/api/alerts?kind=LATE").exchange(), "kind");
        assertBadField(web.get().uri("/api/alerts/stream?jurisdiction=嘉兴").accept(MediaType.TEXT_EVENT_STREAM).exchange(),
                "jurisdiction");
        assertBadField(web.post().uri("/api/alerts/{id}/acknowledge", "any").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisorJx())
                .bodyValue(Map.of("note", "阅".repeat(501))).exchange(), "note");
        web.post().uri("/api/alerts/{id}/acknowledge", "any").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisorJx())
                .bodyValue("{\"note\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndStillRaiseTheNextAlert() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        String poisonId = "poison-" + shortId();
        String incompleteId = "incomplete-" + shortId();
        Map<String, String> poisonHeaders = ceHeaders(poisonId, CaseOverdue.TYPE, wuzhen.grievanceId());
        Map<String, String> incompleteHeaders = ceHeaders(incompleteId, CaseOverdue.TYPE, wuzhen.grievanceId());

        RawRecords.send(kafka(), Topics.CASE_DEADLINES, wuzhen.grievanceId(), poisonHeaders, "{\"caseId\": \"C-1\", \"level\": ");
        RawRecords.send(kafka(), Topics.CASE_DEADLINES, wuzhen.grievanceId(), incompleteHeaders,
                "{\"grievanceId\": \"" + wuzhen.grievanceId() + "\", \"trackingNo\": \"" + wuzhen.trackingNo() + "\", \"level\": 1}");
        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.poll())
                .extracting(r -> r.header(CloudEventHeaders.ID))
                .contains(poisonId, incompleteId));
        assertThat(awaitAlerts("caseId=" + wuzhen.caseId(), 1).get(0).get("kind").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void shouldIgnoreOtherEventTypesWithoutDeadLetteringThem() {
        TestCase wuzhen = TestCase.in("330483102", "330483-env");
        String openedId = "opened-" + shortId();

        send(new CaseOpened(wuzhen.caseId(), wuzhen.grievanceId(), wuzhen.trackingNo(), wuzhen.unitId(), null,
                wuzhen.jurisdictionCode(), "environment", ACCEPT_DUE, ACCEPT_DUE, RESOLVE_DUE), openedId);
        send(wuzhen.overdue(DeadlineKind.ACCEPT, ACCEPT_DUE, 1), "ce-" + shortId());

        awaitAlerts("caseId=" + wuzhen.caseId(), 1);
        assertThat(deadLetters.poll()).extracting(r -> r.header(CloudEventHeaders.ID)).doesNotContain(openedId);
    }

    @Test
    void shouldKeepOnlyTheNewestVersionOfAUnit() {
        String unitId = "330483-env-" + shortId();
        send(unit(unitId, "桐乡市环保局", 2), "u-" + shortId());
        send(unit(unitId, "嘉兴市生态环境局桐乡分局", 3), "u-" + shortId());
        await().atMost(PATIENCE).until(() -> "嘉兴市生态环境局桐乡分局".equals(unitName(unitId)));

        send(unit(unitId, "桐乡市环保局", 2), "u-" + shortId());
        send(unit(unitId, "嘉兴市生态环境局桐乡分局", 3), "u-" + shortId());
        String marker = unitId + "-marker";
        send(unit(marker, "marker", 1), "u-" + shortId(), unitId);
        await().atMost(PATIENCE).until(() -> unitName(marker) != null);

        assertThat(unitName(unitId)).isEqualTo("嘉兴市生态环境局桐乡分局");
        Document stored = Mono.from(database.getCollection("units").find(eq("_id", unitId)).first()).block();
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(3);
    }

    @Test
    void shouldBeReadyWithMongoAndTheBinder() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.binders.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A case as mediation-service would report it, with fresh ids. */
    record TestCase(String caseId, String grievanceId, String trackingNo, String unitId, String jurisdictionCode) {

        static TestCase in(String jurisdictionCode, String unitId) {
            String grievanceId = UUID.randomUUID().toString();
            return new TestCase("C-" + grievanceId, grievanceId,
                    "SQ20261122" + grievanceId.substring(0, 6).toUpperCase(), unitId, jurisdictionCode);
        }

        CaseOverdue overdue(DeadlineKind deadline, Instant dueAt, int level) {
            return new CaseOverdue(caseId, grievanceId, trackingNo, unitId, jurisdictionCode, deadline, dueAt, level,
                    dueAt.plusSeconds(30));
        }

        CaseDeadlineApproaching approaching(DeadlineKind deadline, Instant dueAt) {
            return new CaseDeadlineApproaching(caseId, grievanceId, trackingNo, unitId, jurisdictionCode, deadline,
                    dueAt, dueAt.minusSeconds(3600));
        }
    }

    private static UnitChanged unit(String unitId, String name, long version) {
        return new UnitChanged(unitId, name, UnitKind.LINE_DEPARTMENT, "330483", "330483-gov",
                List.of("env-duty@tongxiang.example.org"), version, Instant.parse("2026-11-01T01:00:00Z"));
    }

    private void send(Event event, String eventId) {
        send(event, eventId, event.subject());
    }

    /** Sends with an explicit Kafka key, to put unrelated events on one partition in a known order. */
    private void send(Event event, String eventId, String key) {
        Message<byte[]> message = codec.toMessage(event, eventId);
        String topic = event instanceof UnitChanged ? Topics.DIRECTORY_UNITS : Topics.CASE_DEADLINES;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT)) {
            headers.put(name, EventCodec.header(message, name));
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(kafka(), topic, key, headers, new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> ceHeaders(String id, String type, String subject) {
        return Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, id,
                CloudEventHeaders.SOURCE, "/suqiu/mediation-service", CloudEventHeaders.TYPE, type,
                CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.SUBJECT, subject,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    private List<JsonNode> awaitAlerts(String query, int count) {
        return await().atMost(PATIENCE).until(() -> alerts(query), alerts -> alerts.size() == count);
    }

    private List<JsonNode> alerts(String query) {
        String body = web.get().uri("/api/alerts?" + query).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json(body).valueStream().toList();
    }

    /** Acknowledged by the supervisor {@code by} (the token's subject), e.g. sup-330483 of 330483. */
    private JsonNode acknowledge(String id, String by) {
        String supervisor = issuer.token(by, List.of(Role.SUPERVISOR), null, SUPERVISED.get(by));
        return json(web.post().uri("/api/alerts/{id}/acknowledge", id).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisor)
                .bodyValue(Map.of("note", "已阅")).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static String supervisorJx() {
        return issuer.token("sup-jx", List.of(Role.SUPERVISOR), null, "330400");
    }

    private static void assertBadField(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    /** The stream's alerts and its "connected" comment; heartbeats left out. */
    private Flux<ServerSentEvent<String>> alertStream(String uri) {
        return rawStream(uri).filter(event -> event.event() != null || isConnected(event));
    }

    private Flux<ServerSentEvent<String>> rawStream(String uri) {
        return web.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody();
    }

    private static boolean isConnected(ServerSentEvent<String> event) {
        return "connected".equals(event.comment());
    }

    private String unitName(String unitId) {
        Document unit = Mono.from(database.getCollection("units").find(eq("_id", unitId)).first()).block();
        return unit == null ? null : unit.getString("name");
    }

    private long storedAlerts(String caseId) {
        return Mono.from(database.getCollection("alerts").countDocuments(eq("caseId", caseId))).block();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String kafka() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
