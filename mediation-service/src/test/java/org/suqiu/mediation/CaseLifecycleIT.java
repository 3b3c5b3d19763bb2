package org.suqiu.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.localinfra.testing.TopicProbe.Received;
import org.suqiu.mediation.cases.application.OpeningCase;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;
import org.suqiu.platform.security.Role;

/**
 * Done-when of issue 6 on the real broker and Mongo-wire server, with the 12345 profile on the
 * official holiday calendar: a case through 签收, 办理, a mediation with two sessions and an agreement
 * (司法确认 window), 办结, 回访 and closing across the 清明 holiday weekend; a reopened (重办) and
 * escalated case; a returned (退单) and re-assigned case; deadlines across the 2026 Spring Festival
 * and its make-up days; the rates and CSV export. The clock is the test's; the watcher is run by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CaseLifecycleIT {

    private static final TestIssuer issuer = TestIssuer.shared();
    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("mediation-lifecycle");
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String UNIT = "330483-env";
    private static final String OTHER_UNIT = "330483-gov";
    private static final String TOWNSHIP = "330483101";

    private static TopicProbe probe;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(DATABASE));
        // cases are opened through the use case: the consumers stay off and leave MediationServiceIT's group alone
        registry.add("spring.cloud.stream.bindings.grievanceRouted-in-0.consumer.auto-startup", () -> "false");
        registry.add("spring.cloud.stream.bindings.directoryUnits-in-0.consumer.auto-startup", () -> "false");
        registry.add("spring.cloud.stream.bindings.grievanceRouted-in-0.group", () -> "mediation-lifecycle-it");
        registry.add("spring.cloud.stream.bindings.directoryUnits-in-0.group", () -> "mediation-lifecycle-it");
        registry.add("suqiu.mediation.watcher.enabled", () -> "false");
        registry.add("suqiu.mediation.clock.profile", () -> "hotline-12345");
        registry.add("suqiu.mediation.outbox.interval", () -> "PT0.5S");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-04-03T06:00:00Z"));
        }
    }

    @Autowired
    private WebTestClient web;
    @Autowired
    private OpeningCase openingCase;
    @Autowired
    private WatchingDeadlines watchingDeadlines;
    @Autowired
    private MutableClock clock;

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_LIFECYCLE, Topics.CASE_DEADLINES);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void shouldFollowACaseThroughMediationCallBackAndClosingWithItsClocksRightAcrossTheQingmingHolidays() {
        // Fri 3 Apr 2026, 14:00 in Beijing; 4–6 Apr (Sat–Mon) are the 清明 holidays
        clock.set(Instant.parse("2026-04-03T06:00:00Z"));
        String grievanceId = open(UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 1);
        String caseId = Case.idFor(grievanceId);
        WebTestClient handler = as("h-330483-env", Role.HANDLER, UNIT, "330483");

        handler.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.deadlines.accept.dueAt").isEqualTo("2026-04-03T08:00:00Z")          // 2 hours
                .jsonPath("$.deadlines.first_contact.dueAt").isEqualTo("2026-04-04T06:00:00Z")   // 24 hours, holiday or not
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-04-13T09:30:00Z");         // 5 working days: 7,8,9,10,13 Apr

        clock.advance(Duration.ofMinutes(30));
        post(handler, caseId, "accept", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");
        clock.advance(Duration.ofMinutes(30));
        post(handler, caseId, "start", Map.of("note", "电话联系诉求人")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("IN_PROGRESS")
                .jsonPath("$.deadlines.first_contact.status").isEqualTo("MET");

        // over the holiday weekend nothing is due: 办结 still runs, not even approaching
        clock.set(Instant.parse("2026-04-06T04:00:00Z"));
        assertThat(watchingDeadlines.watch().block()).isZero();
        handler.get().uri("/api/cases/{id}", caseId).exchange().expectBody()
                .jsonPath("$.deadlines.resolve.status").isEqualTo("RUNNING");

        clock.set(Instant.parse("2026-04-07T02:00:00Z"));
        post(handler, caseId, "mediation", Map.of("kind", "PEOPLES", "mediator", "濮院镇人民调解委员会 李调解员",
                "parties", List.of("张某", "王某"))).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("IN_MEDIATION")
                .jsonPath("$.deadlines.mediation.dueAt").isEqualTo("2026-05-07T09:30:00Z");
        clock.advance(Duration.ofDays(1));
        post(handler, caseId, "mediation/sessions", Map.of("heldAt", clock.instant().toString(), "place", "濮院镇调委会",
                "attendees", List.of("张某", "王某", "李调解员"), "agreed", "双方同意现场查看")).expectStatus().isOk();
        clock.advance(Duration.ofDays(2));
        post(handler, caseId, "mediation/sessions", Map.of("heldAt", clock.instant().toString(), "place", "濮院镇调委会",
                "attendees", List.of("张某", "王某", "李调解员"), "agreed", "王某赔偿并整改")).expectStatus().isOk()
                .expectBody().jsonPath("$.mediation.sessions.length()").isEqualTo(2);
        clock.advance(Duration.ofHours(1));
        post(handler, caseId, "mediation/conclusion", Map.of("outcome", "AGREEMENT", "terms", "王某于五日内整改排污口",
                "signedAt", "2026-04-10T03:00:00Z")).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("IN_PROGRESS")
                .jsonPath("$.deadlines.mediation.status").isEqualTo("MET")
                // 30 days from 10 Apr end on Sun 10 May, not a working day (the make-up day is Sat 9 May): Mon 11 May
                .jsonPath("$.deadlines.judicial_confirmation.dueAt").isEqualTo("2026-05-11T09:30:00Z");

        // 75% of 办结 (3 Apr 06:00 → 13 Apr 09:30 UTC) is 10 Apr 20:37:30 UTC
        clock.set(Instant.parse("2026-04-10T20:37:00Z"));
        assertThat(watchingDeadlines.watch().block()).isZero();
        clock.set(Instant.parse("2026-04-10T21:00:00Z"));
        assertThat(watchingDeadlines.watch().block()).isEqualTo(1);
        awaitEvent(caseId + ":RESOLVE:approaching");

        clock.set(Instant.parse("2026-04-11T01:00:00Z"));
        post(handler, caseId, "resolve", Map.of("answer", "经调解已达成协议，排污口已整改。")).expectStatus().isOk()
                .expectBody().jsonPath("$.deadlines.resolve.status").isEqualTo("MET");
        clock.advance(Duration.ofDays(1));
        post(as("sup-330483", Role.SUPERVISOR, null, "330483"), caseId, "call-back", Map.of("rating", "SATISFIED"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CALLED_BACK");
        clock.advance(Duration.ofHours(1));
        post(as("head-330483-env", Role.UNIT_HEAD, UNIT, "330483"), caseId, "close", Map.of("outcome", "RESOLVED"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CLOSED");

        // the parties' 司法确认 window outlives the case: it warns at 75% and closes once
        clock.set(Instant.parse("2026-05-12T00:00:00Z"));
        assertThat(watchingDeadlines.watch().block()).isEqualTo(1);
        assertThat(watchingDeadlines.watch().block()).isZero();
        awaitEvent(caseId + ":JUDICIAL_CONFIRMATION:overdue:1");

        List<String> types = await().atMost(EVENTUALLY).until(() -> lifecycleTypes(grievanceId), t -> t.size() == 10);
        assertThat(types).containsExactly("suqiu.case.opened.v1", "suqiu.case.accepted.v1", "suqiu.case.in-progress.v1",
                "suqiu.case.mediation-started.v1", "suqiu.case.mediation-session-held.v1",
                "suqiu.case.mediation-session-held.v1", "suqiu.case.mediation-concluded.v1", "suqiu.case.resolved.v1",
                "suqiu.case.called-back.v1", "suqiu.case.closed.v1");
        handler.get().uri("/api/cases/{id}/audit", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("case.opened", "case.accepted", "case.in-progress",
                        "case.mediation-started", "case.mediation-session", "case.mediation-session",
                        "case.mediation-concluded", "case.deadline-approaching", "case.resolved", "case.called-back",
                        "case.closed", "case.overdue"));
        Received concluded = probe.poll(r -> "suqiu.case.mediation-concluded.v1".equals(r.header("ce_type"))
                && grievanceId.equals(r.key())).get(0);
        assertThat(concluded.value()).contains("\"confirmationDueAt\":\"2026-05-11T09:30:00Z\"")
                .doesNotContain("张某").doesNotContain("王某");
    }

    @Test
    void shouldReopenADissatisfiedCaseOnceThenEscalateItToASupervisorWhoClosesIt() {
        clock.set(Instant.parse("2026-06-08T01:00:00Z"));
        String grievanceId = open(UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 1);
        String caseId = Case.idFor(grievanceId);
        WebTestClient handler = as("h-330483-env", Role.HANDLER, UNIT, "330483");
        WebTestClient supervisor = as("sup-330483", Role.SUPERVISOR, null, "330483");
        post(handler, caseId, "accept", Map.of()).expectStatus().isOk();
        post(handler, caseId, "resolve", Map.of("answer", "已处理")).expectStatus().isOk();
        clock.advance(Duration.ofHours(1));
        post(as("op-jx", Role.OPERATOR, null, "330400"), caseId, "call-back", Map.of("rating", "DISSATISFIED",
                "comment", "问题仍在")).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("IN_PROGRESS")
                .jsonPath("$.round").isEqualTo(1)
                // a new 5-working-day 办结 clock from Mon 8 Jun 10:00: 9,10,11,12,15 Jun
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-06-15T09:30:00Z")
                .jsonPath("$.deadlines.resolve.status").isEqualTo("RUNNING");
        post(handler, caseId, "resolve", Map.of("answer", "已再次处理")).expectStatus().isOk();
        post(supervisor, caseId, "call-back", Map.of("rating", "DISSATISFIED")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ESCALATED");
        post(as("head-330483-env", Role.UNIT_HEAD, UNIT, "330483"), caseId, "close", Map.of())
                .expectStatus().isEqualTo(409);
        post(supervisor, caseId, "close", Map.of("outcome", "UPHELD", "reason", "答复符合政策"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CLOSED");

        awaitEvent(caseId + ":r1:reopened");
        awaitEvent(caseId + ":r1:escalated");
        awaitEvent(caseId + ":r1:closed");
    }

    @Test
    void shouldMoveAReturnedCaseToTheNextUnitWhichAloneThenReachesIt() {
        clock.set(Instant.parse("2026-06-09T01:00:00Z"));
        String grievanceId = open(UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 1);
        String caseId = Case.idFor(grievanceId);
        WebTestClient handler = as("h-330483-env", Role.HANDLER, UNIT, "330483");
        post(handler, caseId, "return", Map.of("reason", "")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(handler, caseId, "return", Map.of("reason", "属住建部门职责")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RETURNED");
        Received returned = awaitEvent(caseId + ":returned");
        assertThat(returned.header("ce_type")).isEqualTo("suqiu.case.returned.v1");
        assertThat(returned.value()).contains("属住建部门职责");

        clock.advance(Duration.ofMinutes(10));
        open(grievanceId, OTHER_UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 2);
        awaitEvent(caseId + ":a2:reassigned");
        handler.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isNotFound();
        post(handler, caseId, "accept", Map.of()).expectStatus().isNotFound();
        WebTestClient next = as("h-330483-gov", Role.HANDLER, OTHER_UNIT, "330483");
        next.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("OPEN")
                .jsonPath("$.attempt").isEqualTo(2)
                .jsonPath("$.returns[0].unitId").isEqualTo(UNIT)
                .jsonPath("$.deadlines.accept.dueAt").isEqualTo("2026-06-09T03:10:00Z");
        post(next, caseId, "accept", Map.of()).expectStatus().isOk();
        awaitEvent(caseId + ":a2:accepted");
        // the same re-assignment delivered again changes nothing
        open(grievanceId, OTHER_UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 2);
        next.get().uri("/api/cases/{id}", caseId).exchange().expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");
    }

    @Test
    void shouldCountDeadlinesAcrossTheSpringFestivalAndItsMakeUpSaturdays() {
        // Fri 13 Feb 2026, 15:00 in Beijing; 14 Feb (Sat) is worked, 15–23 Feb are off, 28 Feb (Sat) is worked
        clock.set(Instant.parse("2026-02-13T07:00:00Z"));
        String normal = Case.idFor(open(UNIT, TOWNSHIP, Urgency.NORMAL, "environment", 1));
        String urgent = Case.idFor(open(UNIT, TOWNSHIP, Urgency.URGENT, "environment", 1));
        WebTestClient handler = as("h-330483-env", Role.HANDLER, UNIT, "330483");

        handler.get().uri("/api/cases/{id}", normal).exchange().expectBody()
                .jsonPath("$.deadlines.accept.dueAt").isEqualTo("2026-02-13T09:00:00Z")
                // 14 Feb (make-up), 24, 25, 26, 27 Feb
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-02-27T09:30:00Z");
        handler.get().uri("/api/cases/{id}", urgent).exchange().expectBody()
                .jsonPath("$.deadlines.accept.dueAt").isEqualTo("2026-02-13T07:30:00Z")
                .jsonPath("$.deadlines.first_contact.dueAt").isEqualTo("2026-02-13T09:00:00Z")
                // one working day: the make-up Saturday
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-02-14T09:30:00Z");

        post(handler, normal, "accept", Map.of()).expectStatus().isOk();
        post(handler, normal, "extension", Map.of("reason", "春节期间无法现场核查", "days", 6)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-extension-not-allowed");
        post(handler, normal, "extension", Map.of("reason", "春节期间无法现场核查", "days", 3)).expectStatus().isOk();
        post(handler, normal, "extension/decision", Map.of("approve", true)).expectStatus().isForbidden();
        post(as("sup-330483", Role.SUPERVISOR, null, "330483"), normal, "extension/decision", Map.of("approve", true, "note", "同意"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.extension.decision").isEqualTo("APPROVED")
                // three more working days after 27 Feb: 28 Feb (make-up Saturday), 2 and 3 Mar
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-03-03T09:30:00Z")
                .jsonPath("$.deadlines.resolve.generation").isEqualTo(2);

        // a suspension stops the clocks: 10 days paused move 办结 by 10 days
        clock.advance(Duration.ofHours(1));
        post(handler, normal, "suspend", Map.of("reason", "等待环境监测报告")).expectStatus().isOk();
        clock.advance(Duration.ofDays(10));
        post(handler, normal, "resume", Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("ACCEPTED")
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo("2026-03-13T09:30:00Z");
    }

    @Test
    void shouldShowTheWorklistAndOverdueListAndReportTheRatesAsJsonAndCsv() {
        clock.set(Instant.parse("2026-07-06T01:00:00Z"));
        String unit = "330483-water";
        WebTestClient handler = as("h-water", Role.HANDLER, unit, "330483");
        String late = Case.idFor(open(unit, TOWNSHIP, Urgency.NORMAL, "water", 1));
        String satisfied = Case.idFor(open(unit, TOWNSHIP, Urgency.NORMAL, "water", 1));
        String unhappy = Case.idFor(open(unit, TOWNSHIP, Urgency.URGENT, "water", 1));
        handler.get().uri("/api/reports/worklist").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].caseId").isEqualTo(unhappy)    // urgent: 签收 within 30 minutes, the others 2 hours
                .jsonPath("$[0].nextClock").isEqualTo("ACCEPT")
                .jsonPath("$.length()").isEqualTo(3);
        post(handler, satisfied, "accept", Map.of()).expectStatus().isOk();
        post(handler, unhappy, "accept", Map.of()).expectStatus().isOk();

        post(handler, satisfied, "resolve", Map.of("answer", "已处理")).expectStatus().isOk();
        post(handler, unhappy, "resolve", Map.of("answer", "已处理")).expectStatus().isOk();
        clock.advance(Duration.ofHours(3));
        post(handler, late, "accept", Map.of()).expectStatus().isOk();
        WebTestClient operator = as("op-jx", Role.OPERATOR, null, "330400");
        post(operator, satisfied, "call-back", Map.of("rating", "BASICALLY_SATISFIED")).expectStatus().isOk();
        post(operator, unhappy, "call-back", Map.of("rating", "DISSATISFIED")).expectStatus().isOk();

        WebTestClient head = as("head-water", Role.UNIT_HEAD, unit, "330483");
        head.get().uri("/api/reports/rates?from=2026-07-06&to=2026-07-07&by=unit").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].key").isEqualTo(unit)
                .jsonPath("$[0].assigned").isEqualTo(3)
                .jsonPath("$[0].acceptedInTime").isEqualTo(2)
                .jsonPath("$[0].resolved").isEqualTo(1)
                .jsonPath("$[0].rated").isEqualTo(2)
                .jsonPath("$[0].satisfied").isEqualTo(1)
                .jsonPath("$[0].responseRate").isEqualTo(0.6667)
                .jsonPath("$[0].satisfactionRate").isEqualTo(0.5);
        head.get().uri("/api/reports/rates?from=2026-07-06&to=2026-07-06").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        handler.get().uri("/api/reports/rates?from=2026-07-06&to=2026-07-07").exchange().expectStatus().isForbidden();

        byte[] csv = head.get().uri("/api/reports/rates?from=2026-07-06&to=2026-07-07&format=csv").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rates-2026-07-06-2026-07-07.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).startsWith("单位/区划 key,名称 name,").contains("响应率 responseRate").contains("\r\n" + unit + ",");

        // the late case's first contact (24 h) is past due a day later; the overdue list shows it, CSV too
        clock.advance(Duration.ofDays(1));
        head.get().uri("/api/reports/overdue").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.caseId == '" + late + "')].nextClock").isEqualTo(List.of("FIRST_CONTACT"));
        head.get().uri("/api/reports/overdue?format=csv").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue.csv\"");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String open(String unitId, String jurisdiction, Urgency urgency, String category, int attempt) {
        return open("g-" + UUID.randomUUID(), unitId, jurisdiction, urgency, category, attempt);
    }

    private String open(String grievanceId, String unitId, String jurisdiction, Urgency urgency, String category, int attempt) {
        openingCase.open(new GrievanceAssigned(grievanceId, "T-" + grievanceId.substring(2, 12), Channel.HOTLINE, "河道有异味",
                unitId, unitId, jurisdiction, "濮院镇", "POINT_IN_POLYGON", category, 0.9, "rule-it", urgency, 1,
                "routing-service", attempt, clock.instant())).block();
        return grievanceId;
    }

    private WebTestClient as(String subject, Role role, String unitId, String jurisdiction) {
        String token = issuer.token(subject, List.of(role), unitId, jurisdiction);
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String caseId, String action, Map<String, ?> body) {
        return client.post().uri("/api/cases/{id}/" + action, caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static Received awaitEvent(String eventId) {
        return await().atMost(EVENTUALLY).until(() -> probe.poll(r -> eventId.equals(r.header("ce_id"))),
                found -> found.size() == 1).get(0);
    }

    private static List<String> lifecycleTypes(String grievanceId) {
        return probe.poll(r -> Topics.CASE_LIFECYCLE.equals(r.topic()) && grievanceId.equals(r.key())).stream()
                .map(r -> r.header("ce_type")).toList();
    }
}
