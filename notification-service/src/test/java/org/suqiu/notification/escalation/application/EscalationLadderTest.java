package org.suqiu.notification.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.escalation.model.EscalationPolicy;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.InMemoryPeople;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;

class EscalationLadderTest {

    private final InMemoryPeople people = new InMemoryPeople().with(
            person("h-330483-env", PersonRole.HANDLER, "330483-env", "330483"),
            person("h2-330483-env", PersonRole.HANDLER, "330483-env", "330483"),
            person("head-330483-env", PersonRole.UNIT_HEAD, "330483-env", "330483"),
            person("head-330421-transport", PersonRole.UNIT_HEAD, "330421-transport", "330421"),
            person("sup-jx", PersonRole.SUPERVISOR, null, "330400"),
            person("sup-330483", PersonRole.SUPERVISOR, null, "330483"),
            person("sup-330483102", PersonRole.SUPERVISOR, null, "330483102"),
            person("sup-330421", PersonRole.SUPERVISOR, null, "330421"));
    private final EscalationLadder ladder = new EscalationLadder(EscalationPolicy.defaults(), people);

    private static Person person(String id, PersonRole role, String unit, String code) {
        return new Person(id, id, role, unit, code, "13800000000", null, null, List.of(ContactChannel.SMS), 1, null);
    }

    private List<String> ids(AlertKind kind, int level, String unit, String code) {
        return ladder.addressing(kind, "ACCEPT", level, unit, code).block().people().stream().map(Person::id).toList();
    }

    @Test
    void shouldTellTheUnitsHandlersOfAWarningAndItsHeadOfTheFirstOverdueLevel() {
        assertThat(ids(AlertKind.DEADLINE_APPROACHING, 0, "330483-env", "330483")).containsExactly("h-330483-env", "h2-330483-env");
        assertThat(ids(AlertKind.OVERDUE, 1, "330483-env", "330483")).containsExactly("head-330483-env");
    }

    @Test
    void shouldTellTheNearestSupervisingOfficeAtLevelTwoAndTheOneAboveItAtLevelThree() {
        assertThat(ids(AlertKind.OVERDUE, 2, "330483-env", "330483")).containsExactly("sup-330483");
        assertThat(ids(AlertKind.OVERDUE, 3, "330483-env", "330483")).containsExactly("sup-jx");
        // a township with its own office: it first, then the county's
        assertThat(ids(AlertKind.OVERDUE, 2, "330483102-gov", "330483102")).containsExactly("sup-330483102");
        assertThat(ids(AlertKind.OVERDUE, 3, "330483102-gov", "330483102")).containsExactly("sup-330483");
        // a township without one: the county's office is its jurisdiction's
        assertThat(ids(AlertKind.OVERDUE, 2, "330483101-gov", "330483101")).containsExactly("sup-330483");
    }

    @Test
    void shouldNeverTellASiblingCountysOffice() {
        assertThat(ids(AlertKind.OVERDUE, 2, "330483-env", "330483")).doesNotContain("sup-330421");
        assertThat(ids(AlertKind.OVERDUE, 3, "330421-transport", "330421")).containsExactly("sup-jx");
    }

    @Test
    void shouldTellNobodyWhenTheRungIsEmpty() {
        assertThat(ids(AlertKind.OVERDUE, 1, "330106-env", "330106")).isEmpty();
        assertThat(ids(AlertKind.OVERDUE, 2, "330106-env", "330106")).isEmpty();
        assertThat(ids(AlertKind.OVERDUE, 3, "x", "not-a-code")).isEmpty();
    }
}
