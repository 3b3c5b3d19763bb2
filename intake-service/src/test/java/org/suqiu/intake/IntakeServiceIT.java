package org.suqiu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * intake-service against a real Kafka broker and a real MongoDB-wire server: submissions, the
 * relay, the tracking view and its consumers, dead letters, health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class IntakeServiceIT {

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake");
    private static final String RECEIVED_TYPE = GrievanceReceived.TYPE;
    private static final String ROUTED_DLQ = "grievance.routed.intake-service.dlq";
    private static final String LIFECYCLE_DLQ = "case.lifecycle.intake-service.dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TopicProbe received;
    private static TopicProbe deadLetters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.shared().issuerUri());
    }

    /** The receipt code each accepted submission answered, by tracking number: the citizen's proof. */
    private final Map<String, String> receiptCodes = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    private EventSeal eventSeal;

    @Autowired
    WebTestClient web;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoDatabase database;
    @LocalServerPort
    int port;

    @BeforeAll
    static void openProbes() {
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        received = TopicProbe.on(bootstrap, Topics.GRIEVANCE_RECEIVED);
        deadLetters = TopicProbe.on(bootstrap, ROUTED_DLQ, LIFECYCLE_DLQ);
    }

    @AfterAll
    static void closeProbes() {
        received.close();
        deadLetters.close();
    }

    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    // ---- POST /api/grievances -------------------------------------------------------------------

    @Test
    void shouldAcceptAGrievanceAndPublishGrievanceReceivedAsACloudEvent() {
        String externalId = "wx-msg-" + UUID.randomUUID();
        EntityExchangeResult<String> result = post("""
                {"channel":"WECHAT","externalId":"%s",
                 "text":"乌镇镇隆源路88号附近的KTV每天营业到凌晨两点，噪声扰民。",
                 "location":{"lat":30.7441,"lng":120.4862,"crs":"GCJ02"},
                 "address":"浙江省嘉兴市桐乡市乌镇镇隆源路88号",
                 "contact":{"name":"李先生","phone":"13900000000","email":"li@example.com"},
                 "categoryHint":"环境保护"}
                """.formatted(externalId));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode body = json(result.getResponseBody());
        String grievanceId = body.get("grievanceId").asString();
        String trackingNo = body.get("trackingNo").asString();
        assertThat(trackingNo).matches("SQ\\d{8}[0-9A-Z]{6}");
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("trackingUrl").asString()).isEqualTo("http://localhost:" + port + "/api/grievances/" + trackingNo);
        assertThat(result.getResponseHeaders().getLocation()).hasToString(body.get("trackingUrl").asString());
        assertThat(result.getResponseHeaders().get("Idempotent-Replayed")).isNull();

        TopicProbe.Received record = awaitReceived(grievanceId);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_id")).isEqualTo(grievanceId + ":received");
        assertThat(record.header("ce_source")).isEqualTo("/suqiu/intake-service");
        assertThat(record.header("ce_type")).isEqualTo(RECEIVED_TYPE);
        assertThat(record.header("ce_subject")).isEqualTo(grievanceId);
        assertThat(Instant.parse(record.header("ce_time"))).isBefore(Instant.now().plusSeconds(1));
        GrievanceReceived event = codec.json().readValue(record.value(), GrievanceReceived.class);
        assertThat(event.grievanceId()).isEqualTo(grievanceId);
        assertThat(event.trackingNo()).isEqualTo(trackingNo);
        assertThat(event.channel()).isEqualTo(Channel.WECHAT);
        assertThat(event.externalId()).isEqualTo(externalId);
        assertThat(event.text()).isEqualTo("乌镇镇隆源路88号附近的KTV每天营业到凌晨两点，噪声扰民。");
        assertThat(event.location().lat()).isEqualTo(30.7441);
        assertThat(event.location().lng()).isEqualTo(120.4862);
        assertThat(event.location().crs()).isEqualTo("GCJ02");
        assertThat(event.sealedAddress()).startsWith("v1:ev1:").doesNotContain("隆源路");
        assertThat(eventSeal.open(event.sealedAddress(), GrievanceReceived.ADDRESS_CONTEXT))
                .isEqualTo("浙江省嘉兴市桐乡市乌镇镇隆源路88号");
        assertThat(record.value())
                .as("no contact data travels").doesNotContain("13900000000").doesNotContain("李先生")
                .doesNotContain("li@example.com");
        assertThat(event.citizenKey()).matches("[0-9a-f]{64}");
        assertThat(event.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(event.categoryHint()).isEqualTo("环境保护");
        assertThat(event.receivedAt()).isNotNull();

        await().atMost(WAIT).until(() -> relay(document(grievanceId)).getString("state").equals("SENT"));
        assertThat(relay(document(grievanceId)).getDate("sentAt")).isNotNull();
    }

    @Test
    void shouldAnswerTheSameTrackingNumberAndStoreAndPublishNothingNewForTheSameKey() {
        String body = minimal("HOTLINE", "call-" + UUID.randomUUID(), "小区门口路灯坏了一个月");

        EntityExchangeResult<String> first = post(body);
        EntityExchangeResult<String> again = post(body);

        assertThat(first.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode firstBody = json(first.getResponseBody());
        JsonNode againBody = json(again.getResponseBody());
        String grievanceId = firstBody.get("grievanceId").asString();
        assertThat(againBody.get("trackingNo").asString()).isEqualTo(firstBody.get("trackingNo").asString());
        assertThat(againBody.get("grievanceId").asString()).isEqualTo(grievanceId);
        assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(firstBody.get("receiptCode").asString()).hasSize(6);
        assertThat(againBody.has("receiptCode")).as("the receipt code is handed out once").isFalse();
        assertThat(again.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(countByKey(json(body))).isEqualTo(1);

        awaitReceived(grievanceId);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> received.poll(r -> grievanceId.equals(r.key())).size() == 1);
    }

    @Test
    void shouldStoreOneSubmissionWhenIdenticalSubmissionsRace() {
        String body = minimal("WEB", "form-" + UUID.randomUUID(), "菜市场周边占道经营，早高峰通行困难");
        WebClient client = WebClient.create("http://127.0.0.1:" + port);

        List<ResponseEntity<String>> answers = Flux.range(0, 8)
                .flatMap(i -> client.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body).retrieve().toEntity(String.class), 8)
                .collectList()
                .block(WAIT);

        assertThat(answers).allMatch(answer -> answer.getStatusCode() == HttpStatus.ACCEPTED);
        assertThat(answers).extracting(answer -> json(answer.getBody()).get("trackingNo").asString()).containsOnly(
                json(answers.get(0).getBody()).get("trackingNo").asString());
        assertThat(answers).filteredOn(answer -> answer.getHeaders().getFirst("Idempotent-Replayed") == null)
                .as("exactly one request stored it").hasSize(1);
        assertThat(countByKey(json(body))).isEqualTo(1);

        String grievanceId = json(answers.get(0).getBody()).get("grievanceId").asString();
        awaitReceived(grievanceId);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> received.poll(r -> grievanceId.equals(r.key())).size() == 1);
    }

    @Test
    void shouldAcceptFiveThousandCharactersCountedAsCodePoints() {
        String emoji = "😡".repeat(5000);

        EntityExchangeResult<String> result = post(minimal("WEB", "emoji-" + UUID.randomUUID(), emoji));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void shouldRejectAMissingTextNamingTheField() {
        assertInvalid("""
                {"channel":"WEB","externalId":"%s"}
                """.formatted(UUID.randomUUID()), "text");
    }

    @Test
    void shouldRejectATextOfFiveThousandAndOneCharactersNamingTheField() {
        assertInvalid(minimal("WEB", UUID.randomUUID().toString(), "a".repeat(5001)), "text");
    }

    @Test
    void shouldRejectAnUnknownChannelNamingTheField() {
        assertInvalid(minimal("FAX", UUID.randomUUID().toString(), "路灯坏了"), "channel");
    }

    @Test
    void shouldRejectALatitudeAboveNinetyNamingTheField() {
        assertInvalid("""
                {"channel":"WEB","externalId":"%s","text":"路灯坏了","location":{"lat":91,"lng":120.7}}
                """.formatted(UUID.randomUUID()), "location.lat");
    }

    @Test
    void shouldRejectAnExternalIdWithBlanksAndABadPhoneNamingBothFields() {
        EntityExchangeResult<String> result = post("""
                {"channel":"WEB","externalId":"has blanks","text":"路灯坏了","contact":{"phone":"call me"}}
                """);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(json(result.getResponseBody()))).contains("externalId", "contact.phone");
    }

    @Test
    void shouldRejectMalformedJsonAsAProblem() {
        EntityExchangeResult<String> result = post("{\"channel\":\"WEB\",\"externalId\":\"x\",\"text\":");

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(result.getResponseBody()).get("type").asString()).isEqualTo("https://suqiu.org/problems/unreadable-request");
    }

    @Test
    void shouldRejectAnOversizedBodyWith413() {
        String huge = minimal("WEB", UUID.randomUUID().toString(), "x".repeat(300 * 1024));

        EntityExchangeResult<String> result = post(huge);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldRejectAFormPostWith415() {
        EntityExchangeResult<String> result = web.post().uri("/api/grievances").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("channel=WEB&externalId=x&text=y").exchange().expectBody(String.class).returnResult();

        assertThat(result.getStatus()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // ---- the relay ------------------------------------------------------------------------------

    @Test
    void shouldPublishASubmissionStoredBeforeACrash() {
        String grievanceId = UUID.randomUUID().toString();
        Instant storedAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
        Date receivedAt = Date.from(storedAt);
        Document leftPending = new Document("_id", grievanceId)
                .append("idempotencyKey", "MAILBOX:msg-" + grievanceId)
                .append("trackingNo", "SQ20261122" + grievanceId.replace("-", "").substring(0, 6).toUpperCase())
                .append("channel", "MAILBOX")
                .append("externalId", "msg-" + grievanceId)
                .append("text", "来信反映：村道塌陷，夜间无警示标志。")
                .append("receivedAt", receivedAt)
                .append("relay", new Document("state", "PENDING").append("attempts", 0)
                        .append("nextAttemptAt", receivedAt).append("leaseUntil", null).append("sentAt", null))
                .append("status", "RECEIVED")
                .append("updatedAt", receivedAt)
                .append("history", List.of(new Document("status", "RECEIVED").append("at", receivedAt)))
                .append("appliedEvents", List.of())
                .append("trackingVersion", 0L);
        Mono.from(submissions().insertOne(leftPending)).block(WAIT);

        TopicProbe.Received record = awaitReceived(grievanceId);

        assertThat(record.header("ce_id")).isEqualTo(grievanceId + ":received");
        GrievanceReceived event = codec.json().readValue(record.value(), GrievanceReceived.class);
        assertThat(event.channel()).isEqualTo(Channel.MAILBOX);
        assertThat(event.receivedAt()).isEqualTo(storedAt);
        await().atMost(WAIT).until(() -> relay(document(grievanceId)).getString("state").equals("SENT"));
        assertThat(relay(document(grievanceId)).getInteger("attempts")).isEqualTo(1);
    }

    // ---- the tracking view and its consumers ----------------------------------------------------

    @Test
    void shouldFollowTheGrievanceFromReceivedToResolvedAsEventsArrive() {
        JsonNode accepted = json(post(minimal("WEB", "form-" + UUID.randomUUID(), "小区门口路灯坏了一个月")).getResponseBody());
        String grievanceId = accepted.get("grievanceId").asString();
        String trackingNo = accepted.get("trackingNo").asString();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        JsonNode view = tracking(trackingNo);
        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("statusLabel").asString()).isEqualTo("已受理");
        assertThat(view.get("channel").asString()).isEqualTo("WEB");
        assertThat(view.get("history").size()).isEqualTo(1);
        assertThat(view.has("unit")).isFalse();
        assertThat(view.has("text") || view.has("contact") || view.has("address") || view.has("location")
                || view.has("externalId")).as("no personal data, no text").isFalse();

        GrievanceAssigned assigned = new GrievanceAssigned(grievanceId, trackingNo, Channel.WEB, "小区门口路灯坏了一个月",
                "unit-330402-city", "南湖区城市管理局", "330402", "南湖区", "POINT_IN_POLYGON", "市政设施", 0.9, "r-1",
                Urgency.NORMAL, 1, null, 1, t0.plusSeconds(60));
        send(Topics.GRIEVANCE_ROUTED, assigned, grievanceId + ":assigned");
        await().atMost(WAIT).until(() -> tracking(trackingNo).get("status").asString().equals("ASSIGNED"));
        view = tracking(trackingNo);
        assertThat(view.get("statusLabel").asString()).isEqualTo("已派单");
        assertThat(view.get("unit").get("id").asString()).isEqualTo("unit-330402-city");
        assertThat(view.get("unit").get("name").asString()).isEqualTo("南湖区城市管理局");
        assertThat(view.has("jurisdictionCode")).as("the citizen's view does not show it").isFalse();
        assertThat(document(grievanceId).getString("jurisdictionCode")).as("staff scope").isEqualTo("330402");
        assertThat(view.get("history").size()).isEqualTo(2);

        // the same assignment again, then an older triage decision arriving late
        send(Topics.GRIEVANCE_ROUTED, assigned, grievanceId + ":assigned");
        String lateTriage = grievanceId + ":triage";
        send(Topics.GRIEVANCE_ROUTED, new GrievanceSentToTriage(grievanceId, trackingNo, Channel.WEB, "low confidence",
                null, null, t0.plusSeconds(30)), lateTriage);
        awaitApplied(grievanceId, lateTriage);
        view = tracking(trackingNo);
        assertThat(view.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(view.get("history").size()).as("neither the duplicate nor the late event adds history").isEqualTo(2);

        send(Topics.CASE_LIFECYCLE, new CaseOpened("case-1", grievanceId, trackingNo, "unit-330402-city", "南湖区城市管理局",
                "330402", "市政设施", t0.plusSeconds(90), t0.plusSeconds(3600), t0.plusSeconds(86_400)), "case-1:opened");
        await().atMost(WAIT).until(() -> tracking(trackingNo).has("expectedBy"));
        assertThat(Instant.parse(tracking(trackingNo).get("expectedBy").asString())).isEqualTo(t0.plusSeconds(86_400));

        CaseAccepted acceptedByUnit = new CaseAccepted("case-1", grievanceId, trackingNo, "unit-330402-city", "handler-7",
                t0.plusSeconds(600));
        send(Topics.CASE_LIFECYCLE, acceptedByUnit, "case-1:accepted");
        await().atMost(WAIT).until(() -> tracking(trackingNo).get("status").asString().equals("ACCEPTED"));
        assertThat(tracking(trackingNo).get("statusLabel").asString()).isEqualTo("已签收");

        send(Topics.CASE_LIFECYCLE, new CaseResolved("case-1", grievanceId, trackingNo, "unit-330402-city",
                "路灯已于今日修复，感谢您的反映。", "handler-7", t0.plusSeconds(7200)), "case-1:resolved");
        await().atMost(WAIT).until(() -> tracking(trackingNo).get("status").asString().equals("RESOLVED"));

        // an acceptance arriving late under another event id must not move it back
        send(Topics.CASE_LIFECYCLE, acceptedByUnit, "case-1:accepted:redelivered");
        awaitApplied(grievanceId, "case-1:accepted:redelivered");
        view = tracking(trackingNo);
        assertThat(view.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(view.get("statusLabel").asString()).isEqualTo("已办结");
        assertThat(view.get("answer").asString()).isEqualTo("路灯已于今日修复，感谢您的反映。");
        assertThat(Instant.parse(view.get("updatedAt").asString())).isEqualTo(t0.plusSeconds(7200));
        assertThat(view.get("history")).extracting(h -> h.get("status").asString())
                .containsExactly("RECEIVED", "ASSIGNED", "ACCEPTED", "RESOLVED");
        assertThat(view.get("history").get(1).get("statusLabel").asString()).isEqualTo("已派单");
        assertThat(Instant.parse(view.get("history").get(1).get("at").asString())).isEqualTo(t0.plusSeconds(60));
    }

    @Test
    void shouldFindAGrievanceByATrackingNumberTypedInLowerCase() {
        String trackingNo = json(post(minimal("WEB", "form-" + UUID.randomUUID(), "井盖缺失")).getResponseBody())
                .get("trackingNo").asString();

        assertThat(tracking(trackingNo.toLowerCase()).get("trackingNo").asString()).isEqualTo(trackingNo);
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownOrMalformedTrackingNumber() {
        for (String unknown : List.of("SQ20261122ZZZZZZ", "not-a-number")) {
            EntityExchangeResult<String> result = web.get().uri("/api/grievances/{no}", unknown).exchange()
                    .expectBody(String.class).returnResult();

            assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(result.getResponseBody()).get("type").asString()).isEqualTo("https://suqiu.org/problems/grievance-not-found");
        }
    }

    @Test
    void shouldAnswerTheSame404ProblemForAKnownTrackingNumberWithoutOrWithAWrongProof() {
        String trackingNo = json(post(minimal("WEB", "form-" + UUID.randomUUID(), "井盖缺失")).getResponseBody())
                .get("trackingNo").asString();
        String wrongCode = receiptCodes.get(trackingNo).equals("222222") ? "333333" : "222222";

        for (String query : List.of("", "?code=" + wrongCode, "?phoneLast4=5678", "?code=", "?code=not-a-code")) {
            EntityExchangeResult<String> result = web.get().uri("/api/grievances/" + trackingNo + query).exchange()
                    .expectBody(String.class).returnResult();

            assertThat(result.getStatus()).as(query).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json(result.getResponseBody()).get("type").asString()).isEqualTo("https://suqiu.org/problems/grievance-not-found");
        }
    }

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicAndStillApplyTheNextEvent() {
        JsonNode accepted = json(post(minimal("WEB", "form-" + UUID.randomUUID(), "河道漂浮垃圾无人清理")).getResponseBody());
        String grievanceId = accepted.get("grievanceId").asString();
        String trackingNo = accepted.get("trackingNo").asString();
        String poisonId = "poison-" + UUID.randomUUID();

        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_ROUTED, grievanceId,
                Map.of("ce_specversion", "1.0", "ce_id", poisonId, "ce_source", "/suqiu/routing-service",
                        "ce_type", GrievanceAssigned.TYPE, "ce_subject", grievanceId, "content-type", "application/json"),
                "{\"grievanceId\": \"" + grievanceId + "\", oops");
        send(Topics.GRIEVANCE_ROUTED, new GrievanceAssigned(grievanceId, trackingNo, Channel.WEB, "河道漂浮垃圾无人清理",
                "unit-330402-water", "南湖区水利局", "330402", "南湖区", "POINT_IN_POLYGON", "水务", 0.8, "r-2",
                Urgency.NORMAL, 1, null, 1, Instant.parse("2026-11-22T04:00:00Z")), grievanceId + ":assigned");

        await().atMost(WAIT).until(() -> deadLetters.poll(r -> poisonId.equals(r.header("ce_id"))).size() == 1);
        TopicProbe.Received dead = deadLetters.poll(r -> poisonId.equals(r.header("ce_id"))).get(0);
        assertThat(dead.topic()).isEqualTo(ROUTED_DLQ);
        assertThat(dead.key()).isEqualTo(grievanceId);
        await().atMost(WAIT).until(() -> tracking(trackingNo).get("status").asString().equals("ASSIGNED"));
    }

    @Test
    void shouldSendALifecycleRecordWithoutATypeToItsDeadLetterTopic() {
        String poisonId = "untyped-" + UUID.randomUUID();

        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_LIFECYCLE, "g-untyped",
                Map.of("ce_specversion", "1.0", "ce_id", poisonId), "{}");

        await().atMost(WAIT).until(() -> deadLetters.poll(r -> poisonId.equals(r.header("ce_id"))).size() == 1);
        assertThat(deadLetters.poll(r -> poisonId.equals(r.header("ce_id"))).get(0).topic()).isEqualTo(LIFECYCLE_DLQ);
    }

    @Test
    void shouldIgnoreEventsAboutUnknownGrievancesAndEventTypesItDoesNotFollowWithoutDeadLettering() {
        JsonNode accepted = json(post(minimal("WEB", "form-" + UUID.randomUUID(), "公交站台顶棚破损")).getResponseBody());
        String grievanceId = accepted.get("grievanceId").asString();
        String trackingNo = accepted.get("trackingNo").asString();
        String unknownId = "unknown-" + UUID.randomUUID();
        String otherTypeId = "other-" + UUID.randomUUID();

        // same key as the real grievance, so all three go to one partition in this order
        Message<byte[]> aboutNobody = codec.toMessage(new CaseAccepted("case-x", "no-such-grievance", "SQ20261122XXXXXX",
                "u", "h", Instant.parse("2026-11-22T05:00:00Z")), unknownId);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_LIFECYCLE, grievanceId,
                textHeaders(aboutNobody), new String(aboutNobody.getPayload(), StandardCharsets.UTF_8));
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_LIFECYCLE, grievanceId,
                Map.of("ce_specversion", "1.0", "ce_id", otherTypeId, "ce_source", "/suqiu/mediation-service",
                        "ce_type", "suqiu.case.extended.v1", "ce_subject", grievanceId, "content-type", "application/json"),
                "{\"caseId\":\"case-2\"}");
        send(Topics.CASE_LIFECYCLE, new CaseAccepted("case-2", grievanceId, trackingNo, "unit-1", "handler-1",
                Instant.parse("2026-11-22T05:00:00Z")), "case-2:accepted");

        await().atMost(WAIT).until(() -> tracking(trackingNo).get("status").asString().equals("ACCEPTED"));
        assertThat(deadLetters.poll(r -> unknownId.equals(r.header("ce_id")) || otherTypeId.equals(r.header("ce_id")))).isEmpty();
    }

    // ---- health ---------------------------------------------------------------------------------

    @Test
    void shouldBeReadyWithMongoAndTheKafkaBinderInItsReadinessGroup() {
        await().atMost(WAIT).untilAsserted(() -> {
            EntityExchangeResult<String> readiness = web.get().uri("/actuator/health/readiness").exchange()
                    .expectBody(String.class).returnResult();
            assertThat(readiness.getStatus()).isEqualTo(HttpStatus.OK);
            JsonNode body = json(readiness.getResponseBody());
            assertThat(body.get("status").asString()).isEqualTo("UP");
            assertThat(body.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
            assertThat(body.get("components").get("binders").get("status").asString()).isEqualTo("UP");
            assertThat(body.get("components").get("readinessState").get("status").asString()).isEqualTo("UP");
        });
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private EntityExchangeResult<String> post(String body) {
        EntityExchangeResult<String> result = web.post().uri("/api/grievances").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectBody(String.class).returnResult();
        if (result.getStatus() == HttpStatus.ACCEPTED) {
            JsonNode receipt = json(result.getResponseBody());
            if (receipt.hasNonNull("receiptCode")) {
                receiptCodes.put(receipt.get("trackingNo").asString(), receipt.get("receiptCode").asString());
            }
        }
        return result;
    }

    private void assertInvalid(String body, String field) {
        EntityExchangeResult<String> result = post(body);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(result.getResponseBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(fields(problem)).contains(field);
        String externalId = json(body).path("externalId").asString();
        assertThat(Mono.from(submissions().countDocuments(Filters.eq("externalId", externalId))).block(WAIT))
                .as("nothing stored").isZero();
    }

    private static List<String> fields(JsonNode problem) {
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors in " + problem).isNotNull();
        return errors.valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static String minimal(String channel, String externalId, String text) {
        return "{\"channel\":\"" + channel + "\",\"externalId\":\"" + externalId + "\",\"text\":\"" + text + "\"}";
    }

    private JsonNode tracking(String trackingNo) {
        String code = receiptCodes.get(trackingNo.toUpperCase(java.util.Locale.ROOT));
        assertThat(code).as("receipt code of " + trackingNo).isNotNull();
        EntityExchangeResult<String> result = web.get().uri("/api/grievances/{no}?code={code}", trackingNo, code).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        return json(result.getResponseBody());
    }

    private void send(String topic, Event event, String eventId) {
        Message<byte[]> message = codec.toMessage(event, eventId);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), topic, event.subject(), textHeaders(message),
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    /** The record's headers as a CloudEvents producer on Kafka writes them: {@code ce_*} and {@code content-type}. */
    private static Map<String, String> textHeaders(Message<byte[]> message) {
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().keySet().stream().filter(name -> name.startsWith("ce_"))
                .forEach(name -> headers.put(name, EventCodec.header(message, name)));
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private TopicProbe.Received awaitReceived(String grievanceId) {
        await().atMost(WAIT).until(() -> !received.poll(r -> grievanceId.equals(r.key()) && RECEIVED_TYPE.equals(r.header("ce_type"))).isEmpty());
        return received.poll(r -> grievanceId.equals(r.key())).get(0);
    }

    private void awaitApplied(String grievanceId, String eventId) {
        await().atMost(WAIT).until(() -> document(grievanceId).getList("appliedEvents", String.class).contains(eventId));
    }

    private MongoCollection<Document> submissions() {
        return database.getCollection("submissions");
    }

    private Document document(String grievanceId) {
        return Mono.from(submissions().find(Filters.eq("_id", grievanceId)).first()).block(WAIT);
    }

    private static Document relay(Document submission) {
        return submission.get("relay", Document.class);
    }

    private long countByKey(JsonNode body) {
        String key = body.get("channel").asString() + ":" + body.get("externalId").asString();
        return Mono.from(submissions().countDocuments(Filters.eq("idempotencyKey", key))).block(WAIT);
    }

    private JsonNode json(String text) {
        return codec.json().readTree(text);
    }
}
