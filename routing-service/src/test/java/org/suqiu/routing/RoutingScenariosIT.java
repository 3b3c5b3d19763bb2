package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseReturned;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceLinked;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.contracts.routing.LinkKind;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * The issue's paths end to end, through the real broker and store: the done-when scenarios (no
 * hint: the classifier and the address decide), 重复件, 退单 up to triage, the triage queue and a
 * dispatcher's assignment, the preview, and the administrators' rule and unit changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingScenariosIT extends RoutingIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventCodec INTAKE = new EventCodec("/suqiu/intake-service", Clock.systemUTC());
    private static final EventCodec MEDIATION = new EventCodec("/suqiu/mediation-service", Clock.systemUTC());
    /** 乌镇 as a phone's GPS gives it. */
    private static final GeoPoint WUZHEN_WGS84 = new GeoPoint(30.7454, 120.4870, "WGS84");

    @Autowired
    StreamBridge streamBridge;

    private TopicProbe routed;
    private TopicProbe units;
    private WebTestClient admin;
    private WebTestClient dispatcher;

    @BeforeAll
    void probes() {
        admin = as(adminToken());
        dispatcher = as(ISSUER.token("disp-jx", List.of(Role.DISPATCHER), null, "330400"));
        routed = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_ROUTED);
        units = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_UNITS);
    }

    @AfterAll
    void closeProbes() {
        routed.close();
        units.close();
    }

    private static GrievanceReceived grievance(GeoPoint location, String address, String text, String hint, String citizen) {
        String id = UUID.randomUUID().toString();
        return new GrievanceReceived(id, "SQ-" + id.substring(0, 8), Channel.HOTLINE, "ext-" + id, text, location, seal(address),
                citizen, hint, Urgency.NORMAL, "330400", null, 0, Instant.parse("2026-11-20T08:00:00Z"));
    }

    private void send(GrievanceReceived event) {
        assertThat(streamBridge.send(Topics.GRIEVANCE_RECEIVED, INTAKE.toMessage(event))).isTrue();
    }

    private void returned(GrievanceReceived g, String unitId) {
        CaseReturned event = new CaseReturned("case-" + g.grievanceId() + "-" + unitId, g.grievanceId(), g.trackingNo(), unitId,
                "不属于本单位职责", "h-" + unitId, Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(streamBridge.send(Topics.CASE_LIFECYCLE, MEDIATION.toMessage(event))).isTrue();
    }

    /** The event published for a grievance with this event id. */
    private TopicProbe.Received event(String grievanceId, String eventId) {
        await().atMost(WITHIN).until(() -> routed.poll(r -> grievanceId.equals(r.key()) && eventId.equals(r.header("ce_id")))
                .size() == 1);
        return routed.poll(r -> grievanceId.equals(r.key()) && eventId.equals(r.header("ce_id"))).get(0);
    }

    @Test
    void shouldSendAFactorySmellInWuzhenToTheCountysEnvironmentBureauWithAReadableTrace() {
        GrievanceReceived g = grievance(null, null, DoneWhenScenariosTest.FACTORY_SMELL, null, "c-" + UUID.randomUUID());
        send(g);

        GrievanceAssigned assigned = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed").value(),
                GrievanceAssigned.class);
        assertThat(assigned.unitId()).isEqualTo("330483-env");
        assertThat(assigned.unitName()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(assigned.category()).isEqualTo("环境保护");
        assertThat(assigned.jurisdictionCode()).isEqualTo("330483100");
        assertThat(assigned.jurisdictionMethod()).isEqualTo("ADDRESS");
        assertThat(assigned.ruleVersion()).isNotNull();
        assertThat(assigned.assignedBy()).isNull();
        assertThat(assigned.attempt()).isZero();
        assertThat(assigned.urgency()).isEqualTo(Urgency.NORMAL);
        admin.get().uri("/api/routing/decisions/{id}", g.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.trace.classification.source").isEqualTo("MODEL")
                .jsonPath("$.trace.classification.scores[0].category").isEqualTo("环境保护")
                .jsonPath("$.trace.jurisdictionSteps[0].placeNames[0].name").isEqualTo("乌镇")
                .jsonPath("$.trace.rulesConsidered[0].ruleId").isEqualTo("r-330483-env")
                .jsonPath("$.trace.winningRuleId").isEqualTo("r-330483-env")
                .jsonPath("$.ruleVersion").isNumber();
    }

    @Test
    void shouldSendABrokenRoadInPuyuanToPuyuansGovernment() {
        GrievanceReceived g = grievance(null, null, DoneWhenScenariosTest.BROKEN_ROAD, null, "c-" + UUID.randomUUID());
        send(g);

        GrievanceAssigned assigned = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed").value(),
                GrievanceAssigned.class);
        assertThat(assigned.unitId()).isEqualTo("330483101-gov");
        assertThat(assigned.unitName()).isEqualTo("濮院镇人民政府");
        assertThat(assigned.jurisdictionCode()).isEqualTo("330483101");
        assertThat(assigned.ruleId()).isEqualTo("r-330483101-transport");
    }

    @Test
    void shouldLinkTheSameCitizensSimilarGrievanceAsARepeatInsteadOfAssigningItAgain() {
        String citizen = "c-" + UUID.randomUUID();
        GrievanceReceived first = grievance(WUZHEN_WGS84, null, "小区门口的垃圾桶好几天没人清运，臭气熏天，苍蝇乱飞", "城乡建设", citizen);
        send(first);
        event(first.grievanceId(), first.grievanceId() + ":routed");
        GrievanceReceived again = grievance(WUZHEN_WGS84, null, "又来反映：小区门口垃圾桶好几天没有清运，臭气熏天", "城乡建设", citizen);
        send(again);

        TopicProbe.Received linked = event(again.grievanceId(), again.grievanceId() + ":routed");
        assertThat(linked.header("ce_type")).isEqualTo(GrievanceLinked.TYPE);
        GrievanceLinked link = JSON.readValue(linked.value(), GrievanceLinked.class);
        assertThat(link.kind()).isEqualTo(LinkKind.REPEAT);
        assertThat(link.linkedGrievanceId()).isEqualTo(first.grievanceId());
        assertThat(link.linkedTrackingNo()).isEqualTo(first.trackingNo());
        assertThat(link.similarity()).isGreaterThanOrEqualTo(0.5);
        admin.get().uri("/api/routing/decisions/{id}", again.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("LINKED")
                .jsonPath("$.unitId").doesNotExist();
        // another citizen with the same words is not a repeat
        GrievanceReceived other = grievance(WUZHEN_WGS84, null, "小区门口的垃圾桶好几天没人清运，臭气熏天，苍蝇乱飞", "城乡建设",
                "c-" + UUID.randomUUID());
        send(other);
        assertThat(event(other.grievanceId(), other.grievanceId() + ":routed").header("ce_type")).isEqualTo(GrievanceAssigned.TYPE);
    }

    @Test
    void shouldRerouteAReturnedCaseToTheNextUnitNeverTheSameAndAfterTwoReroutesSendItToTriage() {
        GrievanceReceived g = grievance(WUZHEN_WGS84, null, "工厂夜间排放刺鼻废气，熏得人头疼", "环境保护", "c-" + UUID.randomUUID());
        send(g);
        assertThat(JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed").value(), GrievanceAssigned.class).unitId())
                .isEqualTo("330483-env");

        returned(g, "330483-env");
        GrievanceAssigned second = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed:1").value(),
                GrievanceAssigned.class);
        assertThat(second.unitId()).isEqualTo("330483-gov");
        assertThat(second.attempt()).isEqualTo(1);
        assertThat(second.assignedBy()).isNull();

        // the same return delivered again, and another type on the topic, change nothing
        returned(g, "330483-env");
        assertThat(streamBridge.send(Topics.CASE_LIFECYCLE, MEDIATION.toMessage(new CaseAccepted("case-x", g.grievanceId(),
                g.trackingNo(), "330483-gov", "h-1", Instant.parse("2026-11-20T09:30:00Z"))))).isTrue();

        returned(g, "330483-gov");
        GrievanceAssigned third = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed:2").value(),
                GrievanceAssigned.class);
        assertThat(third.unitId()).isEqualTo("330400-gov");
        assertThat(third.attempt()).isEqualTo(2);

        returned(g, "330400-gov");
        TopicProbe.Received toTriage = event(g.grievanceId(), g.grievanceId() + ":routed:3");
        assertThat(toTriage.header("ce_type")).isEqualTo(GrievanceSentToTriage.TYPE);
        assertThat(JSON.readValue(toTriage.value(), GrievanceSentToTriage.class).reason()).isEqualTo("RETURNED");
        // the repeated return re-published attempt 1 unchanged (same event id, same content): nothing new happened
        List<TopicProbe.Received> all = routed.poll(r -> g.grievanceId().equals(r.key()));
        assertThat(all.stream().map(r -> r.header("ce_id")).distinct()).containsExactly(g.grievanceId() + ":routed",
                g.grievanceId() + ":routed:1", g.grievanceId() + ":routed:2", g.grievanceId() + ":routed:3");
        assertThat(all.stream().filter(r -> r.header("ce_id").equals(g.grievanceId() + ":routed:1")).map(TopicProbe.Received::value)
                .distinct()).hasSize(1);

        admin.get().uri("/api/routing/decisions/{id}", g.grievanceId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("SENT_TO_TRIAGE")
                .jsonPath("$.attempt").isEqualTo(3)
                .jsonPath("$.triedUnitIds.length()").isEqualTo(3);
        await().atMost(WITHIN).untilAsserted(() -> admin.get().uri("/api/routing/decisions/{id}/audit", g.grievanceId()).exchange()
                .expectBody()
                .jsonPath("$[?(@.action == 'grievance.rerouted')]").value(l -> assertThat((List<?>) l).hasSize(2))
                .jsonPath("$[?(@.action == 'grievance.returned-to-triage')]").value(l -> assertThat((List<?>) l).hasSize(1)));

        // a dispatcher may send it back to a unit that had it
        dispatcher.post().uri("/api/routing/triage/{id}/assignment", g.grievanceId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", "330483-env", "reason", "经核实属环保职责", "attempt", 3)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.assignedBy").isEqualTo("disp-jx").jsonPath("$.attempt").isEqualTo(4);
        GrievanceAssigned byHand = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed:4").value(),
                GrievanceAssigned.class);
        assertThat(byHand.unitId()).isEqualTo("330483-env");
        assertThat(byHand.assignedBy()).isEqualTo("disp-jx");
        assertThat(byHand.attempt()).isEqualTo(4);
    }

    @Test
    void shouldListAnUncertainGrievanceInTriageWithSuggestionsAndLetADispatcherAssignIt() {
        GrievanceReceived g = grievance(WUZHEN_WGS84, null, "有个情况想反映一下", null, "c-" + UUID.randomUUID());
        send(g);
        assertThat(JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed").value(), GrievanceSentToTriage.class)
                .reason()).isEqualTo("LOW_CONFIDENCE");

        dispatcher.get().uri("/api/routing/triage?limit=500").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.grievanceId == '" + g.grievanceId() + "')].reason").isEqualTo(List.of("LOW_CONFIDENCE"))
                .jsonPath("$[?(@.grievanceId == '" + g.grievanceId() + "')].suggestions[0].unitId").isEqualTo(List.of("330483-gov"))
                .jsonPath("$[?(@.grievanceId == '" + g.grievanceId() + "')].categoryScores.length()").isEqualTo(List.of(3));

        dispatcher.post().uri("/api/routing/triage/{id}/assignment", g.grievanceId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", "nobody", "reason", "x")).exchange()
                .expectStatus().isEqualTo(422);
        dispatcher.post().uri("/api/routing/triage/{id}/assignment", g.grievanceId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", "330483-gov")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        dispatcher.post().uri("/api/routing/triage/{id}/assignment", g.grievanceId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", "330483-gov", "category", "城乡建设", "reason", "来电核实：反映乌镇镇道路照明")).exchange()
                .expectStatus().isOk();

        GrievanceAssigned assigned = JSON.readValue(event(g.grievanceId(), g.grievanceId() + ":routed:1").value(),
                GrievanceAssigned.class);
        assertThat(assigned.unitId()).isEqualTo("330483-gov");
        assertThat(assigned.assignedBy()).isEqualTo("disp-jx");
        assertThat(assigned.category()).isEqualTo("城乡建设");
        admin.get().uri("/api/routing/decisions/{id}/audit", g.grievanceId()).exchange()
                .expectBody()
                .jsonPath("$[?(@.action == 'grievance.assigned-by-hand')].actor.subject").isEqualTo(List.of("disp-jx"))
                .jsonPath("$[?(@.action == 'grievance.assigned-by-hand')].reason").isEqualTo(List.of("来电核实：反映乌镇镇道路照明"));
    }

    @Test
    void shouldPreviewADecisionWithoutStoringOrSendingAnything() {
        dispatcher.post().uri("/api/routing/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", DoneWhenScenariosTest.FACTORY_SMELL, "channel", "WECHAT",
                        "location", Map.of("lat", 30.7454, "lng", 120.4870, "crs", "WGS84")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.category.name").isEqualTo("环境保护")
                .jsonPath("$.category.path[0]").isEqualTo("环境保护")
                .jsonPath("$.category.confidence").isNumber()
                .jsonPath("$.jurisdiction.code").isEqualTo("330483")
                .jsonPath("$.jurisdiction.name").isEqualTo("桐乡市")
                .jsonPath("$.jurisdiction.level").isEqualTo("COUNTY")
                .jsonPath("$.jurisdiction.method").isEqualTo("POINT")
                .jsonPath("$.unit.id").isEqualTo("330483-env")
                .jsonPath("$.unit.name").isEqualTo("嘉兴市生态环境局桐乡分局")
                .jsonPath("$.triage").isEqualTo(false)
                .jsonPath("$.trace.winningRuleId").isEqualTo("r-330483-env");
        assertThat(routed.poll(r -> "preview".equals(r.key()))).isEmpty();
        admin.get().uri("/api/routing/decisions/preview").exchange().expectStatus().isNotFound();

        dispatcher.post().uri("/api/routing/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "路灯不亮", "location", Map.of("lat", 95, "lng", 120.4870))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("location.lat");
    }

    @Test
    void shouldVersionEveryRuleChangeRefuseConflictsAndRouteByTheNewVersionAtOnce() {
        List<?> versions = admin.get().uri("/api/routing/rules/versions").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        int before = versions.stream().mapToInt(v -> ((Number) ((Map<?, ?>) v).get("version")).intValue()).max().orElseThrow();

        admin.post().uri("/api/routing/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ruleId", "it-wuzhen-env", "category", "环境保护", "jurisdictionCode", "330483100",
                        "unitId", "330483100-gov", "reason", "乌镇镇试点属地环保网格"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(before + 1).jsonPath("$.rule.unitName").isEqualTo("乌镇镇人民政府");
        // the same key and priority again, and an unknown unit: refused, with every reason
        admin.post().uri("/api/routing/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ruleId", "it-wuzhen-env-2", "category", "环境保护", "jurisdictionCode", "330483100",
                        "unitId", "nobody", "reason", "x"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://suqiu.org/problems/rule-change-refused")
                .jsonPath("$.problems.length()").isEqualTo(2);
        dispatcher.post().uri("/api/routing/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "乌镇镇工厂排放废气", "categoryHint", "环境保护")).exchange()
                .expectBody().jsonPath("$.unit.id").isEqualTo("330483100-gov").jsonPath("$.ruleVersion").isEqualTo(before + 1);

        admin.post().uri("/api/routing/rules/it-wuzhen-env/retirement").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "试点结束")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(before + 2);
        dispatcher.post().uri("/api/routing/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "乌镇镇工厂排放废气", "categoryHint", "环境保护")).exchange()
                .expectBody().jsonPath("$.unit.id").isEqualTo("330483-env");
        admin.get().uri("/api/routing/rules/versions/{v}", before + 1).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.ruleId == 'it-wuzhen-env')].unitId").isEqualTo(List.of("330483100-gov"));
        admin.get().uri("/api/routing/rules/audit").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'ruleset:v" + (before + 1) + "')].action").isEqualTo(List.of("rule.created"))
                .jsonPath("$[?(@.id == 'ruleset:v" + (before + 1) + "')].reason").isEqualTo(List.of("乌镇镇试点属地环保网格"))
                .jsonPath("$[?(@.id == 'ruleset:v" + (before + 2) + "')].action").isEqualTo(List.of("rule.retired"));
        admin.put().uri("/api/routing/rules/nothing").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ruleId", "nothing", "category", "环境保护", "jurisdictionCode", "330483", "unitId", "330483-env",
                        "reason", "x"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void shouldLetAnAdministratorCreateAndChangeAUnitAndPublishEachVersion() {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", id, "name", "秀洲区综合行政执法局", "kind", "LINE_DEPARTMENT", "jurisdictionCode", "330411",
                        "parentUnitId", "330411-gov", "reason", "新设单位"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(1);
        admin.put().uri("/api/units/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", id, "name", "秀洲区综合行政执法局（城管）", "kind", "LINE_DEPARTMENT",
                        "jurisdictionCode", "330411", "parentUnitId", "330411-gov", "version", 1, "reason", "更名"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        admin.post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", id + "-x", "name", "x", "kind", "LINE_DEPARTMENT", "jurisdictionCode", "330411",
                        "parentUnitId", "nobody", "reason", "x"))
                .exchange()
                .expectStatus().isEqualTo(422);

        await().atMost(WITHIN).until(() -> units.poll(r -> id.equals(r.key())).size() == 2);
        List<TopicProbe.Received> versions = units.poll(r -> id.equals(r.key()));
        assertThat(versions).extracting(r -> r.header("ce_id")).containsExactly(id + ":v1", id + ":v2");
        assertThat(JSON.readValue(versions.get(1).value(), UnitChanged.class).name()).isEqualTo("秀洲区综合行政执法局（城管）");
        admin.get().uri("/api/units/{id}/audit", id).exchange()
                .expectBody()
                .jsonPath("$[0].action").isEqualTo("unit.created")
                .jsonPath("$[1].action").isEqualTo("unit.changed")
                .jsonPath("$[1].reason").isEqualTo("更名")
                .jsonPath("$[1].actor.subject").isEqualTo("admin");
        // a rule may now name the new unit
        admin.post().uri("/api/routing/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ruleId", id + "-rule", "category", "城乡建设/城乡规划/违章建筑", "jurisdictionCode", "330411",
                        "unitId", id, "reason", "违建归口执法局"))
                .exchange().expectStatus().isCreated();
        dispatcher.post().uri("/api/routing/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "秀洲区有人违章搭建", "categoryHint", "违章建筑")).exchange()
                .expectBody().jsonPath("$.unit.id").isEqualTo(id).jsonPath("$.category.path.length()").isEqualTo(3);
        admin.post().uri("/api/routing/rules/{r}/retirement", id + "-rule").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "测试结束")).exchange().expectStatus().isOk();
    }

    @Test
    void shouldListMergedMattersForOverseers() {
        admin.get().uri("/api/routing/matters?hours=48").exchange().expectStatus().isOk();
        admin.get().uri("/api/routing/matters?hours=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("hours");
    }
}
