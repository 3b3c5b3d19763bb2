package org.suqiu.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

class DecisionScopeTest {

    private static StaffMember staff(Role role, String unitId, String jurisdiction) {
        return new StaffMember("u-1", null, Set.of(role), unitId, jurisdiction == null ? null : JurisdictionScope.of(jurisdiction));
    }

    @Test
    void shouldLetStaffOfAUnitSeeTheirUnitsDecisionsOnlyNotTheirJurisdiction() {
        assertThat(DecisionScope.forDecision(staff(Role.HANDLER, "330483-env", "330483")))
                .isEqualTo(new DecisionScope("330483-env", null, false));
        assertThat(DecisionScope.forDecision(staff(Role.UNIT_HEAD, null, "330483")).isEmpty()).isTrue();
    }

    @Test
    void shouldLetASupervisorSeeTheirJurisdictionButNotTheUnplacedGrievances() {
        assertThat(DecisionScope.forDecision(staff(Role.SUPERVISOR, null, "330400")))
                .isEqualTo(new DecisionScope(null, JurisdictionScope.of("330400"), false));
    }

    @Test
    void shouldGiveTheUnplacedGrievancesToDispatchersCoveringTheCityOnly() {
        assertThat(DecisionScope.forTriage(staff(Role.DISPATCHER, null, "330400")).unlocated()).isTrue();
        assertThat(DecisionScope.forTriage(staff(Role.ADMIN, null, "330000")).unlocated()).isTrue();
        assertThat(DecisionScope.forTriage(staff(Role.DISPATCHER, null, "330483")))
                .isEqualTo(new DecisionScope(null, JurisdictionScope.of("330483"), false));
    }

    @Test
    void shouldShowTheTriageQueueToNoOtherRole() {
        for (Role role : Set.of(Role.OPERATOR, Role.INBOX_CLERK, Role.HANDLER, Role.MEDIATOR, Role.UNIT_HEAD, Role.SUPERVISOR)) {
            assertThat(DecisionScope.forTriage(staff(role, "330483-env", "330400")).isEmpty()).as(role.name()).isTrue();
        }
    }

    @Test
    void shouldSeeNothingWithoutUnitOrJurisdiction() {
        assertThat(DecisionScope.forDecision(staff(Role.ADMIN, null, null)).isEmpty()).isTrue();
        assertThat(DecisionScope.forDecision(staff(Role.OPERATOR, "330483-env", "330400")).isEmpty()).isTrue();
    }
}
