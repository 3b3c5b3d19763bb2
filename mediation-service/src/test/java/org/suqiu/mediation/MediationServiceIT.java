package org.suqiu.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.suqiu.contracts.Event;
import org.suqiu.contracts.EventCatalog;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.contracts.routing.UnitKind;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.localinfra.testing.TopicProbe.Received;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.mediation.cases.application.CaseEventRelay;
import org.suqiu.mediation.cases.model.Assignment;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.NoticeSchedule;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class MediationServiceIT {

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("mediation");
    private static final String GROUP = "mediation-service";
    private static final String DLQ = "grievance.routed.mediation-service.dlq";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String HANDLER = "handler-wang";
    private static final String UNIT = "unit-nanhu-gov";
    private static final TestIssuer issuer = TestIssuer.shared();

    private static TopicProbe probe;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(DATABASE));
        // the tests drive the watcher themselves, on their clock
        registry.add("suqiu.mediation.watcher.enabled", () -> "false");
        registry.add("suqiu.mediation.clock.profiles", () -> "classpath:clock/test-profiles.json");
        registry.add("suqiu.mediation.clock.profile", () -> "it");
        registry.add("suqiu.mediation.outbox.interval", () -> "PT0.5S");
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    private WebTestClient anonymous;
    /** The unit's handler, who may see and handle its cases. */
    private WebTestClient web;

    @BeforeEach
    void signIn() {
        web = as(HANDLER, Role.HANDLER, UNIT);
    }
    @Autowired
    private MutableClock clock;
    @Autowired
    private EventCodec codec;
    @Autowired
    private WatchingDeadlines watchingDeadlines;
    @Autowired
    private Cases cases;
    @Autowired
    private CaseEventRelay relay;
    @Autowired
    private ClockPolicy policy;
    @Autowired
    private MongoDatabase mediationDatabase;
    @Autowired
    private NoticeSchedule noticeSchedule;

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(),
                Topics.CASE_LIFECYCLE, Topics.CASE_DEADLINES, DLQ);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void shouldOpenACaseAndPublishCaseOpenedWhenAGrievanceIsAssigned() {
        String grievanceId = newGrievanceId();
        Instant assignedAt = clock.instant();

        send(assigned(grievanceId, "unit-nanhu-gov", assignedAt));

        String caseId = awaitCase(grievanceId);
        web.get().uri("/api/cases/{id}", caseId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("OPEN")
                .jsonPath("$.grievanceId").isEqualTo(grievanceId)
                .jsonPath("$.unitId").isEqualTo("unit-nanhu-gov")
                .jsonPath("$.deadlines.accept.dueAt").isEqualTo(assignedAt.plus(Duration.ofMinutes(2)).toString())
                .jsonPath("$.deadlines.accept.status").isEqualTo("RUNNING")
                .jsonPath("$.deadlines.resolve.dueAt").isEqualTo(assignedAt.plus(Duration.ofMinutes(5)).toString())
                .jsonPath("$.timeline[0].kind").isEqualTo("OPENED");

        Received opened = awaitOne(Topics.CASE_LIFECYCLE, caseId + ":opened");
        assertThat(opened.key()).isEqualTo(grievanceId);
        assertThat(opened.header("ce_type")).isEqualTo(CaseOpened.TYPE);
        assertThat(opened.header("ce_specversion")).isEqualTo("1.0");
        assertThat(opened.header("ce_source")).isEqualTo("/suqiu/mediation-service");
        assertThat(opened.header("ce_subject")).isEqualTo(grievanceId);
        assertThat(opened.header("ce_time")).isNotBlank();
        CaseOpened event = read(opened, CaseOpened.class);
        assertThat(event.caseId()).isEqualTo(caseId);
        assertThat(event.acceptDueAt()).isEqualTo(assignedAt.plus(Duration.ofMinutes(2)));
        assertThat(event.resolveDueAt()).isEqualTo(assignedAt.plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldOpenOneCaseAndPublishOneCaseOpenedWhenTheSameAssignmentArrivesTwice() {
        String grievanceId = newGrievanceId();
        GrievanceAssigned assignment = assigned(grievanceId, "unit-nanhu-gov", clock.instant());

        send(assignment);
        send(assignment);
        String caseId = awaitCase(grievanceId);
        awaitConsumed(Topics.GRIEVANCE_ROUTED);
        accept(caseId, HANDLER).expectStatus().isOk();
        // a redelivery after the case moved on must not reset it
        send(assignment);
        awaitConsumed(Topics.GRIEVANCE_ROUTED);

        web.get().uri("/api/cases?trackingNo={t}", trackingNo(grievanceId)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].state").isEqualTo("ACCEPTED")
                .jsonPath("$[0].version").isEqualTo(2);
        awaitOne(Topics.CASE_LIFECYCLE, caseId + ":accepted");
        // CaseAccepted shares CaseOpened's partition and follows it: everything before it is in
        assertThat(lifecycleOf(grievanceId)).extracting(r -> r.header("ce_type"))
                .containsExactly(CaseOpened.TYPE, CaseAccepted.TYPE);
    }

    @Test
    void shouldPublishAcceptedResolvedAndClosedInOrderAsTheUnitHandlesTheCase() {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);

        accept(caseId, HANDLER).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED").jsonPath("$.acceptedBy").isEqualTo(HANDLER);
        accept(caseId, HANDLER).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED").jsonPath("$.version").isEqualTo(2);
        accept(caseId, "handler-li").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-open")
                .jsonPath("$.state").isEqualTo("ACCEPTED");
        resolve(caseId, Map.of("handler", HANDLER, "answer", "已修复路灯，感谢反映。")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RESOLVED").jsonPath("$.answer").isEqualTo("已修复路灯，感谢反映。");
        head(UNIT).post().uri("/api/cases/{id}/close", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "RESOLVED")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CLOSED").jsonPath("$.outcome").isEqualTo("RESOLVED")
                .jsonPath("$.timeline[*].kind").isEqualTo(List.of("OPENED", "ACCEPTED", "RESOLVED", "CLOSED"));

        Received closed = awaitOne(Topics.CASE_LIFECYCLE, caseId + ":closed");
        assertThat(read(closed, CaseClosed.class).outcome()).isEqualTo("RESOLVED");
        List<Received> lifecycle = lifecycleOf(grievanceId);
        assertThat(lifecycle).extracting(r -> r.header("ce_type"))
                .containsExactly(CaseOpened.TYPE, CaseAccepted.TYPE, CaseResolved.TYPE, CaseClosed.TYPE);
        assertThat(lifecycle).extracting(r -> r.header("ce_id"))
                .containsExactly(caseId + ":opened", caseId + ":accepted", caseId + ":resolved", caseId + ":closed");
        assertThat(lifecycle).extracting(Received::key).containsOnly(grievanceId);
        CaseResolved resolved = read(lifecycle.get(2), CaseResolved.class);
        assertThat(resolved.resolvedBy()).isEqualTo(HANDLER);
        assertThat(resolved.answer()).isEqualTo("已修复路灯，感谢反映。");
    }

    @Test
    void shouldWriteWhoDidWhatAndWhyToTheAuditTrailOnceForEachChange() {
        String grievanceId = newGrievanceId();
        GrievanceAssigned assignment = assigned(grievanceId, UNIT, clock.instant());
        send(assignment);
        String caseId = awaitCase(grievanceId);
        send(assignment);
        awaitConsumed(Topics.GRIEVANCE_ROUTED);

        clock.advance(Duration.ofSeconds(91));
        watchingDeadlines.watch().block();
        watchingDeadlines.watch().block();
        clock.advance(Duration.ofSeconds(1));
        accept(caseId, HANDLER).expectStatus().isOk();
        accept(caseId, HANDLER).expectStatus().isOk();
        clock.advance(Duration.ofSeconds(1));
        resolve(caseId, Map.of("answer", "已修复路灯，感谢反映。")).expectStatus().isOk();
        clock.advance(Duration.ofSeconds(1));
        head(UNIT).post().uri("/api/cases/{id}/close", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "RESOLVED", "reason", "答复已核实")).exchange()
                .expectStatus().isOk();

        web.get().uri("/api/cases/{id}/audit", caseId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("case.opened", "case.deadline-approaching", "case.accepted",
                        "case.resolved", "case.closed"))
                .jsonPath("$[*].id").isEqualTo(List.of(caseId + ":opened", caseId + ":ACCEPT:approaching",
                        caseId + ":accepted", caseId + ":resolved", caseId + ":closed"))
                .jsonPath("$[0].actor.subject").isEqualTo("system:mediation-service")
                .jsonPath("$[1].actor.subject").isEqualTo("system:mediation-service")
                .jsonPath("$[1].details.deadline").isEqualTo("ACCEPT")
                .jsonPath("$[2].actor.subject").isEqualTo(HANDLER)
                .jsonPath("$[2].actor.roles").isEqualTo(List.of("HANDLER"))
                .jsonPath("$[2].actor.unitId").isEqualTo(UNIT)
                .jsonPath("$[2].details.from").isEqualTo("OPEN")
                .jsonPath("$[2].details.to").isEqualTo("ACCEPTED")
                .jsonPath("$[4].actor.subject").isEqualTo("head-" + UNIT)
                .jsonPath("$[4].reason").isEqualTo("答复已核实")
                .jsonPath("$[4].details.to").isEqualTo("CLOSED");
        as(HANDLER, Role.HANDLER, "unit-xiuzhou-gov").get().uri("/api/cases/{id}/audit", caseId).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void shouldRefuseToResolveACaseThatWasNotAccepted() {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);

        resolve(caseId, Map.of("handler", HANDLER, "answer", "done")).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-accepted")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.state").isEqualTo("OPEN");
        head(UNIT).post().uri("/api/cases/{id}/close", caseId).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-resolved");
        web.get().uri("/api/cases/{id}", caseId).exchange()
                .expectBody().jsonPath("$.state").isEqualTo("OPEN").jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCase() {
        web.get().uri("/api/cases/C-unknown").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-found");
        accept("C-unknown", HANDLER).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-found");
    }

    @Test
    void shouldAnswerBadRequestNamingTheFieldForAnInvalidBodyOrParameter() {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);
        accept(caseId, HANDLER).expectStatus().isOk();

        resolve(caseId, Map.of("handler", HANDLER)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("answer");
        resolve(caseId, Map.of("handler", HANDLER, "answer", "长".repeat(2001))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("answer");
        resolve(caseId, Map.of("handler", " ", "answer", "ok")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("handler");
        web.post().uri("/api/cases/{id}/accept", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"handler\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        head(UNIT).post().uri("/api/cases/{id}/close", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "done!")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("outcome");
        web.get().uri("/api/cases?state=SLEEPING").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        web.get().uri("/api/cases?limit=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        resolve(caseId, Map.of("handler", HANDLER, "answer", "长".repeat(2000))).expectStatus().isOk();
    }

    @Test
    void shouldListCasesOfAUnitNewestFirstFilteredByState() {
        String unitId = "unit-list-" + UUID.randomUUID();
        String first = newGrievanceId();
        String second = newGrievanceId();
        send(assigned(first, unitId, clock.instant()));
        String firstCase = awaitCase(first);
        clock.advance(Duration.ofSeconds(1));
        send(assigned(second, unitId, clock.instant()));
        String secondCase = awaitCase(second);
        WebTestClient web = as(HANDLER, Role.HANDLER, unitId);
        accept(web, firstCase, HANDLER).expectStatus().isOk();

        web.get().uri("/api/cases?unitId={u}", unitId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].caseId").isEqualTo(List.of(secondCase, firstCase))
                .jsonPath("$[0].text").doesNotExist();
        web.get().uri("/api/cases?unitId={u}&limit=1", unitId).exchange()
                .expectBody().jsonPath("$[*].caseId").isEqualTo(List.of(secondCase));
        web.get().uri("/api/cases?unitId={u}&state=accepted", unitId).exchange()
                .expectBody().jsonPath("$[*].caseId").isEqualTo(List.of(firstCase));
    }

    @Test
    void shouldRefuseAChangeDecidedOnAStaleVersion() {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);
        Case read = cases.byId(caseId).block();

        CaseChanged byWang = (CaseChanged) read.accept(HANDLER, clock.instant());
        CaseChanged byLi = (CaseChanged) read.accept("handler-li", clock.instant());

        assertThat(cases.save(byWang).block()).isTrue();
        assertThat(cases.save(byLi).block()).isFalse();
        Case stored = cases.byId(caseId).block();
        assertThat(stored.acceptance().by()).isEqualTo(HANDLER);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void shouldWarnOnceAndReportOverdueOnceForEachDeadlineEvenAcrossRestartsAndInstances() throws Exception {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);

        clock.advance(Duration.ofSeconds(91));
        watchingDeadlines.watch().block();
        awaitOne(Topics.CASE_DEADLINES, caseId + ":ACCEPT:approaching");
        watchingDeadlines.watch().block();

        clock.advance(Duration.ofSeconds(30));
        restartedWatcher().watch().block();
        watchTwiceConcurrently();
        Received acceptOverdue = awaitOne(Topics.CASE_DEADLINES, caseId + ":ACCEPT:overdue:1");
        // same key, same partition: the overdue follows every earlier record for this case
        assertThat(deadlineEventIds(grievanceId)).containsExactly(caseId + ":ACCEPT:approaching", caseId + ":ACCEPT:overdue:1");
        assertThat(acceptOverdue.key()).isEqualTo(grievanceId);
        assertThat(acceptOverdue.header("ce_type")).isEqualTo("suqiu.case.overdue.v1");
        assertThat(acceptOverdue.value()).contains("\"deadline\":\"ACCEPT\"").contains("\"level\":1");

        clock.advance(Duration.ofMinutes(2));
        watchingDeadlines.watch().block();
        restartedWatcher().watch().block();
        awaitOne(Topics.CASE_DEADLINES, caseId + ":RESOLVE:approaching");
        clock.advance(Duration.ofMinutes(1));
        watchTwiceConcurrently();
        restartedWatcher().watch().block();
        awaitOne(Topics.CASE_DEADLINES, caseId + ":RESOLVE:overdue:1");
        watchingDeadlines.watch().block();

        assertThat(deadlineEventIds(grievanceId)).containsExactly(caseId + ":ACCEPT:approaching", caseId + ":ACCEPT:overdue:1",
                caseId + ":RESOLVE:approaching", caseId + ":RESOLVE:overdue:1");
        // each notice is one timeline entry written with its outbox event: one entry each means one event each
        web.get().uri("/api/cases/{id}", caseId).exchange()
                .expectBody()
                .jsonPath("$.timeline[*].kind").isEqualTo(List.of("OPENED", "DEADLINE_APPROACHING", "OVERDUE",
                        "DEADLINE_APPROACHING", "OVERDUE"))
                .jsonPath("$.deadlines.accept.status").isEqualTo("OVERDUE")
                .jsonPath("$.deadlines.accept.overdueLevel").isEqualTo(1);
        await().atMost(EVENTUALLY).until(() -> outboxOf(caseId).isEmpty());
    }

    @Test
    void shouldSendNoDeadlineNoticesForACaseHandledInTime() {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        String caseId = awaitCase(grievanceId);

        clock.advance(Duration.ofSeconds(30));
        accept(caseId, HANDLER).expectStatus().isOk();
        clock.advance(Duration.ofMinutes(2));
        watchingDeadlines.watch().block();
        web.get().uri("/api/cases/{id}", caseId).exchange()
                .expectBody()
                .jsonPath("$.deadlines.accept.status").isEqualTo("MET")
                .jsonPath("$.deadlines.accept.approachingNotifiedAt").doesNotExist()
                .jsonPath("$.deadlines.accept.overdueLevel").isEqualTo(0);

        resolve(caseId, Map.of("handler", HANDLER, "answer", "已处理")).expectStatus().isOk();
        clock.advance(Duration.ofMinutes(10));
        watchingDeadlines.watch().block();

        web.get().uri("/api/cases/{id}", caseId).exchange()
                .expectBody()
                .jsonPath("$.deadlines.resolve.status").isEqualTo("MET")
                .jsonPath("$.deadlines.resolve.approachingNotifiedAt").doesNotExist()
                .jsonPath("$.deadlines.resolve.overdueLevel").isEqualTo(0)
                .jsonPath("$.timeline[*].kind").isEqualTo(List.of("OPENED", "ACCEPTED", "RESOLVED"));
        awaitOne(Topics.CASE_LIFECYCLE, caseId + ":resolved");
        assertThat(deadlineEventIds(grievanceId)).isEmpty();
    }

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicAndOpenTheNextCase() {
        String poisonId = newGrievanceId();
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_ROUTED, poisonId,
                ceHeaders(poisonId + ":assigned", GrievanceAssigned.TYPE, poisonId), "{\"grievanceId\": \"" + poisonId + "\", broken");
        String noUnitId = newGrievanceId();
        send(assigned(noUnitId, null, clock.instant()));
        String nextId = newGrievanceId();
        send(assigned(nextId, "unit-nanhu-gov", clock.instant()));

        await().atMost(EVENTUALLY).until(() -> probe.poll(r -> DLQ.equals(r.topic())).stream()
                .map(Received::key).collect(Collectors.toSet()).containsAll(List.of(poisonId, noUnitId)));
        awaitCase(nextId);
        web.get().uri("/api/cases/{id}", Case.idFor(poisonId)).exchange().expectStatus().isNotFound();
        web.get().uri("/api/cases/{id}", Case.idFor(noUnitId)).exchange().expectStatus().isNotFound();
    }

    @Test
    void shouldIgnoreAGrievanceSentToTriage() {
        String grievanceId = newGrievanceId();
        GrievanceSentToTriage triage = new GrievanceSentToTriage(grievanceId, trackingNo(grievanceId), Channel.WEB,
                "no rule matched", "330402", null, clock.instant());

        send(triage, grievanceId + ":triage");
        awaitConsumed(Topics.GRIEVANCE_ROUTED);

        web.get().uri("/api/cases/{id}", Case.idFor(grievanceId)).exchange().expectStatus().isNotFound();
        assertThat(probe.poll(r -> DLQ.equals(r.topic()) && grievanceId.equals(r.key()))).isEmpty();
    }

    @Test
    void shouldShowTheNewestUnitNameWhateverTheOrderTheDirectoryArrivesIn() {
        String unitId = "unit-dir-" + UUID.randomUUID();
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, unitId, clock.instant()));
        String caseId = awaitCase(grievanceId);
        WebTestClient web = as(HANDLER, Role.HANDLER, unitId);
        web.get().uri("/api/cases/{id}", caseId).exchange().expectBody().jsonPath("$.unitName").isEqualTo("南湖区人民政府");

        sendUnit(unitId, "南湖区政府（新）", 2);
        sendUnit(unitId, "南湖区政府（新）", 2);
        sendUnit(unitId, "南湖区人民政府（旧）", 1);
        awaitConsumed(Topics.DIRECTORY_UNITS);

        web.get().uri("/api/cases/{id}", caseId).exchange().expectBody().jsonPath("$.unitName").isEqualTo("南湖区政府（新）");
        web.get().uri("/api/cases?unitId={u}", unitId).exchange().expectBody().jsonPath("$[0].unitName").isEqualTo("南湖区政府（新）");
    }

    @Test
    void shouldPublishWhatACrashedInstanceLeftInTheOutbox() {
        String grievanceId = newGrievanceId();
        // stored like the consumer stores it, but nobody nudges the relay: as if the process died right after the write
        CaseChanged opened = Case.open(new Grievance(grievanceId, trackingNo(grievanceId), Channel.WECHAT, "text"),
                new Assignment("unit-nanhu-gov", "南湖区人民政府", "330402", "南湖区", "environment", Urgency.NORMAL, 1, clock.instant()),
                policy, clock.instant());
        assertThat(cases.add(opened).block()).isTrue();

        awaitOne(Topics.CASE_LIFECYCLE, opened.after().caseId() + ":opened");
        await().atMost(EVENTUALLY).until(() -> outboxOf(opened.after().caseId()).isEmpty());
    }

    @Test
    void shouldPublishToTheCaseTopicsAndNotToTopicsNamedAfterTheBindings() throws Exception {
        String grievanceId = newGrievanceId();
        send(assigned(grievanceId, "unit-nanhu-gov", clock.instant()));
        awaitOne(Topics.CASE_LIFECYCLE, Case.idFor(grievanceId) + ":opened");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(Topics.CASE_LIFECYCLE)
                    .doesNotContain("lifecycle", "deadlines", "lifecycle-out-0", "deadlines-out-0");
        }
    }

    @Test
    void shouldBeReadyWithMongoAndTheKafkaBinder() {
        anonymous.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.binders.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP");
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String newGrievanceId() {
        return "g-" + UUID.randomUUID();
    }

    private static String trackingNo(String grievanceId) {
        return "T-" + grievanceId.substring(2, 10);
    }

    private GrievanceAssigned assigned(String grievanceId, String unitId, Instant assignedAt) {
        return new GrievanceAssigned(grievanceId, trackingNo(grievanceId), Channel.HOTLINE, "小区路灯不亮已经一周", unitId,
                "南湖区人民政府", "330402", "南湖区", "POINT_IN_POLYGON", "infrastructure", 0.92, "rule-infra-330402", Urgency.NORMAL, 3, "routing-service", 1, assignedAt);
    }

    private void send(GrievanceAssigned assignment) {
        send(assignment, assignment.grievanceId() + ":assigned");
    }

    private void send(Event event, String eventId) {
        String type = EventCatalog.of(event.getClass()).type();
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), EventCatalog.of(event.getClass()).topic(),
                event.subject(), ceHeaders(eventId, type, event.subject()), codec.json().writeValueAsString(event));
    }

    private void sendUnit(String unitId, String name, long version) {
        send(new UnitChanged(unitId, name, UnitKind.LOCAL_GOVERNMENT, "330402", null, List.of(), version, clock.instant()),
                unitId + ":v" + version);
    }

    private Map<String, String> ceHeaders(String id, String type, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/suqiu/routing-service", "ce_type", type,
                "ce_time", clock.instant().toString(), "ce_subject", subject, "content-type", "application/json");
    }

    private String awaitCase(String grievanceId) {
        String caseId = Case.idFor(grievanceId);
        await().atMost(EVENTUALLY).until(() -> cases.byId(caseId).blockOptional().isPresent());
        return caseId;
    }

    /** {@code handler} accepts as the token's subject; the body still carries the name, as older clients send it. */
    private WebTestClient.ResponseSpec accept(String caseId, String handler) {
        return accept(as(handler, Role.HANDLER, UNIT), caseId, handler);
    }

    private static WebTestClient.ResponseSpec accept(WebTestClient client, String caseId, String handler) {
        return client.post().uri("/api/cases/{id}/accept", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("handler", handler)).exchange();
    }

    private WebTestClient as(String subject, Role role, String unitId) {
        String token = issuer.token(subject, List.of(role), unitId, "330402");
        // the first request of the JVM fetches the issuer's keys and warms the web stack: allow it more than 5 s
        return anonymous.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private WebTestClient head(String unitId) {
        return as("head-" + unitId, Role.UNIT_HEAD, unitId);
    }

    private WebTestClient.ResponseSpec resolve(String caseId, Map<String, String> body) {
        return web.post().uri("/api/cases/{id}/resolve", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static Received awaitOne(String topic, String eventId) {
        return await().atMost(EVENTUALLY).until(
                () -> probe.poll(r -> topic.equals(r.topic()) && eventId.equals(r.header("ce_id"))),
                found -> found.size() == 1).get(0);
    }

    private static List<Received> lifecycleOf(String grievanceId) {
        return probe.poll(r -> Topics.CASE_LIFECYCLE.equals(r.topic()) && grievanceId.equals(r.key()));
    }

    private static List<String> deadlineEventIds(String grievanceId) {
        return probe.poll(r -> Topics.CASE_DEADLINES.equals(r.topic()) && grievanceId.equals(r.key())).stream()
                .map(r -> r.header("ce_id")).toList();
    }

    private <T> T read(Received record, Class<T> type) {
        return codec.json().readValue(record.value(), type);
    }

    /** A watcher as a freshly started instance builds it: nothing in memory, the same store. */
    private WatchingDeadlines restartedWatcher() {
        return new WatchingDeadlines(cases, noticeSchedule, relay, clock, CaseAudit.none(), policy.overdueSteps());
    }

    private void watchTwiceConcurrently() throws Exception {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> restartedWatcher().watch().block());
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> restartedWatcher().watch().block());
        CompletableFuture.allOf(one, other).get();
    }

    private List<?> outboxOf(String caseId) {
        return Mono.from(mediationDatabase.getCollection("cases").find(Filters.eq("_id", caseId)).first())
                .map(doc -> doc.getList("outbox", Object.class, List.of()))
                .block();
    }

    /** Waits until this service's consumer group has committed everything on the topic. */
    private static void awaitConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
            await().atMost(EVENTUALLY).until(() -> consumedAll(admin, topic));
        }
    }

    private static boolean consumedAll(Admin admin, String topic) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset()));
    }
}
