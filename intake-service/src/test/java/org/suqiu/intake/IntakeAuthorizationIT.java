package org.suqiu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what in intake-service, against a real issuer, Kafka and the MongoDB-wire server: the
 * role × endpoint × scope matrix, refused tokens, the citizen's proofs, and no personal data in logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // own consumer groups: this context stays cached while IntakeServiceIT consumes the same topics
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-authorization-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-authorization-it",
        // nor replay the other ITs' backlog (poison records included) while these tests run
        "spring.cloud.stream.kafka.bindings.routedEvents-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.lifecycleEvents-in-0.consumer.start-offset=latest",
        // the matrix submits more than a citizen may per minute: RateLimitingFilterTest covers the limits
        "suqiu.intake.rate-limit.enabled=false"})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class IntakeAuthorizationIT {

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake-authz");
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CITY = "330400";
    private static final String IN_SCOPE = "330483";       // 桐乡市, inside 嘉兴市
    private static final String OUT_OF_SCOPE = "330102";   // 杭州市上城区

    /**
     * The matrix: each role (city-wide staff at 330400; unit staff of 桐乡 330483) on each endpoint,
     * for a grievance routed inside its scope and one routed outside (drafts: one of the hotline's
     * city and one of another city). 200-none: answered, but the out-of-scope grievance is not in the
     * list. open311: public, whoever asks.
     */
    private static final String MATRIX = """
            role        | view-in | view-out | history-in | history-out | track-with-code | submit | hotline-call | draft-in | draft-out | reply-in | reply-out | open311 | draft-edit | draft-edit-out | draft-submit-new | draft-submit-out | open311-report
            OPERATOR    | 200     | 404      | 200        | 200-none    | 200             | 202    | 200          | 200      | 404       | 403      | 403       | 200 | 200        | 404            | 202              | 404               | 201
            INBOX_CLERK | 200     | 404      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            DISPATCHER  | 200     | 404      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            HANDLER     | 403     | 403      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            MEDIATOR    | 403     | 403      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            UNIT_HEAD   | 403     | 403      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            SUPERVISOR  | 403     | 403      | 403        | 403         | 200             | 202    | 403          | 403      | 403       | 403      | 403       | 200 | 403        | 403            | 403              | 403               | 201
            ADMIN       | 200     | 404      | 200        | 200-none    | 200             | 202    | 403          | 403      | 403       | 200      | 404       | 200 | 403        | 403            | 403              | 403               | 201
            """;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    /** Grievances made once for the whole class: [in scope, out of scope]. */
    private static final Map<String, Filed> FILED = new ConcurrentHashMap<>();

    @Autowired
    WebTestClient web;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoDatabase database;

    record Filed(String grievanceId, String trackingNo, String receiptCode, String phone) {
    }

    @BeforeEach
    void grievancesInAndOutOfScope() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        FILED.computeIfAbsent("in", key -> routed(file("13800001111"), IN_SCOPE));
        FILED.computeIfAbsent("out", key -> routed(file("13800002222"), OUT_OF_SCOPE));
        DRAFTS.computeIfAbsent("in", key -> json(status(web.post().uri("/api/hotline/drafts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"callId\":\"call-" + UUID.randomUUID() + "\",\"callerNumber\":\"13800005555\",\"text\":\"噪声扰民\"}"),
                tokenOf(Role.OPERATOR), HttpStatus.CREATED)).get("draftId").asString());
        DRAFTS.computeIfAbsent("out", key -> {
            // a draft of another city's hotline sharing the store
            Mono.from(database.getCollection("hotline_drafts").insertOne(new Document("_id", "draft-hangzhou-1")
                    .append("callId", "call-hangzhou-1").append("city", "330100"))).block(WAIT);
            return "draft-hangzhou-1";
        });
    }

    /** A fresh draft of the hotline's city (submitting one changes it for good). */
    private String newDraft() {
        return json(status(web.post().uri("/api/hotline/drafts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"callId\":\"call-" + UUID.randomUUID() + "\",\"callerNumber\":\"13800005555\",\"text\":\"占道经营\"}"),
                tokenOf(Role.OPERATOR), HttpStatus.CREATED)).get("draftId").asString();
    }

    /** Drafts made once for the whole class: [in the hotline's city, in another city]. */
    private static final Map<String, String> DRAFTS = new ConcurrentHashMap<>();

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<String> columns = cells(lines.get(0));
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            for (int i = 1; i < columns.size(); i++) {
                cases.add(Arguments.of(Role.valueOf(cells.get(0)), columns.get(i), cells.get(i)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @MethodSource("matrix")
    void shouldAllowOrDenyEachRoleOnEachEndpointByScope(Role role, String endpoint, String expected) {
        String token = tokenOf(role);
        Filed in = FILED.get("in");
        Filed out = FILED.get("out");
        WebTestClient.RequestHeadersSpec<?> request = switch (endpoint) {
            case "view-in" -> web.get().uri("/api/grievances/by-id/{id}", in.grievanceId());
            case "view-out" -> web.get().uri("/api/grievances/by-id/{id}", out.grievanceId());
            case "history-in" -> web.get().uri("/api/callers/history?phone={p}", in.phone());
            case "history-out" -> web.get().uri("/api/callers/history?phone={p}", out.phone());
            case "track-with-code" -> web.get().uri("/api/grievances/{no}?code={code}", in.trackingNo(), in.receiptCode());
            case "submit" -> web.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(form("authz-" + UUID.randomUUID(), "13800003333", null, null));
            case "hotline-call" -> web.post().uri("/api/hotline/calls").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"callId\":\"call-" + UUID.randomUUID() + "\",\"callerNumber\":\"" + in.phone() + "\"}");
            case "draft-in" -> web.get().uri("/api/hotline/drafts/{id}", DRAFTS.get("in"));
            case "draft-out" -> web.get().uri("/api/hotline/drafts/{id}", DRAFTS.get("out"));
            case "reply-in" -> web.get().uri("/internal/grievances/{id}/reply-address", in.grievanceId());
            case "reply-out" -> web.get().uri("/internal/grievances/{id}/reply-address", out.grievanceId());
            case "open311" -> web.get().uri("/open311/v2/services.json");
            case "draft-edit" -> web.put().uri("/api/hotline/drafts/{id}", DRAFTS.get("in")).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"噪声扰民，晚上十点以后\"}");
            case "draft-edit-out" -> web.put().uri("/api/hotline/drafts/{id}", DRAFTS.get("out")).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"噪声扰民\"}");
            case "draft-submit-new" -> web.post().uri("/api/hotline/drafts/{id}/submit", role == Role.OPERATOR ? newDraft() : DRAFTS.get("in"));
            case "draft-submit-out" -> web.post().uri("/api/hotline/drafts/{id}/submit", DRAFTS.get("out"));
            case "open311-report" -> web.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("api_key=suqiu-demo-open311-key&service_code=" + org.suqiu.intake.open311.model.OpenService.codeOf(
                            "城乡建设", "城市建设和市政管理", "城市公共设施") + "&lat=30.75&long=120.75&description=test");
            default -> throw new IllegalArgumentException(endpoint);
        };
        EntityExchangeResult<String> result = request.header("Authorization", "Bearer " + token).exchange()
                .expectBody(String.class).returnResult();

        int status = Integer.parseInt(expected.substring(0, 3));
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        if (status >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        if (endpoint.equals("hotline-call") && status == 200) {
            assertThat(json(result.getResponseBody()).get("recentGrievances").valueStream()
                    .map(g -> g.get("grievanceId").asString())).contains(in.grievanceId());
            assertThat(result.getResponseBody()).doesNotContain(in.phone());
        }
        if (endpoint.startsWith("history") && status == 200) {
            List<String> ids = json(result.getResponseBody()).get("grievances").valueStream()
                    .map(g -> g.get("grievanceId").asString()).toList();
            Filed asked = endpoint.equals("history-in") ? in : out;
            if (expected.equals("200-none")) {
                assertThat(ids).doesNotContain(asked.grievanceId());
            } else {
                assertThat(ids).contains(asked.grievanceId());
            }
        }
    }

    @Test
    void shouldShowUnroutedGrievancesToCityStaffOnlyAndOutOfJurisdictionAs404() {
        Filed unrouted = file("13800004444");
        String cityOperator = issuer.token("op-city", List.of(Role.OPERATOR), null, CITY);
        String countyOperator = issuer.token("op-county", List.of(Role.OPERATOR), null, IN_SCOPE);
        String otherCountyDispatcher = issuer.token("disp-other", List.of(Role.DISPATCHER), null, "330421");

        status(web.get().uri("/api/grievances/by-id/{id}", unrouted.grievanceId()), cityOperator, HttpStatus.OK);
        status(web.get().uri("/api/grievances/by-id/{id}", unrouted.grievanceId()), countyOperator, HttpStatus.NOT_FOUND);
        status(web.get().uri("/api/grievances/by-id/{id}", FILED.get("in").grievanceId()), countyOperator, HttpStatus.OK);
        status(web.get().uri("/api/grievances/by-id/{id}", FILED.get("in").grievanceId()), otherCountyDispatcher,
                HttpStatus.NOT_FOUND);
        status(web.get().uri("/api/grievances/by-id/{id}", "no-such-grievance"), cityOperator, HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRefuseMissingExpiredTamperedForeignAndWrongAudienceTokensWith401Problems() {
        String id = FILED.get("in").grievanceId();
        List<String> bad = List.of(
                issuer.expiredToken("op", List.of(Role.OPERATOR), null, CITY),
                issuer.tamperedToken("op", List.of(Role.OPERATOR), null, CITY),
                issuer.foreignToken("op", List.of(Role.OPERATOR), null, CITY),
                issuer.claims("op").roles(List.of("OPERATOR")).jurisdiction(CITY).audience("other").sign(),
                issuer.claims("op").roles(List.of("OPERATOR")).jurisdiction(CITY).issuer("http://elsewhere").sign());

        EntityExchangeResult<String> none = web.get().uri("/api/grievances/by-id/{id}", id).exchange()
                .expectBody(String.class).returnResult();
        assertThat(none.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(none.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        for (String token : bad) {
            EntityExchangeResult<String> result = web.get().uri("/api/callers/history?phone=13800001111")
                    .header("Authorization", "Bearer " + token).exchange().expectBody(String.class).returnResult();
            assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void shouldLetTheCitizenTrackWithThePhonesLastFourDigitsAndNothingElse() {
        Filed filed = FILED.get("in");

        status(web.get().uri("/api/grievances/{no}?phoneLast4=1111", filed.trackingNo()), null, HttpStatus.OK);
        status(web.get().uri("/api/grievances/{no}?phoneLast4=2222", filed.trackingNo()), null, HttpStatus.NOT_FOUND);
        status(web.get().uri("/api/grievances/{no}", filed.trackingNo()), null, HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRejectACallerHistoryWithoutAPhoneNumberNamingTheField() {
        EntityExchangeResult<String> result = web.get().uri("/api/callers/history?phone=abc")
                .header("Authorization", "Bearer " + tokenOf(Role.OPERATOR)).exchange().expectBody(String.class).returnResult();

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(result.getResponseBody()).get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    @Test
    void shouldKeepTheCitizensPersonalDataOutOfTheLogsAndTheStoreAndMaskItForStaff(CapturedOutput output) {
        String name = "测试居民甲";
        String phone = "13912345678";
        String idNumber = "330483199001011234";
        String email = "ceshi.jia@example.com";
        String body = form("log-" + UUID.randomUUID(), phone, name, email)
                .replace("\"text\":", "\"address\":\"桐乡市梧桐街道某小区 身份证" + idNumber + "\",\"text\":");
        JsonNode receipt = json(web.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody());
        String grievanceId = receipt.get("grievanceId").asString();
        String trackingNo = receipt.get("trackingNo").asString();

        await().atMost(WAIT).until(() -> "SENT".equals(document(grievanceId).get("relay", Document.class).getString("state")));
        status(web.get().uri("/api/grievances/{no}?phoneLast4=5678", trackingNo), null, HttpStatus.OK);
        JsonNode staffView = json(status(web.get().uri("/api/grievances/by-id/{id}", grievanceId), tokenOf(Role.OPERATOR),
                HttpStatus.OK));
        JsonNode history = json(status(web.get().uri("/api/callers/history?phone={p}", phone), tokenOf(Role.OPERATOR),
                HttpStatus.OK));

        assertThat(staffView.get("contact").get("phone").asString()).isEqualTo("139****5678");
        assertThat(staffView.get("text").asString()).isEqualTo("路灯坏了一个月");
        assertThat(staffView.toString()).doesNotContain(name, phone, idNumber, email);
        assertThat(history.get("grievances").valueStream().map(g -> g.get("grievanceId").asString())).contains(grievanceId);
        assertThat(history.toString()).doesNotContain(name, phone, idNumber, email);
        assertThat(document(grievanceId).toJson()).as("sealed at rest").doesNotContain(name, phone, idNumber, email);
        assertThat(output.getAll()).contains(grievanceId).doesNotContain(name, phone, idNumber, email, "5678");
    }

    @Test
    void shouldTakeACallLinkTheRepeatAndSubmitItAsAnUrgentHotlineGrievanceOfTheCity() {
        String operator = tokenOf(Role.OPERATOR);
        Filed earlier = FILED.get("in");
        String callId = "call-" + UUID.randomUUID();
        TopicProbe received = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), "grievance.received");
        try (received) {
            JsonNode call = json(status(web.post().uri("/api/hotline/calls").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"callId\":\"" + callId + "\",\"callerNumber\":\"" + earlier.phone() + "\"}"), operator, HttpStatus.OK));
            assertThat(call.get("callerNumber").asString()).isEqualTo("138****1111");
            assertThat(call.get("recentGrievances").valueStream().map(g -> g.get("trackingNo").asString())).contains(earlier.trackingNo());

            JsonNode draft = json(status(web.post().uri("/api/hotline/drafts").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"callId\":\"" + callId + "\",\"callerNumber\":\"" + earlier.phone()
                            + "\",\"text\":\"路灯还是没修好\",\"address\":\"桐乡市梧桐街道某路\",\"urgency\":\"一般\",\"category\":\"城乡建设\"}"),
                    operator, HttpStatus.CREATED));
            String draftId = draft.get("draftId").asString();
            assertThat(draft.get("urgencyLabel").asString()).isEqualTo("一般");
            assertThat(draft.get("state").asString()).isEqualTo("OPEN");

            EntityExchangeResult<String> unknownRepeat = web.put().uri("/api/hotline/drafts/{id}", draftId)
                    .header("Authorization", "Bearer " + operator).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"路灯还是没修好\",\"relatedTrackingNo\":\"SQ20200101AAAAAA\"}")
                    .exchange().expectBody(String.class).returnResult();
            assertThat(unknownRepeat.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json(unknownRepeat.getResponseBody()).get("errors").get(0).get("field").asString()).isEqualTo("relatedTrackingNo");

            JsonNode edited = json(status(web.put().uri("/api/hotline/drafts/{id}", draftId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"路灯还是没修好，第二次反映\",\"urgency\":\"紧急\",\"callbackWanted\":true,"
                            + "\"relatedTrackingNo\":\"" + earlier.trackingNo() + "\"}"), operator, HttpStatus.OK));
            assertThat(edited.get("urgency").asString()).isEqualTo("URGENT");

            JsonNode submitted = json(status(web.post().uri("/api/hotline/drafts/{id}/submit", draftId), operator, HttpStatus.ACCEPTED));
            String grievanceId = submitted.get("grievanceId").asString();
            assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
            assertThat(json(status(web.post().uri("/api/hotline/drafts/{id}/submit", draftId), operator, HttpStatus.ACCEPTED))
                    .get("trackingNo").asString()).as("a repeated submit").isEqualTo(submitted.get("trackingNo").asString());
            status(web.put().uri("/api/hotline/drafts/{id}", draftId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"再改\"}"), operator, HttpStatus.CONFLICT);

            await().atMost(WAIT).until(() -> !received.poll(r -> grievanceId.equals(r.key())).isEmpty());
            JsonNode event = json(received.poll(r -> grievanceId.equals(r.key())).get(0).value());
            assertThat(event.get("channel").asString()).isEqualTo("HOTLINE");
            assertThat(event.get("externalId").asString()).isEqualTo(callId);
            assertThat(event.get("urgency").asString()).isEqualTo("URGENT");
            assertThat(event.get("homeJurisdiction").asString()).isEqualTo(CITY);
            assertThat(event.get("relatedTrackingNo").asString()).isEqualTo(earlier.trackingNo());

            List<Document> trail = Flux.from(database.getCollection("audit").find(Filters.eq("resourceId", draftId))).collectList().block(WAIT);
            assertThat(trail).extracting(entry -> entry.getString("action"))
                    .contains("hotline-draft.created", "hotline-draft.edited", "hotline-draft.submitted");
            List<Document> reads = Flux.from(database.getCollection("audit").find(Filters.and(
                    Filters.eq("resourceId", earlier.grievanceId()), Filters.eq("reason", "POST /api/hotline/calls")))).collectList().block(WAIT);
            assertThat(reads).as("the caller's history shown is a read on the trail").isNotEmpty();
            assertThat(reads.get(0).get("actor", Document.class).getString("subject")).isEqualTo("t-OPERATOR");
        }
    }

    @Test
    void shouldRefuseADraftFromAnOperatorOfAnotherCity() {
        String hangzhou = issuer.token("op-hz", List.of(Role.OPERATOR), null, "330100");

        status(web.post().uri("/api/hotline/drafts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"callId\":\"call-" + UUID.randomUUID() + "\",\"callerNumber\":\"13800006666\",\"text\":\"噪声\"}"),
                hangzhou, HttpStatus.FORBIDDEN);
        status(web.get().uri("/api/hotline/drafts/{id}", DRAFTS.get("in")), hangzhou, HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldTellNotificationServiceHowToReachTheCitizenAndAuditIt() {
        Filed filed = FILED.get("out");
        String service = issuer.claims("notification-service").claim("scope", "suqiu.internal").sign();
        String nobody = issuer.claims("some-client").claim("scope", "other").sign();

        JsonNode reply = json(status(web.get().uri("/internal/grievances/{id}/reply-address", filed.grievanceId()), service,
                HttpStatus.OK));
        status(web.get().uri("/internal/grievances/{id}/reply-address", filed.grievanceId()), nobody, HttpStatus.FORBIDDEN);

        assertThat(reply.get("channel").asString()).isEqualTo("WEB");
        assertThat(reply.get("phone").asString()).as("unmasked: it is for sending the reply").isEqualTo(filed.phone());
        List<Document> trail = Flux.from(database.getCollection("audit").find(Filters.and(Filters.eq("resourceId", filed.grievanceId()),
                Filters.eq("action", "reply-address.read")))).collectList().block(WAIT);
        assertThat(trail).extracting(entry -> entry.get("actor", Document.class).getString("subject")).contains("notification-service");
    }

    @Test
    void shouldWriteEachStaffReadOfPersonalDataToTheAuditTrail() {
        Filed filed = FILED.get("in");
        String dispatcher = issuer.token("disp-audit", List.of(Role.DISPATCHER), null, CITY);

        status(web.get().uri("/api/grievances/by-id/{id}", filed.grievanceId()), dispatcher, HttpStatus.OK);

        List<Document> trail = Flux.from(database.getCollection("audit").find(Filters.and(Filters.eq("resourceId", filed.grievanceId()),
                Filters.eq("actor.subject", "disp-audit")))).collectList().block(WAIT);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).getString("action")).isEqualTo("personal-data.read");
        assertThat(trail.get(0).getString("reason")).isEqualTo("GET /api/grievances/by-id/{grievanceId}");
        assertThat(trail.get(0).getDate("at")).isNotNull();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    private static String tokenOf(Role role) {
        return switch (role) {
            case HANDLER, UNIT_HEAD -> issuer.token("t-" + role, List.of(role), "330483-env", IN_SCOPE);
            case MEDIATOR -> issuer.token("t-" + role, List.of(role), "330483-gov", IN_SCOPE);
            default -> issuer.token("t-" + role, List.of(role), null, CITY);
        };
    }

    private String status(WebTestClient.RequestHeadersSpec<?> request, String token, HttpStatus expected) {
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        EntityExchangeResult<String> result = request.exchange().expectBody(String.class).returnResult();
        assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(expected);
        return result.getResponseBody();
    }

    private static String form(String externalId, String phone, String name, String email) {
        return "{\"channel\":\"WEB\",\"externalId\":\"" + externalId + "\",\"contact\":{\"phone\":\"" + phone + "\""
                + (name == null ? "" : ",\"name\":\"" + name + "\"") + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + "},\"text\":\"路灯坏了一个月\"}";
    }

    private Filed file(String phone) {
        JsonNode receipt = json(web.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(form("authz-" + UUID.randomUUID(), phone, null, null))
                .exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody());
        return new Filed(receipt.get("grievanceId").asString(), receipt.get("trackingNo").asString(),
                receipt.get("receiptCode").asString(), phone);
    }

    /** As routing would have it (the event path is covered by IntakeServiceIT): the grievance now has a jurisdiction. */
    private Filed routed(Filed filed, String jurisdictionCode) {
        Mono.from(submissions().updateOne(Filters.eq("_id", filed.grievanceId()),
                Updates.set("jurisdictionCode", jurisdictionCode))).block(WAIT);
        return filed;
    }

    private MongoCollection<Document> submissions() {
        return database.getCollection("submissions");
    }

    private Document document(String grievanceId) {
        return Mono.from(submissions().find(Filters.eq("_id", grievanceId)).first()).block(WAIT);
    }

    private JsonNode json(String text) {
        return codec.json().readTree(text);
    }
}
