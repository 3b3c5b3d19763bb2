package org.suqiu.notification.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.alert.model.AlertScope;
import org.suqiu.notification.alert.model.Deadline;
import org.suqiu.notification.alert.model.Severity;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

class AlertAccessTest {

    private static final Alert TX = alert("330483-env", "330483");
    private static final Alert PY = alert("330483101-gov", "330483101");
    private static final Alert JS = alert("330421-transport", "330421");

    @Test
    void shouldLetASupervisorSeeTheSubtreeButNotASiblingTownship() {
        AlertScope wuzhen = AlertAccess.readable(staff(Role.SUPERVISOR, null, "330483100"));
        AlertScope tongxiang = AlertAccess.readable(staff(Role.SUPERVISOR, null, "330483"));

        assertThat(wuzhen.covers(PY)).isFalse();
        assertThat(wuzhen.covers(TX)).isFalse();
        assertThat(tongxiang.covers(PY)).isTrue();
        assertThat(tongxiang.covers(TX)).isTrue();
        assertThat(tongxiang.covers(JS)).isFalse();
    }

    @Test
    void shouldLetUnitStaffSeeOnlyTheirUnitWhateverTheirJurisdiction() {
        AlertScope handler = AlertAccess.readable(staff(Role.HANDLER, "330483-env", "330483"));

        assertThat(handler.covers(TX)).isTrue();
        assertThat(handler.covers(PY)).isFalse();
        assertThat(handler.covers(JS)).isFalse();
    }

    @Test
    void shouldGiveNothingToRolesWithoutAccessOrToStaffWithoutTheClaimTheirRoleNeeds() {
        assertThat(AlertAccess.readable(staff(Role.OPERATOR, null, "330400")).isEmpty()).isTrue();
        assertThat(AlertAccess.readable(staff(Role.SUPERVISOR, null, null)).isEmpty()).isTrue();
        assertThat(AlertAccess.readable(staff(Role.HANDLER, null, "330483")).isEmpty()).isTrue();
        assertThat(AlertAccess.acknowledgeable(staff(Role.ADMIN, null, "330400")).isEmpty()).isTrue();
        assertThat(AlertAccess.acknowledgeable(staff(Role.HANDLER, "330483-env", "330483")).isEmpty()).isTrue();
    }

    @Test
    void shouldLetAUnitHeadAcknowledgeTheirUnitsAlertsOnly() {
        AlertScope head = AlertAccess.acknowledgeable(staff(Role.UNIT_HEAD, "330483-env", "330483"));

        assertThat(head.covers(TX)).isTrue();
        assertThat(head.covers(PY)).isFalse();
    }

    private static StaffMember staff(Role role, String unit, String jurisdiction) {
        return new StaffMember("someone", null, Set.of(role), unit,
                jurisdiction == null ? null : JurisdictionScope.of(jurisdiction));
    }

    private static Alert alert(String unitId, String jurisdictionCode) {
        Instant now = Instant.parse("2026-11-22T02:33:00Z");
        return new Alert("C-1:ACCEPT:x:overdue:1", AlertKind.OVERDUE, Severity.CRITICAL, "C-1", "g-1", "SQ1", unitId,
                null, jurisdictionCode, Deadline.ACCEPT, now, 1, null, "msg", now, now, null, null);
    }
}
