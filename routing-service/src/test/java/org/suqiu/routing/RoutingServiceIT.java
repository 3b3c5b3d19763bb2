package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.EventCodec;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** routing-service against a real Kafka broker and a real MongoDB-wire server, both on 127.0.0.1. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingServiceIT extends RoutingIntegrationTest {

    private static final String DLQ = Topics.GRIEVANCE_RECEIVED + ".routing-service.dlq";
    private static final Duration ROUTED_WITHIN = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Events as intake-service publishes them. */
    private static final EventCodec INTAKE = new EventCodec("/suqiu/intake-service", Clock.systemUTC());
    /** 桐乡市's centre as AMap publishes it, in GCJ-02. */
    private static final GeoPoint TONGXIANG_GCJ02 = new GeoPoint(30.629065, 120.551085, "GCJ02");

    @Autowired
    MongoDatabase database;

    @Autowired
    StreamBridge streamBridge;

    private TopicProbe routed;
    private TopicProbe units;
    private TopicProbe dlq;

    @BeforeAll
    void probes() {
        // the existing checks run as the city's administrator, who may see everything routing has
        web = as(adminToken());
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        routed = TopicProbe.on(bootstrap, Topics.GRIEVANCE_ROUTED);
        units = TopicProbe.on(bootstrap, Topics.DIRECTORY_UNITS);
        dlq = TopicProbe.on(bootstrap, DLQ);
    }

    @AfterAll
    void closeProbes() {
        routed.close();
        units.close();
        dlq.close();
    }

    private static GrievanceReceived grievance(GeoPoint location, String address, String text, String hint) {
        String id = UUID.randomUUID().toString();
        return new GrievanceReceived(id, "SQ-" + id.substring(0, 8), Channel.WEB, "ext-" + id, text, location, seal(address),
                "citizen-" + id, hint, Urgency.NORMAL, null, null, 0, Instant.parse("2026-11-20T08:00:00Z"));
    }

    /** Sends the event as intake does: through a binding, with the codec's CloudEvents headers. */
    private void send(GrievanceReceived event) {
        assertThat(streamBridge.send(Topics.GRIEVANCE_RECEIVED, INTAKE.toMessage(event))).isTrue();
    }

    /** The event's CloudEvents headers as a producer outside Spring would write them. */
    private static Map<String, String> ceHeaders(Message<byte[]> message) {
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                headers.put(name, value.toString());
            }
        });
        return headers;
    }

    private static void sendRaw(String key, Map<String, String> headers, String value) {
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_RECEIVED, key, headers, value);
    }

    private TopicProbe.Received routedEventOf(String grievanceId) {
        await().atMost(ROUTED_WITHIN).until(() -> !routed.poll(r -> grievanceId.equals(r.key())).isEmpty());
        return routed.poll(r -> grievanceId.equals(r.key())).get(0);
    }

    @Test
    void shouldAssignAGrievanceWithATongxiangPointAndAnEnvironmentHintToTheTongxiangBranch() {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, null, "工厂夜间排放刺鼻废气", "环境保护");
        send(grievance);

        TopicProbe.Received event = routedEventOf(grievance.grievanceId());

        assertThat(event.header("ce_type")).isEqualTo(GrievanceAssigned.TYPE);
        assertThat(event.header("ce_id")).isEqualTo(grievance.grievanceId() + ":routed");
        assertThat(event.header("ce_source")).isEqualTo("/suqiu/routing-service");
        assertThat(event.header("ce_subject")).isEqualTo(grievance.grievanceId());
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("ce_time")).isNotBlank();
        GrievanceAssigned assigned = JSON.readValue(event.value(), GrievanceAssigned.class);
        assertThat(assigned.unitId()).isEqualTo("330483-env");
        assertThat(assigned.unitName()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(assigned.jurisdictionCode()).isEqualTo("330483");
        assertThat(assigned.jurisdictionName()).isEqualTo("桐乡市");
        assertThat(assigned.jurisdictionMethod()).isEqualTo("POINT");
        assertThat(assigned.category()).isEqualTo("环境保护");
        assertThat(assigned.confidence()).isEqualTo(1.0);
        assertThat(assigned.ruleId()).isEqualTo("r-330483-env");
        assertThat(assigned.trackingNo()).isEqualTo(grievance.trackingNo());
        assertThat(assigned.channel()).isEqualTo(Channel.WEB);
        assertThat(assigned.text()).isEqualTo(grievance.text());
        assertThat(event.value()).doesNotContain("13800000000", "张三");
    }

    @Test
    void shouldAssignByTheAddressToTheCountyTransportBureauKeepingTheSubdistrict() {
        GrievanceReceived grievance = grievance(null, "嘉善县魏塘街道人民大道88号公交站", "公交站台顶棚破损漏雨", "交通运输");
        send(grievance);

        GrievanceAssigned assigned = JSON.readValue(routedEventOf(grievance.grievanceId()).value(), GrievanceAssigned.class);

        assertThat(assigned.unitId()).isEqualTo("330421-transport");
        assertThat(assigned.unitName()).isEqualTo("嘉善县交通运输局");
        assertThat(assigned.jurisdictionCode()).isEqualTo("330421001");
        assertThat(assigned.jurisdictionName()).isEqualTo("魏塘街道");
        assertThat(assigned.jurisdictionMethod()).isEqualTo("ADDRESS");
    }

    @Test
    void shouldStoreTheAddressEncryptedAndShowItInClearThroughTheApi() {
        String address = "嘉善县魏塘街道人民大道88号公交站";
        GrievanceReceived grievance = grievance(null, address, "公交站台顶棚破损漏雨", "交通运输");
        send(grievance);
        routedEventOf(grievance.grievanceId());

        Document stored = Mono.from(database.getCollection("decisions").find(Filters.eq("_id", grievance.grievanceId())).first()).block();
        assertThat(stored.get("trace", Document.class).get("input", Document.class).getString("address")).startsWith("v1:k1:");
        assertThat(stored.get("trace", Document.class).get("input", Document.class).getString("text")).startsWith("v1:k1:");
        assertThat(stored.toJson()).doesNotContain(address).doesNotContain("人民大道").doesNotContain("88号")
                .doesNotContain("顶棚破损漏雨");
        web.get().uri("/api/routing/decisions/{id}", grievance.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.trace.input.address").isEqualTo(address)
                .jsonPath("$.trace.input.text").isEqualTo("公交站台顶棚破损漏雨")
                .jsonPath("$.trace.jurisdictionSteps[0].method").isEqualTo("ADDRESS")
                .jsonPath("$.trace.jurisdictionSteps[0].candidates[0]").isEqualTo("330421001")
                .jsonPath("$.trace.jurisdictionSteps[0].placeNames").isNotEmpty();
    }

    @Test
    void shouldSendAGrievanceTheClassifierIsUnsureOfToTriage() {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, null, "有个情况想反映一下", null);
        send(grievance);

        TopicProbe.Received event = routedEventOf(grievance.grievanceId());

        assertThat(event.header("ce_type")).isEqualTo(GrievanceSentToTriage.TYPE);
        assertThat(event.header("ce_id")).isEqualTo(grievance.grievanceId() + ":routed");
        GrievanceSentToTriage triage = JSON.readValue(event.value(), GrievanceSentToTriage.class);
        assertThat(triage.reason()).isEqualTo("LOW_CONFIDENCE");
        assertThat(triage.jurisdictionCode()).isEqualTo("330483");
        assertThat(triage.category()).isNull();
    }

    @Test
    void shouldSendAGrievanceWithoutLocationOrPlaceNameToTriageAndListItThere() {
        GrievanceReceived grievance = grievance(null, null, "小区楼下烧烤店油烟太大", "环境保护");
        send(grievance);

        GrievanceSentToTriage triage = JSON.readValue(routedEventOf(grievance.grievanceId()).value(), GrievanceSentToTriage.class);

        assertThat(triage.reason()).isEqualTo("NO_JURISDICTION");
        assertThat(triage.category()).isEqualTo("环境保护");
        web.get().uri("/api/routing/triage?limit=500").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.grievanceId == '" + grievance.grievanceId() + "')].reason").isEqualTo("NO_JURISDICTION")
                .jsonPath("$[?(@.grievanceId == '" + grievance.grievanceId() + "')].trackingNo").isEqualTo(grievance.trackingNo());
    }

    @Test
    void shouldListTheTriageQueueNewestFirst() {
        GrievanceReceived older = grievance(null, null, "第一条没有地点的诉求", "环境保护");
        send(older);
        routedEventOf(older.grievanceId());
        GrievanceReceived newer = grievance(null, null, "第二条没有地点的诉求", "环境保护");
        send(newer);
        routedEventOf(newer.grievanceId());

        JsonNode queue = JSON.readTree(web.get().uri("/api/routing/triage").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        List<String> ids = queue.valueStream().map(item -> item.get("grievanceId").asString()).toList();
        assertThat(ids).containsSubsequence(newer.grievanceId(), older.grievanceId());
        List<Instant> times = queue.valueStream().map(item -> Instant.parse(item.get("sentAt").asString())).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldKeepOneDecisionAndRepublishItWithTheSameEventIdWhenTheSameEventArrivesTwice() {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, null, "河道发黑发臭", "环境保护");
        Message<byte[]> message = INTAKE.toMessage(grievance);
        // by hand and without a content-type header, as a plain Kafka producer would replay it
        Map<String, String> headers = ceHeaders(message);
        String payload = new String(message.getPayload(), java.nio.charset.StandardCharsets.UTF_8);

        sendRaw(grievance.grievanceId(), headers, payload);
        routedEventOf(grievance.grievanceId());
        sendRaw(grievance.grievanceId(), headers, payload);
        await().atMost(ROUTED_WITHIN).until(() -> routed.poll(r -> grievance.grievanceId().equals(r.key())).size() == 2);

        List<TopicProbe.Received> events = routed.poll(r -> grievance.grievanceId().equals(r.key()));
        assertThat(events).extracting(e -> e.header("ce_id")).containsOnly(grievance.grievanceId() + ":routed");
        assertThat(events.get(1).value()).isEqualTo(events.get(0).value());
        assertThat(Mono.from(database.getCollection("decisions").countDocuments(Filters.eq("_id", grievance.grievanceId())))
                .block()).isEqualTo(1L);
    }

    @Test
    void shouldDeadLetterAPoisonEventAndRouteTheNextOne() {
        String poisonId = UUID.randomUUID().toString();
        sendRaw(poisonId, Map.of("ce_specversion", "1.0", "ce_id", poisonId, "ce_source", "/test", "ce_subject", poisonId,
                "ce_type", GrievanceReceived.TYPE, "content-type", "application/json"), "{not json");
        GrievanceReceived next = grievance(TONGXIANG_GCJ02, null, "噪音扰民", "环境保护");
        send(next);

        await().atMost(ROUTED_WITHIN).until(() -> !dlq.poll(r -> poisonId.equals(r.key())).isEmpty());
        assertThat(dlq.poll(r -> poisonId.equals(r.key())).get(0).value()).isEqualTo("{not json");
        assertThat(routedEventOf(next.grievanceId()).header("ce_type")).isEqualTo(GrievanceAssigned.TYPE);
        assertThat(routed.poll(r -> poisonId.equals(r.key()))).isEmpty();
    }

    @Test
    void shouldPublishEveryUnitOfTheDirectoryToTheCompactedTopicAtStart() throws Exception {
        await().atMost(ROUTED_WITHIN).until(() -> units.ofType(UnitChanged.TYPE).stream()
                .map(TopicProbe.Received::key).collect(Collectors.toSet()).size() >= 59);

        // units an administrator created in another test (it-*) have versions of their own
        List<TopicProbe.Received> published = units.ofType(UnitChanged.TYPE).stream()
                .filter(r -> !r.key().startsWith("it-")).toList();
        assertThat(published.stream().map(TopicProbe.Received::key).collect(Collectors.toSet())).hasSize(59);
        assertThat(published).allSatisfy(r -> assertThat(r.header("ce_id")).isEqualTo(r.key() + ":v1"));
        UnitChanged env = JSON.readValue(published.stream().filter(r -> "330483-env".equals(r.key())).findFirst().orElseThrow().value(),
                UnitChanged.class);
        assertThat(env.name()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(env.parentUnitId()).isEqualTo("330483-gov");
        assertThat(env.jurisdictionCode()).isEqualTo("330483");
        assertThat(env.version()).isEqualTo(1);
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        try (Admin client = Admin.create(admin)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY_UNITS);
            assertThat(client.describeConfigs(Set.of(topic)).all().get().get(topic).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    @Test
    void shouldPublishToTheConfiguredTopicsOnlyNotToTopicsNamedAfterItsBindings() throws Exception {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, null, "垃圾清运不及时", "城乡建设");
        send(grievance);
        routedEventOf(grievance.grievanceId());

        try (Admin client = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
            assertThat(client.listTopics().names().get())
                    .contains(Topics.GRIEVANCE_ROUTED, Topics.DIRECTORY_UNITS)
                    .doesNotContain("routed", "units", "routed-out-0", "units-out-0");
        }
    }

    @Test
    void shouldServeTheDirectoryFromItsStore() {
        List<?> all = web.get().uri("/api/units").exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        // units an administrator created in another test (it-*) come on top of the seed
        assertThat(all.stream().map(u -> String.valueOf(((Map<?, ?>) u).get("unitId"))).filter(id -> !id.startsWith("it-")))
                .hasSize(59);
        web.get().uri("/api/units?jurisdictionCode=330483").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(8);
        web.get().uri("/api/units/330483-gov").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("桐乡市人民政府")
                .jsonPath("$.kind").isEqualTo("LOCAL_GOVERNMENT")
                .jsonPath("$.parentUnitId").isEqualTo("330400-gov")
                .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundAsAProblemForAnUnknownUnit() {
        web.get().uri("/api/units/nobody").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/unit-not-found");
    }

    @Test
    void shouldShowTheRuleTable() {
        web.get().uri("/api/routing/rules").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(52);
        web.get().uri("/api/routing/rules?category=环境保护&countyCode=330483").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].ruleId").isEqualTo("r-330483-env")
                .jsonPath("$[0].unitName").isEqualTo("嘉兴市生态环境局桐乡分局");
    }

    @Test
    void shouldShowTheDecisionWithItsTrace() {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, "桐乡市梧桐街道", "工地夜间施工噪音", "环境保护");
        send(grievance);
        routedEventOf(grievance.grievanceId());

        web.get().uri("/api/routing/decisions/{id}", grievance.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("ASSIGNED")
                .jsonPath("$.unitId").isEqualTo("330483-env")
                .jsonPath("$.eventId").isEqualTo(grievance.grievanceId() + ":routed")
                .jsonPath("$.decidedAt").isNotEmpty()
                .jsonPath("$.trace.input.trackingNo").isEqualTo(grievance.trackingNo())
                .jsonPath("$.trace.input.location.crs").isEqualTo("GCJ02")
                .jsonPath("$.trace.input.contact").doesNotExist()
                .jsonPath("$.trace.jurisdictionSteps[0].method").isEqualTo("POINT")
                .jsonPath("$.trace.jurisdictionSteps[0].outcome").isEqualTo("FOUND")
                .jsonPath("$.trace.jurisdictionSteps[0].candidates[0]").isEqualTo("330483")
                .jsonPath("$.trace.countyCode").isEqualTo("330483")
                .jsonPath("$.trace.classification.category").isEqualTo("环境保护")
                .jsonPath("$.trace.classification.source").isEqualTo("HINT")
                .jsonPath("$.trace.rulesConsidered[0].ruleId").isEqualTo("r-330483-env")
                .jsonPath("$.trace.winningRuleId").isEqualTo("r-330483-env");
        Document stored = Mono.from(database.getCollection("decisions").find(Filters.eq("_id", grievance.grievanceId())).first()).block();
        assertThat(stored.toJson()).doesNotContain("13800000000", "zhangsan@example.org", "张三");
    }

    @Test
    void shouldRecordTheDecisionInTheAuditTrailWithTheSystemActorAndTheRule() {
        GrievanceReceived grievance = grievance(TONGXIANG_GCJ02, null, "排污口夜间偷排", "环境保护");
        send(grievance);
        routedEventOf(grievance.grievanceId());

        web.get().uri("/api/routing/decisions/{id}/audit", grievance.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(grievance.grievanceId() + ":routed")
                .jsonPath("$[0].action").isEqualTo("grievance.routed")
                .jsonPath("$[0].resourceType").isEqualTo("grievance")
                .jsonPath("$[0].actor.subject").isEqualTo("system:routing-service")
                .jsonPath("$[0].reason").value(r -> assertThat((String) r).startsWith("rule r-330483-env of rule-set version "))
                .jsonPath("$[0].details.ruleId").isEqualTo("r-330483-env")
                .jsonPath("$[0].details.unitId").isEqualTo("330483-env")
                .jsonPath("$[0].at").isNotEmpty();
        Document entry = Mono.from(database.getCollection("audit").find(Filters.eq("_id", grievance.grievanceId() + ":routed")).first()).block();
        assertThat(entry.toJson()).doesNotContain("排污口夜间偷排", "13800000000", "张三");
    }

    @Test
    void shouldRecordTheSeedingOfEveryUnitInItsAuditTrail() {
        web.get().uri("/api/units/330483-env/audit").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo("330483-env:v1")
                .jsonPath("$[0].action").isEqualTo("unit.seeded")
                .jsonPath("$[0].actor.subject").isEqualTo("system:routing-service")
                .jsonPath("$[0].details.version").isEqualTo("1");
        assertThat(Mono.from(database.getCollection("audit").countDocuments(Filters.eq("action", "unit.seeded"))).block())
                .isEqualTo(59L);
        web.get().uri("/api/units/nobody/audit").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/unit-not-found");
    }

    @Test
    void shouldAnswerNotFoundAsAProblemForAGrievanceNotRouted() {
        web.get().uri("/api/routing/decisions/{id}", "no-such-grievance").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/decision-not-found")
                .jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void shouldAnswerBadRequestNamingTheParameterForAnInvalidLimit() {
        for (String limit : List.of("abc", "0", "501")) {
            web.get().uri("/api/routing/triage?limit=" + limit).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/invalid-request")
                    .jsonPath("$.errors[0].field").isEqualTo("limit");
        }
        web.get().uri("/api/units?jurisdictionCode=tongxiang").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("jurisdictionCode");
    }

    @Test
    void shouldBeReadyWithMongoAndTheBinderInTheReadinessGroup() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.binders.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
