package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.assignment.model.DecisionOutcome;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.classification.model.CategorySource;
import org.suqiu.routing.jurisdiction.model.JurisdictionMethod;

/** The done-when scenarios on the demo data with the trained classifier, no hint given. */
class DoneWhenScenariosTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final String FACTORY_SMELL = "乌镇有家化工厂天天晚上偷偷排放废气，刺鼻的臭味熏得周边居民没法开窗睡觉，请环保部门查处";
    static final String BROKEN_ROAD = "濮院镇这条道路破损严重，路面坑坑洼洼还塌陷了，下雨天积水，行人和电动车通行很危险，希望尽快修复";

    private final RoutingPolicy policy = DemoData.policyWithClassifier();

    private static GrievanceToRoute grievance(String text) {
        return new GrievanceToRoute("g-1", "SQ-1", "HOTLINE", text, null, null, null, null, "330400", null, NOW, "e-1");
    }

    @Test
    void shouldSendAFactorySmellInWuzhenToTheCountysEnvironmentBureau() {
        RoutingDecision d = policy.decide(grievance(FACTORY_SMELL), NOW);

        assertThat(d.outcome()).isEqualTo(DecisionOutcome.ASSIGNED);
        assertThat(d.unitId()).isEqualTo("330483-env");
        assertThat(d.unitName()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(d.category()).isEqualTo("环境保护");
        assertThat(d.trace().classification().source()).isEqualTo(CategorySource.MODEL);
        assertThat(d.jurisdictionCode()).isEqualTo("330483100");
        assertThat(d.jurisdictionMethod()).isEqualTo(JurisdictionMethod.ADDRESS);
        assertThat(d.ruleId()).isEqualTo("r-330483-env");
    }

    @Test
    void shouldSendABrokenRoadInPuyuanToPuyuansGovernment() {
        RoutingDecision d = policy.decide(grievance(BROKEN_ROAD), NOW);

        assertThat(d.outcome()).isEqualTo(DecisionOutcome.ASSIGNED);
        assertThat(d.category()).isEqualTo("交通运输");
        assertThat(d.jurisdictionCode()).isEqualTo("330483101");
        assertThat(d.unitId()).isEqualTo("330483101-gov");
        assertThat(d.unitName()).isEqualTo("濮院镇人民政府");
        // the town's own rule wins over 桐乡市's transport bureau: the deeper jurisdiction is more specific
        assertThat(d.ruleId()).isEqualTo("r-330483101-transport");
        assertThat(d.trace().candidateUnitIds()).startsWith("330483101-gov", "330483-transport");
    }
}
