package org.suqiu.routing.assignment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class RoutingRulesTest {

    private static final Set<String> CATEGORIES = Set.of("环境保护", "交通运输");
    private static final Set<String> JURISDICTIONS = Set.of("330400", "330483", "330483100", "330421");
    private static final Set<String> UNITS = Set.of("330483-env", "330483-transport", "330421-env", "wuzhen-env");

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
        assertThat(lookup.considered()).containsExactly(new RuleCandidate("交通运输", "330483", "r2", "330483-transport"));
    }

    @Test
    void shouldFindTheCountyRuleForATownshipOfThatCounty() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"));

        RuleLookup lookup = rules.lookup("环境保护", List.of("330483100", "330483", "330400"));

        assertThat(lookup.rule()).map(RoutingRule::ruleId).contains("r1");
        assertThat(lookup.considered()).extracting(RuleCandidate::jurisdictionCode).containsExactly("330483100", "330483");
        assertThat(lookup.considered()).extracting(RuleCandidate::matched).containsExactly(false, true);
    }

    @Test
    void shouldPreferATownshipRuleOverItsCountyRule() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"),
                new RoutingRule("r2", "环境保护", "330483100", "wuzhen-env"));

        assertThat(rules.lookup("环境保护", List.of("330483100", "330483")).rule()).map(RoutingRule::unitId).contains("wuzhen-env");
    }

    @Test
    void shouldFindNoRuleForACategoryWithoutOneInThatCounty() {
        RoutingRules rules = table(new RoutingRule("r1", "环境保护", "330483", "330483-env"));

        RuleLookup lookup = rules.lookup("交通运输", List.of("330483", "330400"));

        assertThat(lookup.rule()).isEmpty();
        assertThat(lookup.considered()).extracting(RuleCandidate::jurisdictionCode).containsExactly("330483", "330400");
    }

    @Test
    void shouldRefuseARuleForAUnitNotInTheDirectory() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环境保护", "330483", "330483-envv")))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("rule r1: unit '330483-envv' is not in the directory");
    }

    @Test
    void shouldRefuseTwoRulesForTheSameCategoryAndCounty() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环境保护", "330483", "330483-env"),
                new RoutingRule("r2", "环境保护", "330483", "330421-env")))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("rules r1 and r2 both route (环境保护, 330483)");
    }

    @Test
    void shouldReportEveryProblemOfTheTableAtOnce() {
        assertThatThrownBy(() -> table(new RoutingRule("r1", "环保", "330483", "330483-env"),
                new RoutingRule("r1", "环境保护", "999999", "330483-env"),
                new RoutingRule("", "交通运输", "330483", "330483-transport")))
                .isInstanceOfSatisfying(InvalidRuleTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "rule r1: category '环保' is not a first-level category",
                        "ruleId r1 is used twice",
                        "rule r1: jurisdiction 999999 is not in the gazetteer",
                        "rule (without id) for (交通运输, 330483) has no ruleId"))
                .hasMessageStartingWith("The routing rule table test is invalid (4 problems)");
    }

    @Test
    void shouldAcceptTheDemoTableOfSevenCategoriesInSevenCounties() {
        RoutingRules rules = DemoData.rules();

        assertThat(rules.all()).hasSize(49);
        assertThat(rules.lookup("环境保护", List.of("330483")).rule()).map(RoutingRule::unitId).contains("330483-env");
        assertThat(rules.lookup("交通运输", List.of("330421001", "330421")).rule()).map(RoutingRule::unitId)
                .contains("330421-transport");
    }
}
