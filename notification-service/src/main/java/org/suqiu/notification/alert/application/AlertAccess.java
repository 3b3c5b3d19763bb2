package org.suqiu.notification.alert.application;

import java.util.Set;

import org.suqiu.notification.alert.model.AlertScope;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

/**
 * Who may see and who may acknowledge (签阅) which alerts. Seeing: a SUPERVISOR, DISPATCHER or ADMIN
 * within their jurisdiction subtree; a UNIT_HEAD, HANDLER or MEDIATOR the alerts of their own unit.
 * Acknowledging: a SUPERVISOR within their jurisdiction, a UNIT_HEAD for their own unit. A member
 * holding several roles gets the union. Whoever lacks the claim a role needs gets nothing from it.
 */
public final class AlertAccess {

    /** Roles that may read alerts at all (the others get 403). */
    public static final Set<Role> READERS = Set.of(Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN,
            Role.UNIT_HEAD, Role.HANDLER, Role.MEDIATOR);
    /** Roles that may acknowledge alerts at all (the others get 403). */
    public static final Set<Role> ACKNOWLEDGERS = Set.of(Role.SUPERVISOR, Role.UNIT_HEAD);

    private static final Set<Role> READ_BY_JURISDICTION = Set.of(Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN);
    private static final Set<Role> READ_BY_UNIT = Set.of(Role.UNIT_HEAD, Role.HANDLER, Role.MEDIATOR);

    private AlertAccess() {
    }

    /** The alerts {@code staff} may see. */
    public static AlertScope readable(StaffMember staff) {
        return scope(staff, READ_BY_JURISDICTION, READ_BY_UNIT);
    }

    /** The alerts {@code staff} may acknowledge. */
    public static AlertScope acknowledgeable(StaffMember staff) {
        return scope(staff, Set.of(Role.SUPERVISOR), Set.of(Role.UNIT_HEAD));
    }

    private static AlertScope scope(StaffMember staff, Set<Role> byJurisdiction, Set<Role> byUnit) {
        AlertScope scope = AlertScope.nothing();
        if (staff.roles().stream().anyMatch(byJurisdiction::contains) && staff.jurisdiction() != null) {
            scope = scope.or(JurisdictionCode.parse(staff.jurisdiction().code())
                    .map(AlertScope::within).orElse(AlertScope.nothing()));
        }
        if (staff.roles().stream().anyMatch(byUnit::contains) && staff.unitId() != null) {
            scope = scope.or(AlertScope.unit(staff.unitId()));
        }
        return scope;
    }
}
