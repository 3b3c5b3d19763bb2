package org.suqiu.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.mediation.cases.application.HandlingCase;
import org.suqiu.mediation.cases.application.OpeningCase;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

/**
 * Who may do what with cases, as one table: every role × every endpoint × a case in the caller's
 * scope (A) and one outside it (B), plus the township supervisors and the token checks.
 * ALLOW = 2xx; DENY = 403 (the role never may); REFUSED = 409 (a supervisor closes escalated cases only);
 * HIDDEN = 404 like an unknown case (a list answers
 * 200 without it). Cases are opened through the use case itself (the Kafka consumers do not run
 * here), so their audit trail starts as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CaseAuthorizationMatrixIT {

    private static final TestIssuer issuer = TestIssuer.shared();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("mediation-authz");

    /** 桐乡市 · 濮院镇: a case of the 桐乡 environment bureau. */
    private static final Place A = new Place("330483-env", "嘉兴市生态环境局桐乡分局", "330483101", "濮院镇");
    /** 嘉善县: a case of the 嘉善 transport bureau. */
    private static final Place B = new Place("330421-transport", "嘉善县交通运输局", "330421", "嘉善县");
    private static final Place WUZHEN = new Place("330483-env", "嘉兴市生态环境局桐乡分局", "330483100", "乌镇镇");

    /** The callers: roles, unit, jurisdiction (the demo city's staff, with dispatchers and admins of 桐乡 for an out-of-scope case). */
    private static final Map<String, Caller> CALLERS = Map.ofEntries(
            Map.entry("op-jx", new Caller(Role.OPERATOR, null, "330400")),
            Map.entry("clerk-jx", new Caller(Role.INBOX_CLERK, null, "330400")),
            Map.entry("disp-330483", new Caller(Role.DISPATCHER, null, "330483")),
            Map.entry("disp-jx", new Caller(Role.DISPATCHER, null, "330400")),
            Map.entry("h-330483-env", new Caller(Role.HANDLER, "330483-env", "330483")),
            Map.entry("h-330421-transport", new Caller(Role.HANDLER, "330421-transport", "330421")),
            Map.entry("med-330483-env", new Caller(Role.MEDIATOR, "330483-env", "330483")),
            Map.entry("med-330483", new Caller(Role.MEDIATOR, "330483-gov", "330483")),
            Map.entry("head-330483-env", new Caller(Role.UNIT_HEAD, "330483-env", "330483")),
            Map.entry("sup-330483", new Caller(Role.SUPERVISOR, null, "330483")),
            Map.entry("sup-330483100", new Caller(Role.SUPERVISOR, null, "330483100")),
            Map.entry("sup-330483101", new Caller(Role.SUPERVISOR, null, "330483101")),
            Map.entry("sup-jx", new Caller(Role.SUPERVISOR, null, "330400")),
            Map.entry("admin-330483", new Caller(Role.ADMIN, null, "330483")),
            Map.entry("admin", new Caller(Role.ADMIN, null, "330400")));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(DATABASE));
        // cases are opened by hand here; the consumers stay off so they leave MediationServiceIT's topics alone
        registry.add("spring.cloud.stream.bindings.grievanceRouted-in-0.consumer.auto-startup", () -> "false");
        registry.add("spring.cloud.stream.bindings.directoryUnits-in-0.consumer.auto-startup", () -> "false");
        registry.add("spring.cloud.stream.bindings.grievanceRouted-in-0.group", () -> "mediation-authz-it");
        registry.add("spring.cloud.stream.bindings.directoryUnits-in-0.group", () -> "mediation-authz-it");
        registry.add("suqiu.mediation.watcher.enabled", () -> "false");
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @Autowired
    private WebTestClient web;
    @Autowired
    private OpeningCase openingCase;
    @Autowired
    private HandlingCase handlingCase;
    @Autowired
    private Cases cases;
    @Autowired
    private MutableClock clock;

    @TestConfiguration
    static class TestClock {

        /** Moved on a second between steps, so the audit trail's order (by time) is the order of the steps. */
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    enum Action {
        LIST, VIEW, AUDIT, ACCEPT, RESOLVE, CLOSE, RETURN, START, SUSPEND, RESUME, EXTEND, DECIDE, SUPERVISE, CALLBACK,
        MEDIATE, SESSION, CONCLUDE, CLOSE_ESCALATED, WORKLIST, RATES
    }

    enum Outcome { ALLOW, DENY, HIDDEN, REFUSED }

    @ParameterizedTest(name = "{0} {1}: A (桐乡·濮院镇, 330483-env) {2}, B (嘉善县, 330421-transport) {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # caller           | action  | case A | case B
            op-jx              | LIST    | DENY   | DENY
            op-jx              | VIEW    | DENY   | DENY
            op-jx              | AUDIT   | DENY   | DENY
            op-jx              | ACCEPT  | DENY   | DENY
            op-jx              | RESOLVE | DENY   | DENY
            op-jx              | CLOSE   | DENY   | DENY
            clerk-jx           | LIST    | DENY   | DENY
            clerk-jx           | VIEW    | DENY   | DENY
            clerk-jx           | AUDIT   | DENY   | DENY
            clerk-jx           | ACCEPT  | DENY   | DENY
            clerk-jx           | RESOLVE | DENY   | DENY
            clerk-jx           | CLOSE   | DENY   | DENY
            disp-330483        | LIST    | ALLOW  | HIDDEN
            disp-330483        | VIEW    | ALLOW  | HIDDEN
            disp-330483        | AUDIT   | ALLOW  | HIDDEN
            disp-330483        | ACCEPT  | DENY   | DENY
            disp-330483        | RESOLVE | DENY   | DENY
            disp-330483        | CLOSE   | DENY   | DENY
            disp-jx            | LIST    | ALLOW  | ALLOW
            disp-jx            | VIEW    | ALLOW  | ALLOW
            h-330483-env       | LIST    | ALLOW  | HIDDEN
            h-330483-env       | VIEW    | ALLOW  | HIDDEN
            h-330483-env       | AUDIT   | ALLOW  | HIDDEN
            h-330483-env       | ACCEPT  | ALLOW  | HIDDEN
            h-330483-env       | RESOLVE | ALLOW  | HIDDEN
            h-330483-env       | CLOSE   | DENY   | DENY
            h-330421-transport | LIST    | HIDDEN | ALLOW
            h-330421-transport | VIEW    | HIDDEN | ALLOW
            h-330421-transport | ACCEPT  | HIDDEN | ALLOW
            med-330483-env     | LIST    | ALLOW  | HIDDEN
            med-330483-env     | VIEW    | ALLOW  | HIDDEN
            med-330483-env     | AUDIT   | ALLOW  | HIDDEN
            med-330483-env     | ACCEPT  | ALLOW  | HIDDEN
            med-330483-env     | RESOLVE | ALLOW  | HIDDEN
            med-330483-env     | CLOSE   | DENY   | DENY
            med-330483         | VIEW    | HIDDEN | HIDDEN
            med-330483         | ACCEPT  | HIDDEN | HIDDEN
            head-330483-env    | LIST    | ALLOW  | HIDDEN
            head-330483-env    | VIEW    | ALLOW  | HIDDEN
            head-330483-env    | AUDIT   | ALLOW  | HIDDEN
            head-330483-env    | ACCEPT  | ALLOW  | HIDDEN
            head-330483-env    | RESOLVE | ALLOW  | HIDDEN
            head-330483-env    | CLOSE   | ALLOW  | HIDDEN
            sup-330483         | LIST    | ALLOW  | HIDDEN
            sup-330483         | VIEW    | ALLOW  | HIDDEN
            sup-330483         | AUDIT   | ALLOW  | HIDDEN
            sup-330483         | ACCEPT  | DENY   | DENY
            sup-330483         | RESOLVE | DENY   | DENY
            sup-330483         | CLOSE   | REFUSED | HIDDEN
            sup-330483100      | LIST    | HIDDEN | HIDDEN
            sup-330483100      | VIEW    | HIDDEN | HIDDEN
            sup-330483100      | AUDIT   | HIDDEN | HIDDEN
            sup-330483101      | LIST    | ALLOW  | HIDDEN
            sup-330483101      | VIEW    | ALLOW  | HIDDEN
            sup-jx             | LIST    | ALLOW  | ALLOW
            sup-jx             | VIEW    | ALLOW  | ALLOW
            sup-jx             | AUDIT   | ALLOW  | ALLOW
            sup-jx             | ACCEPT  | DENY   | DENY
            admin-330483       | LIST    | ALLOW  | HIDDEN
            admin-330483       | VIEW    | ALLOW  | HIDDEN
            admin-330483       | AUDIT   | ALLOW  | HIDDEN
            admin-330483       | ACCEPT  | DENY   | DENY
            admin-330483       | RESOLVE | DENY   | DENY
            admin-330483       | CLOSE   | DENY   | DENY
            admin              | VIEW    | ALLOW  | ALLOW
            op-jx              | RETURN          | DENY   | DENY
            clerk-jx           | RETURN          | DENY   | DENY
            disp-jx            | RETURN          | DENY   | DENY
            h-330483-env       | RETURN          | ALLOW  | HIDDEN
            h-330421-transport | RETURN          | HIDDEN | ALLOW
            med-330483-env     | RETURN          | ALLOW  | HIDDEN
            med-330483         | RETURN          | HIDDEN | HIDDEN
            head-330483-env    | RETURN          | ALLOW  | HIDDEN
            sup-jx             | RETURN          | DENY   | DENY
            admin              | RETURN          | DENY   | DENY
            op-jx              | START           | DENY   | DENY
            clerk-jx           | START           | DENY   | DENY
            disp-jx            | START           | DENY   | DENY
            h-330483-env       | START           | ALLOW  | HIDDEN
            h-330421-transport | START           | HIDDEN | ALLOW
            med-330483-env     | START           | ALLOW  | HIDDEN
            med-330483         | START           | HIDDEN | HIDDEN
            head-330483-env    | START           | ALLOW  | HIDDEN
            sup-jx             | START           | DENY   | DENY
            admin              | START           | DENY   | DENY
            op-jx              | SUSPEND         | DENY   | DENY
            clerk-jx           | SUSPEND         | DENY   | DENY
            disp-jx            | SUSPEND         | DENY   | DENY
            h-330483-env       | SUSPEND         | ALLOW  | HIDDEN
            h-330421-transport | SUSPEND         | HIDDEN | ALLOW
            med-330483-env     | SUSPEND         | ALLOW  | HIDDEN
            med-330483         | SUSPEND         | HIDDEN | HIDDEN
            head-330483-env    | SUSPEND         | ALLOW  | HIDDEN
            sup-jx             | SUSPEND         | DENY   | DENY
            admin              | SUSPEND         | DENY   | DENY
            op-jx              | RESUME          | DENY   | DENY
            clerk-jx           | RESUME          | DENY   | DENY
            disp-jx            | RESUME          | DENY   | DENY
            h-330483-env       | RESUME          | ALLOW  | HIDDEN
            h-330421-transport | RESUME          | HIDDEN | ALLOW
            med-330483-env     | RESUME          | ALLOW  | HIDDEN
            med-330483         | RESUME          | HIDDEN | HIDDEN
            head-330483-env    | RESUME          | ALLOW  | HIDDEN
            sup-jx             | RESUME          | DENY   | DENY
            admin              | RESUME          | DENY   | DENY
            op-jx              | EXTEND          | DENY   | DENY
            clerk-jx           | EXTEND          | DENY   | DENY
            disp-jx            | EXTEND          | DENY   | DENY
            h-330483-env       | EXTEND          | ALLOW  | HIDDEN
            h-330421-transport | EXTEND          | HIDDEN | ALLOW
            med-330483-env     | EXTEND          | ALLOW  | HIDDEN
            med-330483         | EXTEND          | HIDDEN | HIDDEN
            head-330483-env    | EXTEND          | ALLOW  | HIDDEN
            sup-jx             | EXTEND          | DENY   | DENY
            admin              | EXTEND          | DENY   | DENY
            op-jx              | MEDIATE         | DENY   | DENY
            clerk-jx           | MEDIATE         | DENY   | DENY
            disp-jx            | MEDIATE         | DENY   | DENY
            h-330483-env       | MEDIATE         | ALLOW  | HIDDEN
            h-330421-transport | MEDIATE         | HIDDEN | ALLOW
            med-330483-env     | MEDIATE         | ALLOW  | HIDDEN
            med-330483         | MEDIATE         | HIDDEN | HIDDEN
            head-330483-env    | MEDIATE         | ALLOW  | HIDDEN
            sup-jx             | MEDIATE         | DENY   | DENY
            admin              | MEDIATE         | DENY   | DENY
            op-jx              | SESSION         | DENY   | DENY
            clerk-jx           | SESSION         | DENY   | DENY
            disp-jx            | SESSION         | DENY   | DENY
            h-330483-env       | SESSION         | ALLOW  | HIDDEN
            h-330421-transport | SESSION         | HIDDEN | ALLOW
            med-330483-env     | SESSION         | ALLOW  | HIDDEN
            med-330483         | SESSION         | HIDDEN | HIDDEN
            head-330483-env    | SESSION         | ALLOW  | HIDDEN
            sup-jx             | SESSION         | DENY   | DENY
            admin              | SESSION         | DENY   | DENY
            op-jx              | CONCLUDE        | DENY   | DENY
            clerk-jx           | CONCLUDE        | DENY   | DENY
            disp-jx            | CONCLUDE        | DENY   | DENY
            h-330483-env       | CONCLUDE        | ALLOW  | HIDDEN
            h-330421-transport | CONCLUDE        | HIDDEN | ALLOW
            med-330483-env     | CONCLUDE        | ALLOW  | HIDDEN
            med-330483         | CONCLUDE        | HIDDEN | HIDDEN
            head-330483-env    | CONCLUDE        | ALLOW  | HIDDEN
            sup-jx             | CONCLUDE        | DENY   | DENY
            admin              | CONCLUDE        | DENY   | DENY
            op-jx              | DECIDE          | DENY   | DENY
            clerk-jx           | DECIDE          | DENY   | DENY
            disp-jx            | DECIDE          | DENY   | DENY
            h-330483-env       | DECIDE          | DENY   | DENY
            med-330483-env     | DECIDE          | DENY   | DENY
            sup-330483         | DECIDE          | ALLOW  | HIDDEN
            sup-330483100      | DECIDE          | HIDDEN | HIDDEN
            sup-330483101      | DECIDE          | ALLOW  | HIDDEN
            sup-jx             | DECIDE          | ALLOW  | ALLOW
            admin              | DECIDE          | DENY   | DENY
            head-330483-env    | DECIDE          | DENY   | DENY
            op-jx              | SUPERVISE       | DENY   | DENY
            clerk-jx           | SUPERVISE       | DENY   | DENY
            disp-jx            | SUPERVISE       | DENY   | DENY
            h-330483-env       | SUPERVISE       | DENY   | DENY
            med-330483-env     | SUPERVISE       | DENY   | DENY
            sup-330483         | SUPERVISE       | ALLOW  | HIDDEN
            sup-330483100      | SUPERVISE       | HIDDEN | HIDDEN
            sup-330483101      | SUPERVISE       | ALLOW  | HIDDEN
            sup-jx             | SUPERVISE       | ALLOW  | ALLOW
            admin              | SUPERVISE       | DENY   | DENY
            head-330483-env    | SUPERVISE       | DENY   | DENY
            op-jx              | CLOSE_ESCALATED | DENY   | DENY
            clerk-jx           | CLOSE_ESCALATED | DENY   | DENY
            disp-jx            | CLOSE_ESCALATED | DENY   | DENY
            h-330483-env       | CLOSE_ESCALATED | DENY   | DENY
            med-330483-env     | CLOSE_ESCALATED | DENY   | DENY
            sup-330483         | CLOSE_ESCALATED | ALLOW  | HIDDEN
            sup-330483100      | CLOSE_ESCALATED | HIDDEN | HIDDEN
            sup-330483101      | CLOSE_ESCALATED | ALLOW  | HIDDEN
            sup-jx             | CLOSE_ESCALATED | ALLOW  | ALLOW
            admin              | CLOSE_ESCALATED | DENY   | DENY
            op-jx              | CALLBACK        | ALLOW  | ALLOW
            clerk-jx           | CALLBACK        | DENY   | DENY
            disp-jx            | CALLBACK        | DENY   | DENY
            h-330483-env       | CALLBACK        | DENY   | DENY
            med-330483-env     | CALLBACK        | DENY   | DENY
            head-330483-env    | CALLBACK        | DENY   | DENY
            sup-330483         | CALLBACK        | ALLOW  | HIDDEN
            sup-330483100      | CALLBACK        | HIDDEN | HIDDEN
            sup-jx             | CALLBACK        | ALLOW  | ALLOW
            admin              | CALLBACK        | DENY   | DENY
            op-jx              | WORKLIST        | DENY   | DENY
            clerk-jx           | WORKLIST        | DENY   | DENY
            disp-330483        | WORKLIST        | ALLOW  | HIDDEN
            disp-jx            | WORKLIST        | ALLOW  | ALLOW
            h-330483-env       | WORKLIST        | ALLOW  | HIDDEN
            h-330421-transport | WORKLIST        | HIDDEN | ALLOW
            med-330483         | WORKLIST        | HIDDEN | HIDDEN
            head-330483-env    | WORKLIST        | ALLOW  | HIDDEN
            sup-330483         | WORKLIST        | ALLOW  | HIDDEN
            sup-330483100      | WORKLIST        | HIDDEN | HIDDEN
            sup-jx             | WORKLIST        | ALLOW  | ALLOW
            admin              | WORKLIST        | ALLOW  | ALLOW
            op-jx              | RATES           | DENY   | DENY
            clerk-jx           | RATES           | DENY   | DENY
            h-330483-env       | RATES           | DENY   | DENY
            med-330483-env     | RATES           | DENY   | DENY
            disp-330483        | RATES           | ALLOW  | HIDDEN
            disp-jx            | RATES           | ALLOW  | ALLOW
            head-330483-env    | RATES           | ALLOW  | HIDDEN
            sup-330483         | RATES           | ALLOW  | HIDDEN
            sup-jx             | RATES           | ALLOW  | ALLOW
            admin-330483       | RATES           | ALLOW  | HIDDEN
            admin              | RATES           | ALLOW  | ALLOW
            """)
    void shouldAnswerAsTheMatrixSays(String caller, Action action, Outcome caseA, Outcome caseB) {
        check(caller, action, A, caseA);
        check(caller, action, B, caseB);
    }

    @Test
    void shouldShowATownshipSupervisorOnlyTheirTownshipAndTheCountySupervisorBoth() {
        String wuzhen = caseIn(WUZHEN, CaseState.OPEN);
        String puyuan = caseIn(A, CaseState.OPEN);

        List<String> seenByWuzhen = listedCaseIds("sup-330483100");
        assertThat(seenByWuzhen).contains(wuzhen).doesNotContain(puyuan);
        as("sup-330483100").get().uri("/api/cases/{id}", wuzhen).exchange().expectStatus().isOk();
        as("sup-330483100").get().uri("/api/cases/{id}", puyuan).exchange().expectStatus().isNotFound();
        assertThat(listedCaseIds("sup-330483101")).contains(puyuan).doesNotContain(wuzhen);
        assertThat(listedCaseIds("sup-330483")).contains(wuzhen, puyuan);
        assertThat(listedCaseIds("sup-jx")).contains(wuzhen, puyuan);
    }

    @Test
    void shouldAnswerAnEmptyListWhenAUnitsStaffAsksForAnotherUnitsCases() {
        String other = caseIn(B, CaseState.OPEN);

        as("h-330483-env").get().uri("/api/cases?unitId={u}", B.unitId()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        assertThat(listedCaseIds("h-330421-transport")).contains(other);
    }

    @Test
    void shouldAnswerAnOutOfScopeCaseExactlyLikeAnUnknownOne() {
        String other = caseIn(B, CaseState.OPEN);
        WebTestClient handler = as("h-330483-env");

        Map<?, ?> outOfScope = handler.get().uri("/api/cases/{id}", other).exchange()
                .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> unknown = handler.get().uri("/api/cases/{id}", "C-unknown").exchange()
                .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(outOfScope.keySet()).isEqualTo(unknown.keySet());
        assertThat(outOfScope.get("type")).isEqualTo(unknown.get("type")).isEqualTo("https://suqiu.org/problems/case-not-found");
        assertThat(outOfScope.get("title")).isEqualTo(unknown.get("title"));
    }

    @Test
    void shouldRecordTheCallerAsHandlerWhateverTheBodyNames() {
        String caseId = caseIn(A, CaseState.OPEN);

        as("h-330483-env").post().uri("/api/cases/{id}/accept", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("handler", "somebody-else")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.acceptedBy").isEqualTo("h-330483-env");
        as("h-330483-env").post().uri("/api/cases/{id}/resolve", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answer", "河道已清理。")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.resolvedBy").isEqualTo("h-330483-env");
    }

    @Test
    void shouldRefuseRequestsWithoutAValidTokenWith401() {
        String caseId = caseIn(A, CaseState.OPEN);
        String sub = "h-330483-env";
        List<Role> roles = List.of(Role.HANDLER);
        Map<String, String> badTokens = Map.of(
                "expired", issuer.expiredToken(sub, roles, A.unitId(), "330483"),
                "tampered", issuer.tamperedToken(sub, roles, A.unitId(), "330483"),
                "foreign issuer's key", issuer.foreignToken(sub, roles, A.unitId(), "330483"),
                "wrong audience", issuer.claims(sub).roles(roles).unitId(A.unitId()).jurisdiction("330483")
                        .audience("other-system").sign(),
                "another issuer named", issuer.claims(sub).roles(roles).unitId(A.unitId()).jurisdiction("330483")
                        .issuer("http://elsewhere.example").sign());

        for (String path : List.of("/api/cases", "/api/cases/" + caseId, "/api/cases/" + caseId + "/audit")) {
            web.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
            badTokens.forEach((why, token) -> web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().value(status -> assertThat(status).as(why + " on " + path).isEqualTo(401))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        web.post().uri("/api/cases/{id}/accept", caseId).exchange().expectStatus().isUnauthorized();
        assertThat(cases.byId(caseId).block().state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void shouldShowTheAuditTrailWithWhoWhatAndWhy() {
        String caseId = caseIn(A, CaseState.RESOLVED);

        as("head-330483-env").post().uri("/api/cases/{id}/close", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "RESOLVED", "reason", "答复已核实")).exchange()
                .expectStatus().isOk();
        as("head-330483-env").post().uri("/api/cases/{id}/close", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "RESOLVED", "reason", "again")).exchange()
                .expectStatus().isOk();

        as("sup-330483").get().uri("/api/cases/{id}/audit", caseId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("case.opened", "case.accepted", "case.resolved", "case.closed"))
                .jsonPath("$[*].id").isEqualTo(List.of(caseId + ":opened", caseId + ":accepted", caseId + ":resolved",
                        caseId + ":closed"))
                .jsonPath("$[0].actor.subject").isEqualTo("system:mediation-service")
                .jsonPath("$[0].details.to").isEqualTo("OPEN")
                .jsonPath("$[1].actor.subject").isEqualTo("setup-head-330483-env")
                .jsonPath("$[1].details.from").isEqualTo("OPEN")
                .jsonPath("$[1].details.to").isEqualTo("ACCEPTED")
                .jsonPath("$[3].actor.subject").isEqualTo("head-330483-env")
                .jsonPath("$[3].actor.roles").isEqualTo(List.of("UNIT_HEAD"))
                .jsonPath("$[3].actor.unitId").isEqualTo("330483-env")
                .jsonPath("$[3].reason").isEqualTo("答复已核实")
                .jsonPath("$[3].details.from").isEqualTo("RESOLVED")
                .jsonPath("$[3].details.to").isEqualTo("CLOSED")
                .jsonPath("$[3].at").exists();
    }

    // --- the matrix ------------------------------------------------------------------------------

    private void check(String caller, Action action, Place place, Outcome expected) {
        String caseId = caseIn(place, stateFor(action));
        Case before = cases.byId(caseId).block();
        WebTestClient client = as(caller);
        String subject = caller;
        String where = caller + " " + action + " " + place.name();
        WebTestClient.ResponseSpec response = switch (action) {
            case LIST -> client.get().uri("/api/cases?trackingNo={t}", trackingNoOf(caseId)).exchange();
            case WORKLIST -> client.get().uri("/api/reports/worklist?trackingNo={t}", trackingNoOf(caseId)).exchange();
            case RATES -> client.get().uri("/api/reports/rates?from={f}&to={t}&by=unit",
                    LocalDate.ofInstant(clock.instant(), BEIJING).minusDays(1), LocalDate.ofInstant(clock.instant(), BEIJING).plusDays(2))
                    .exchange();
            case VIEW -> client.get().uri("/api/cases/{id}", caseId).exchange();
            case AUDIT -> client.get().uri("/api/cases/{id}/audit", caseId).exchange();
            case ACCEPT -> post(client, caseId, "accept", Map.of());
            case RESOLVE -> post(client, caseId, "resolve", Map.of("answer", "已处理，感谢反映。"));
            case CLOSE -> post(client, caseId, "close", Map.of("outcome", "RESOLVED", "reason", "matrix"));
            case CLOSE_ESCALATED -> post(client, caseId, "close", Map.of("outcome", "UPHELD", "reason", "matrix"));
            case RETURN -> post(client, caseId, "return", Map.of("reason", "不属于本单位职责"));
            case START -> post(client, caseId, "start", Map.of("note", "电话联系"));
            case SUSPEND -> post(client, caseId, "suspend", Map.of("reason", "等待鉴定"));
            case RESUME -> post(client, caseId, "resume", Map.of());
            case EXTEND -> post(client, caseId, "extension", Map.of("reason", "需协调", "days", 2));
            case DECIDE -> post(client, caseId, "extension/decision", Map.of("approve", true));
            case SUPERVISE -> post(client, caseId, "supervise", Map.of("instructions", "三日内反馈"));
            case CALLBACK -> post(client, caseId, "call-back", Map.of("rating", "SATISFIED"));
            case MEDIATE -> post(client, caseId, "mediation", Map.of("kind", "PEOPLES", "mediator", "调解员李",
                    "parties", List.of("甲", "乙")));
            case SESSION -> post(client, caseId, "mediation/sessions", Map.of("heldAt", clock.instant().toString(),
                    "place", "调委会", "attendees", List.of("甲", "乙"), "agreed", "初步意见"));
            case CONCLUDE -> post(client, caseId, "mediation/conclusion", Map.of("outcome", "AGREEMENT", "terms", "乙赔偿甲",
                    "signedAt", clock.instant().toString()));
        };
        switch (expected) {
            case DENY -> response.expectStatus().value(s -> assertThat(s).as(where).isEqualTo(403))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            case REFUSED -> response.expectStatus().value(s -> assertThat(s).as(where).isEqualTo(409))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            case HIDDEN -> {
                if (action == Action.LIST || action == Action.WORKLIST) {
                    response.expectStatus().value(s -> assertThat(s).as(where).isEqualTo(200))
                            .expectBody().jsonPath("$.length()").isEqualTo(0);
                } else if (action == Action.RATES) {
                    response.expectStatus().value(s -> assertThat(s).as(where).isEqualTo(200))
                            .expectBody().jsonPath("$[?(@.key == '" + place.unitId() + "')]").doesNotExist();
                } else {
                    response.expectStatus().value(s -> assertThat(s).as(where).isEqualTo(404))
                            .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/case-not-found");
                }
            }
            case ALLOW -> {
                WebTestClient.BodyContentSpec body = response.expectStatus()
                        .value(s -> assertThat(s).as(where).isEqualTo(200)).expectBody();
                switch (action) {
                    case LIST, WORKLIST -> body.jsonPath("$[*].caseId").isEqualTo(List.of(caseId));
                    case RATES -> body.jsonPath("$[?(@.key == '" + place.unitId() + "')].assigned").exists();
                    case VIEW -> body.jsonPath("$.caseId").isEqualTo(caseId);
                    case AUDIT -> body.jsonPath("$[0].action").isEqualTo("case.opened");
                    case ACCEPT -> body.jsonPath("$.state").isEqualTo("ACCEPTED").jsonPath("$.acceptedBy").isEqualTo(subject);
                    case RESOLVE -> body.jsonPath("$.state").isEqualTo("RESOLVED").jsonPath("$.resolvedBy").isEqualTo(subject);
                    case CLOSE, CLOSE_ESCALATED -> body.jsonPath("$.state").isEqualTo("CLOSED");
                    case RETURN -> body.jsonPath("$.state").isEqualTo("RETURNED");
                    case START -> body.jsonPath("$.state").isEqualTo("IN_PROGRESS");
                    case RESUME -> body.jsonPath("$.state").isEqualTo("ACCEPTED");
                    case SUSPEND -> body.jsonPath("$.state").isEqualTo("SUSPENDED");
                    case EXTEND -> body.jsonPath("$.extension.requestedBy").isEqualTo(subject);
                    case DECIDE -> body.jsonPath("$.extension.decision").isEqualTo("APPROVED");
                    case SUPERVISE -> body.jsonPath("$.supervisions[0].by").isEqualTo(subject);
                    case CALLBACK -> body.jsonPath("$.state").isEqualTo("CALLED_BACK");
                    case MEDIATE, SESSION -> body.jsonPath("$.state").isEqualTo("IN_MEDIATION");
                    case CONCLUDE -> body.jsonPath("$.mediation.outcome").isEqualTo("AGREEMENT");
                }
            }
        }
        if (expected != Outcome.ALLOW) {
            Case after = cases.byId(caseId).block();
            assertThat(after.state()).as(where + ": unchanged").isEqualTo(before.state());
            assertThat(after.version()).as(where + ": unchanged").isEqualTo(before.version());
        }
    }

    private static Setup stateFor(Action action) {
        return switch (action) {
            case RESOLVE, START, SUSPEND, EXTEND, MEDIATE -> Setup.ACCEPTED;
            case CLOSE, CALLBACK -> Setup.RESOLVED;
            case RESUME -> Setup.SUSPENDED;
            case DECIDE -> Setup.EXTENSION_ASKED;
            case SESSION, CONCLUDE -> Setup.IN_MEDIATION;
            case CLOSE_ESCALATED -> Setup.ESCALATED;
            default -> Setup.OPEN;
        };
    }

    /** Where a case must stand for an action to be allowed. */
    enum Setup { OPEN, ACCEPTED, RESOLVED, SUSPENDED, EXTENSION_ASKED, IN_MEDIATION, ESCALATED }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String caseId, String action, Map<String, ?> body) {
        return client.method(HttpMethod.POST).uri("/api/cases/{id}/" + action, caseId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private WebTestClient as(String caller) {
        Caller who = CALLERS.get(caller);
        assertThat(who).as("caller " + caller + " is in CALLERS").isNotNull();
        String token = issuer.token(caller, List.of(who.role()), who.unitId(), who.jurisdiction());
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private List<String> listedCaseIds(String caller) {
        return as(caller).get().uri("/api/cases?limit=500").exchange()
                .expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(summary -> (String) summary.get("caseId")).toList();
    }

    /** A case opened as the consumer opens it, then brought to where the action needs it by its unit head and a supervisor. */
    private String caseIn(Place place, Setup setup) {
        String caseId = caseIn(place, setup == Setup.OPEN ? CaseState.OPEN
                : setup == Setup.RESOLVED || setup == Setup.ESCALATED ? CaseState.RESOLVED : CaseState.ACCEPTED);
        StaffMember head = new StaffMember("setup-head-" + place.unitId(), null, Set.of(Role.UNIT_HEAD), place.unitId(), null);
        StaffMember supervisor = new StaffMember("setup-sup", null, Set.of(Role.SUPERVISOR), null,
                JurisdictionScope.of(place.jurisdictionCode()));
        switch (setup) {
            case SUSPENDED -> handlingCase.suspend(caseId, head, "setup").block();
            case EXTENSION_ASKED -> handlingCase.requestExtension(caseId, head, "setup", 2).block();
            case IN_MEDIATION -> handlingCase.startMediation(caseId, head, MediationKind.PEOPLES, "m", List.of("甲", "乙")).block();
            case ESCALATED -> {
                handlingCase.callBack(caseId, supervisor, CallBackRating.DISSATISFIED, "setup").block();
                clock.advance(Duration.ofSeconds(1));
                handlingCase.resolve(caseId, head, "再次处理").block();
                clock.advance(Duration.ofSeconds(1));
                handlingCase.callBack(caseId, supervisor, CallBackRating.DISSATISFIED, "setup").block();
            }
            default -> {
            }
        }
        clock.advance(Duration.ofSeconds(1));
        return caseId;
    }

    /** A case opened as the consumer opens it, then brought to {@code state} by a head of its unit. */
    private String caseIn(Place place, CaseState state) {
        String grievanceId = "g-" + UUID.randomUUID();
        openingCase.open(new GrievanceAssigned(grievanceId, trackingNo(grievanceId), Channel.HOTLINE, "河道有异味",
                place.unitId(), place.unitName(), place.jurisdictionCode(), place.name(), "POINT_IN_POLYGON",
                "environment", 0.9, "rule-matrix", Urgency.NORMAL, 1, "routing-service", 1, clock.instant())).block();
        String caseId = Case.idFor(grievanceId);
        StaffMember head = new StaffMember("setup-head-" + place.unitId(), null, Set.of(Role.UNIT_HEAD), place.unitId(), null);
        if (state != CaseState.OPEN) {
            clock.advance(Duration.ofSeconds(1));
            handlingCase.accept(caseId, head).block();
        }
        if (state == CaseState.RESOLVED) {
            clock.advance(Duration.ofSeconds(1));
            handlingCase.resolve(caseId, head, "已处理").block();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(cases.byId(caseId).block().state()).isEqualTo(state);
        return caseId;
    }

    private static String trackingNo(String grievanceId) {
        return "T-" + grievanceId.substring(2, 14);
    }

    private static String trackingNoOf(String caseId) {
        return trackingNo(caseId.substring(2));
    }

    private record Place(String unitId, String unitName, String jurisdictionCode, String name) {
    }

    private record Caller(Role role, String unitId, String jurisdiction) {
    }
}
