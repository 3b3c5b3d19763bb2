package org.suqiu.mediation.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.mediation.cases.model.CaseFixture.POLICY;
import static org.suqiu.mediation.cases.model.CaseFixture.after;
import static org.suqiu.mediation.cases.model.CaseFixture.changed;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseFixture;

/** 响应率, 解决率, 满意率 of one unit (签收 due 2 min, 办结 4 min after the assignment). */
class RateReportTest {

    @Test
    void shouldCountAcceptedInTimeResolvedAndSatisfiedAmongRated() {
        Case lateAndOpen = changed(CaseFixture.opening("a").after().accept("h", after(Duration.ofMinutes(3))));
        Case satisfied = changed(CaseFixture.resolvedAfter(Duration.ofMinutes(1))
                .callBack("op", CallBackRating.BASICALLY_SATISFIED, null, POLICY, after(Duration.ofMinutes(2))));
        Case reopened = changed(changed(CaseFixture.opening("c").after().accept("h", after(Duration.ofMinutes(1))))
                .resolve("h", "x", after(Duration.ofMinutes(2))));
        reopened = changed(reopened.callBack("op", CallBackRating.DISSATISFIED, null, POLICY, after(Duration.ofMinutes(3))));
        Case returned = changed(CaseFixture.opening("d").after().giveBack("h", "not ours", POLICY, after(Duration.ofMinutes(1))));

        List<UnitRates> rates = RateReport.of(List.of(lateAndOpen, satisfied, reopened, returned), RateReport.Grouping.UNIT,
                after(Duration.ofMinutes(10)));

        assertThat(rates).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("unit-nanhu-gov");
            assertThat(r.assigned()).as("a returned case counts for nobody").isEqualTo(3);
            assertThat(r.acceptedInTime()).isEqualTo(2);
            assertThat(r.resolved()).isEqualTo(1);
            assertThat(r.rated()).isEqualTo(2);
            assertThat(r.satisfied()).isEqualTo(1);
            assertThat(r.overdue()).isEqualTo(2);
            assertThat(r.responseRate()).isEqualTo(0.6667);
            assertThat(r.resolutionRate()).isEqualTo(0.3333);
            assertThat(r.satisfactionRate()).isEqualTo(0.5);
        });
        assertThat(RateReport.of(List.of(lateAndOpen), RateReport.Grouping.JURISDICTION, after(Duration.ofMinutes(10))))
                .singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("330402");
                    assertThat(r.satisfactionRate()).isNull();
                });
    }
}
