package org.suqiu.notification.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.people.model.ContactChannel;

class EscalationPolicyTest {

    private final EscalationPolicy defaults = EscalationPolicy.defaults();

    @Test
    void shouldClimbTheDefaultLadderFromHandlerToTheLevelAbove() {
        assertThat(defaults.ruleFor(AlertKind.DEADLINE_APPROACHING, "ACCEPT", 0).orElseThrow().recipients()).containsExactly(Rung.HANDLER);
        assertThat(defaults.ruleFor(AlertKind.OVERDUE, "ACCEPT", 1).orElseThrow().recipients()).containsExactly(Rung.UNIT_HEAD);
        assertThat(defaults.ruleFor(AlertKind.OVERDUE, "RESOLVE", 2).orElseThrow().recipients()).containsExactly(Rung.SUPERVISORS);
        assertThat(defaults.ruleFor(AlertKind.OVERDUE, "RESOLVE", 3).orElseThrow().recipients()).containsExactly(Rung.SUPERVISORS_ABOVE);
    }

    @Test
    void shouldKeepTheHighestRuleForLevelsAboveIt() {
        assertThat(defaults.ruleFor(AlertKind.OVERDUE, "ACCEPT", 7).orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void shouldMakeWarningsWaitAndOverdueAlertsUrgentAndRepeated() {
        assertThat(defaults.ruleFor(AlertKind.DEADLINE_APPROACHING, "ACCEPT", 0).orElseThrow().urgent()).isFalse();
        EscalationRule overdue = defaults.ruleFor(AlertKind.OVERDUE, "ACCEPT", 1).orElseThrow();
        assertThat(overdue.urgent()).isTrue();
        assertThat(overdue.repeatEvery()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldPreferAClockSpecificRuleToTheGeneralOneEvenForAClockAddedLater() {
        EscalationPolicy policy = new EscalationPolicy(List.of(
                new EscalationRule("*", AlertKind.OVERDUE, 1, List.of(Rung.UNIT_HEAD), List.of(), true, null),
                new EscalationRule("MEDIATION", AlertKind.OVERDUE, 1, List.of(Rung.SUPERVISORS), List.of(ContactChannel.SMS), true, null)));

        assertThat(policy.ruleFor(AlertKind.OVERDUE, "MEDIATION", 1).orElseThrow().recipients()).containsExactly(Rung.SUPERVISORS);
        assertThat(policy.ruleFor(AlertKind.OVERDUE, "ACCEPT", 1).orElseThrow().recipients()).containsExactly(Rung.UNIT_HEAD);
    }

    @Test
    void shouldFindNoRuleWhenThePolicyHasNone() {
        EscalationPolicy policy = new EscalationPolicy(List.of(
                new EscalationRule("*", AlertKind.OVERDUE, 2, List.of(Rung.SUPERVISORS), List.of(), true, null)));

        assertThat(policy.ruleFor(AlertKind.OVERDUE, "ACCEPT", 1)).isEmpty();
        assertThat(policy.ruleFor(AlertKind.DEADLINE_APPROACHING, "ACCEPT", 0)).isEmpty();
    }

    @Test
    void shouldRefuseALevelThatDoesNotFitItsKind() {
        assertThatThrownBy(() -> new EscalationRule("*", AlertKind.OVERDUE, 0, List.of(), List.of(), true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationRule("*", AlertKind.DEADLINE_APPROACHING, 1, List.of(), List.of(), true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
