package org.suqiu.routing.assignment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.model.CategorySource;
import org.suqiu.routing.classification.model.HintClassifier;
import org.suqiu.routing.jurisdiction.model.GeoLocation;
import org.suqiu.routing.jurisdiction.model.JurisdictionMethod;
import org.suqiu.routing.jurisdiction.model.JurisdictionStep;

class RoutingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00.123456789Z");
    private final RoutingPolicy policy = DemoData.policy();

    private static GrievanceToRoute grievance(GeoLocation location, String address, String text, String hint) {
        return new GrievanceToRoute("g-1", "SQ-1", "WEB", text, location, address, hint, null, null, null, NOW, "e-1");
    }

    @Test
    void shouldAssignByPointAndHintToTheCountysLineDepartment() {
        RoutingDecision decision = policy.decide(
                grievance(new GeoLocation(30.7454, 120.4870, "WGS84"), null, "工厂夜间排放废气", "环境保护"), NOW);

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ASSIGNED);
        assertThat(decision.unitId()).isEqualTo("330483-env");
        assertThat(decision.unitName()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(decision.jurisdictionCode()).isEqualTo("330483");
        assertThat(decision.jurisdictionName()).isEqualTo("桐乡市");
        assertThat(decision.jurisdictionMethod()).isEqualTo(JurisdictionMethod.POINT);
        assertThat(decision.category()).isEqualTo("环境保护");
        assertThat(decision.confidence()).isEqualTo(1.0);
        assertThat(decision.ruleId()).isEqualTo("r-330483-env");
        assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00.123Z"));
        assertThat(decision.trace().classification().source()).isEqualTo(CategorySource.HINT);
        assertThat(decision.trace().winningRuleId()).isEqualTo("r-330483-env");
        assertThat(decision.trace().jurisdictionSteps()).singleElement()
                .satisfies(step -> assertThat(step.outcome()).isEqualTo(JurisdictionStep.Outcome.FOUND));
    }

    @Test
    void shouldAssignByAddressKeepingTheTownshipAsJurisdiction() {
        RoutingDecision decision = policy.decide(grievance(null, "嘉善县魏塘街道人民大道88号", "公交站台损坏", " 交通运输 "), NOW);

        assertThat(decision.unitId()).isEqualTo("330421-transport");
        assertThat(decision.jurisdictionCode()).isEqualTo("330421001");
        assertThat(decision.jurisdictionName()).isEqualTo("魏塘街道");
        assertThat(decision.jurisdictionMethod()).isEqualTo(JurisdictionMethod.ADDRESS);
        assertThat(decision.trace().countyCode()).isEqualTo("330421");
        assertThat(decision.trace().rulesConsidered()).extracting(RuleCandidate::jurisdictionCode)
                .containsExactly("330421");
        assertThat(decision.trace().candidateUnitIds()).containsExactly("330421-transport", "330421-gov", "330400-gov");
    }

    @Test
    void shouldFallBackToTheAddressWhenThePointIsOutsideEveryBoundary() {
        RoutingDecision decision = policy.decide(
                grievance(new GeoLocation(30.2431, 120.1497, "WGS84"), "海盐县武原街道", "路灯不亮", "城乡建设"), NOW);

        assertThat(decision.unitId()).isEqualTo("330424-housing");
        assertThat(decision.trace().jurisdictionSteps()).extracting(JurisdictionStep::outcome)
                .containsExactly(JurisdictionStep.Outcome.NONE, JurisdictionStep.Outcome.FOUND);
    }

    @Test
    void shouldReadTheTextWhenThereIsNoAddress() {
        RoutingDecision decision = policy.decide(grievance(null, null, "乌镇镇北栅附近工厂偷排污水", "环境保护"), NOW);

        assertThat(decision.unitId()).isEqualTo("330483-env");
        assertThat(decision.jurisdictionCode()).isEqualTo("330483100");
        assertThat(decision.trace().jurisdictionSteps()).extracting(JurisdictionStep::input).containsExactly("text");
    }

    @Test
    void shouldSendToTriageWithoutACategoryKeepingTheJurisdiction() {
        RoutingDecision decision = policy.decide(
                grievance(new GeoLocation(30.7454, 120.4870, "WGS84"), null, "有个问题想反映", null), NOW);

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.SENT_TO_TRIAGE);
        assertThat(decision.triageReason()).isEqualTo(TriageReason.NO_CATEGORY);
        assertThat(decision.jurisdictionCode()).isEqualTo("330483");
        assertThat(decision.unitId()).isNull();
        assertThat(decision.trace().rulesConsidered()).isEmpty();
    }

    @Test
    void shouldSendToTriageWhenTheHintIsNotAFirstLevelCategory() {
        RoutingDecision decision = policy.decide(grievance(null, "桐乡市", "噪音扰民", "环保"), NOW);

        assertThat(decision.triageReason()).isEqualTo(TriageReason.NO_CATEGORY);
        assertThat(decision.trace().classification().hint()).isEqualTo("环保");
    }

    @Test
    void shouldSendToTriageWithoutAnyPlaceKeepingTheCategory() {
        RoutingDecision decision = policy.decide(grievance(null, null, "小区楼下烧烤油烟太大", "环境保护"), NOW);

        assertThat(decision.triageReason()).isEqualTo(TriageReason.NO_JURISDICTION);
        assertThat(decision.category()).isEqualTo("环境保护");
        assertThat(decision.jurisdictionCode()).isNull();
    }

    @Test
    void shouldSendToTriageWhenNoRuleMatches() {
        RoutingRules onlyTongxiang = RoutingRules.validated("test",
                List.of(new RoutingRule("r1", "环境保护", "330483", "330483-env")),
                Categories.firstLevel()::contains, code -> true, DemoData.directory()::contains);
        RoutingPolicy sparse = new RoutingPolicy(DemoData.jurisdictionResolver(), DemoData.jurisdictions(),
                new HintClassifier(Categories.firstLevel()), onlyTongxiang, DemoData.directory());

        RoutingDecision decision = sparse.decide(grievance(null, "平湖市当湖街道", "河道污染", "环境保护"), NOW);

        assertThat(decision.triageReason()).isEqualTo(TriageReason.NO_RULE);
        assertThat(decision.jurisdictionCode()).isEqualTo("330482001");
        assertThat(decision.category()).isEqualTo("环境保护");
        assertThat(decision.trace().rulesConsidered()).isEmpty();
        assertThat(decision.trace().candidateUnitIds()).containsExactly("330482-gov", "330400-gov");
    }

    @Test
    void shouldNotLocateAPointInACrsItHasNoBoundariesFor() {
        RoutingDecision decision = policy.decide(
                grievance(new GeoLocation(30.7454, 120.4870, "BD09"), null, "垃圾没人清理", "城乡建设"), NOW);

        assertThat(decision.triageReason()).isEqualTo(TriageReason.NO_JURISDICTION);
        assertThat(decision.trace().jurisdictionSteps()).first()
                .satisfies(step -> assertThat(step.outcome()).isEqualTo(JurisdictionStep.Outcome.SKIPPED));
    }
}
