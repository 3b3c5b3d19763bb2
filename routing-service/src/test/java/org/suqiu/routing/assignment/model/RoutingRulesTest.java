package org.suqiu.routing.assignment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class RoutingRulesTest {

    private static final Set<String> CATEGORIES = Set.of("环境保护", "交通运输", "城乡建设", "城乡建设/城市建设和市政管理");
    private static final Set<String> JURISDICTIONS = Set.of("330400", "330483", "330483100", "330421");
    private static final Set<String> UNITS = Set.of("330483-env", "330483-transport", "330421-env", "wuzhen-env", "wuzhen-gov",
            "330483-housing", "330483-emergency");
    private static final List<String> WUZHEN = List.of("330483100", "330483", "330400");

    private static RoutingRules table(RoutingRule... rules) {
        return RoutingRules.validated("test", List.of(rules), CATEGORIES::contains, JURISDICTIONS::contains, UNITS::contains);
    }

    @Test
    void shouldFindTheRuleForACategoryInACounty() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"),
                new RoutingRule("r2", "交通运输", "330483", "330483-transport"),
                new RoutingRule("r3", "环境保护", "330421", "330421-env"));

        RuleLookup lookup = rules.lookup("交通运输", List.of("330483", "330400"));

        assertThat(lookup.rule()).map(RoutingRule::unitId).contains("330483-transport");
        assertThat(lookup.considered()).containsExactly(new RuleCandidate("r2", "交通运输", "330483", null, 0, "330483-transport", 1));
    }

    @Test
    void shouldFindTheCountyRuleForATownshipOfThatCounty() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"));

        RuleLookup lookup = rules.lookup("环境保护", WUZHEN);

        assertThat(lookup.rule()).map(RoutingRule::ruleId).contains("r1");
    }

    @Test
    void shouldPreferATownshipRuleOverItsCountyRuleAndListBothInOrder() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"),
                new RoutingRule("r2", "环境保护", "330483100", "wuzhen-env"));

        RuleLookup lookup = rules.lookup("环境保护", WUZHEN);

        assertThat(lookup.rule()).map(RoutingRule::unitId).contains("wuzhen-env");
        assertThat(lookup.considered()).extracting(RuleCandidate::ruleId).containsExactly("r2", "r1");
        assertThat(lookup.considered()).extracting(RuleCandidate::rank).containsExactly(1, 2);
    }

    @Test
    void shouldPreferTheDeeperCategoryAtTheSameJurisdiction() {
        RoutingRules rules = table(new RoutingRule("r1", "城乡建设", "330483", "330483-housing"),
                new RoutingRule("r2", "城乡建设/城市建设和市政管理", "330483", "wuzhen-gov"));

        assertThat(rules.lookup(List.of("城乡建设", "城市建设和市政管理"), WUZHEN, "NORMAL", null).rule())
                .map(RoutingRule::ruleId).contains("r2");
        assertThat(rules.lookup(List.of("城乡建设"), WUZHEN, "NORMAL", null).rule()).map(RoutingRule::ruleId).contains("r1");
    }

    @Test
    void shouldRouteUrgentGrievancesByTheirOwnRule() {
        RoutingRules rules = table(new RoutingRule("r1", "城乡建设", "330483", "330483-housing"),
                new RoutingRule("r2", "城乡建设", "330483", "URGENT", "330483-emergency", 0, null, null));

        assertThat(rules.lookup(List.of("城乡建设"), WUZHEN, "URGENT", null).rule()).map(RoutingRule::ruleId).contains("r2");
        assertThat(rules.lookup(List.of("城乡建设"), WUZHEN, "NORMAL", null).rule()).map(RoutingRule::ruleId).contains("r1");
    }

    @Test
    void shouldLetTheHigherPriorityWinAmongEquallySpecificRules() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", null, "330483-env", 0, null, null),
                new RoutingRule("r2", "环境保护", "330483", null, "wuzhen-env", 5, null, null));

        assertThat(rules.lookup("环境保护", WUZHEN).rule()).map(RoutingRule::ruleId).contains("r2");
    }

    @Test
    void shouldUseOnlyRulesInForce() {
        Instant switchover = Instant.parse("2026-12-01T00:00:00Z");
        RoutingRules rules = table(new RoutingRule("old", "环境保护", "330483", null, "330483-env", 0, null, switchover),
                new RoutingRule("new", "环境保护", "330483", null, "wuzhen-env", 0, switchover, null));

        assertThat(rules.lookup(List.of("环境保护"), WUZHEN, null, Instant.parse("2026-11-30T23:59:59Z")).rule())
                .map(RoutingRule::ruleId).contains("old");
        assertThat(rules.lookup(List.of("环境保护"), WUZHEN, null, switchover).rule()).map(RoutingRule::ruleId).contains("new");
    }

    @Test
    void shouldFindNoRuleForACategoryWithoutOneInThatCounty() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"));

        RuleLookup lookup = rules.lookup("交通运输", List.of("330483", "330400"));

        assertThat(lookup.rule()).isEmpty();
        assertThat(lookup.considered()).isEmpty();
    }

    @Test
    void shouldRefuseARuleForAUnitNotInTheDirectory() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环境保护", "330483", "330483-envv")))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("rule r1: unit '330483-envv' is not in the directory");
    }

    @Test
    void shouldRefuseTwoEquallySpecificRulesOfTheSamePriority() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环境保护", "330483", "330483-env"),
                new RoutingRule("r2", "环境保护", "330483", "330421-env")))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("rules r1 and r2 both route (环境保护, 330483) with priority 0");
    }

    @Test
    void shouldAcceptEquallySpecificRulesThatAreNeverInForceTogether() {
        Instant switchover = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(table(new RoutingRule("old", "环境保护", "330483", null, "330483-env", 0, null, switchover),
                new RoutingRule("new", "环境保护", "330483", null, "wuzhen-env", 0, switchover, null)).all()).hasSize(2);
    }

    @Test
    void shouldReportEveryProblemOfTheTableAtOnce() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环保", "330483", "330483-env"),
                new RoutingRule("r1", "环境保护", "999999", "330483-env"),
                new RoutingRule("", "交通运输", "330483", "330483-transport")))
                .isInstanceOfSatisfying(InvalidRuleTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "rule r1: category '环保' is not in the taxonomy",
                        "ruleId r1 is used twice",
                        "rule r1: jurisdiction 999999 is not in the gazetteer",
                        "rule (without id) for (交通运输, 330483) has no ruleId"))
                .hasMessageStartingWith("The routing rule table test is invalid (4 problems)");
    }

    @Test
    void shouldAcceptTheDemoTableOfSevenCategoriesInSevenCountiesAndTwoTownships() {
        RoutingRules rules = DemoData.rules();

        assertThat(rules.all()).hasSize(52);
        assertThat(rules.lookup("环境保护", WUZHEN).rule()).map(RoutingRule::unitId).contains("330483-env");
        assertThat(rules.lookup("城乡建设", WUZHEN).rule()).map(RoutingRule::unitId).contains("330483100-gov");
        assertThat(rules.lookup("交通运输", List.of("330421001", "330421")).rule()).map(RoutingRule::unitId)
                .contains("330421-transport");
    }
}
