package org.suqiu.mediation.cases.application;

import java.util.EnumSet;
import java.util.Set;

import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

/**
 * Who may do what with cases. Staff of a unit (承办: HANDLER, MEDIATOR, UNIT_HEAD) reach their unit's
 * cases; 督查督办 (SUPERVISOR), DISPATCHER and ADMIN watch the cases within their jurisdiction and never
 * handle them; OPERATOR and INBOX_CLERK have no business here. Closing (办结归档) is the unit head's sign-off.
 */
public final class CaseAccess {

    /** May list, read and see the audit trail of cases (within their scope). */
    public static final Set<Role> VIEWERS = EnumSet.of(Role.HANDLER, Role.MEDIATOR, Role.UNIT_HEAD,
            Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN);
    /** May accept (签收) and resolve (办结) cases of their own unit. */
    public static final Set<Role> HANDLERS = EnumSet.of(Role.HANDLER, Role.MEDIATOR, Role.UNIT_HEAD);
    /** May close resolved cases of their own unit. */
    public static final Set<Role> CLOSERS = EnumSet.of(Role.UNIT_HEAD);
    /** 督查督办: decide extensions (延期审批), supervise (督办), close escalated cases, within their jurisdiction. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR);
    /** 回访: the hotline operators and supervisors call the citizen back, within their jurisdiction. */
    public static final Set<Role> CALLERS = EnumSet.of(Role.SUPERVISOR, Role.OPERATOR);
    /** May read the reports (worklists, rates, overdue lists, CSV). */
    public static final Set<Role> REPORT_READERS = EnumSet.of(Role.UNIT_HEAD, Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN);

    private static final Set<Role> UNIT_STAFF = HANDLERS;
    private static final Set<Role> OVERSEERS = EnumSet.of(Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN);

    private CaseAccess() {
    }

    public static boolean mayView(StaffMember staff) {
        return holdsAny(staff, VIEWERS);
    }

    public static boolean mayHandle(StaffMember staff) {
        return holdsAny(staff, HANDLERS);
    }

    public static boolean mayClose(StaffMember staff) {
        return holdsAny(staff, CLOSERS);
    }

    public static boolean maySupervise(StaffMember staff) {
        return holdsAny(staff, SUPERVISORS);
    }

    public static boolean mayCallBack(StaffMember staff) {
        return holdsAny(staff, CALLERS);
    }

    public static boolean mayReport(StaffMember staff) {
        return holdsAny(staff, REPORT_READERS);
    }

    /** The cases a holder of one of {@code roles} reaches through their jurisdiction (none without one). */
    public static CaseScope jurisdictionScope(StaffMember staff, Set<Role> roles) {
        return holdsAny(staff, roles) && staff.jurisdiction() != null ? CaseScope.within(staff.jurisdiction().code())
                : CaseScope.none();
    }

    /** The cases this member may see: their unit's (as unit staff) and those within their jurisdiction (as an overseer). */
    public static CaseScope viewScope(StaffMember staff) {
        String unit = holdsAny(staff, UNIT_STAFF) ? staff.unitId() : null;
        String jurisdiction = holdsAny(staff, OVERSEERS) && staff.jurisdiction() != null ? staff.jurisdiction().code() : null;
        return new CaseScope(unit, jurisdiction);
    }

    /** The cases this member may act on: their own unit's only, whatever else they oversee. */
    public static CaseScope handlingScope(StaffMember staff) {
        return holdsAny(staff, UNIT_STAFF) && staff.unitId() != null ? CaseScope.ofUnit(staff.unitId()) : CaseScope.none();
    }

    private static boolean holdsAny(StaffMember staff, Set<Role> roles) {
        return staff.roles().stream().anyMatch(roles::contains);
    }
}
