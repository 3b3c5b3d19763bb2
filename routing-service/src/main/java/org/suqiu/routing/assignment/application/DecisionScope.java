package org.suqiu.routing.assignment.application;

import java.util.Optional;

import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

/**
 * 可见范围: which decisions a staff member may see, as the store puts it into its query: those
 * assigned to {@code unitId}, those whose jurisdiction lies in {@code jurisdiction}, and, when
 * {@code unlocated}, those routing could not place at all (no jurisdiction). Any of the three may
 * be absent; with none the member sees nothing.
 */
public record DecisionScope(String unitId, JurisdictionScope jurisdiction, boolean unlocated) {

    /** The city whose dispatchers handle the grievances routing could not place (嘉兴市). */
    public static final JurisdictionScope CITY = JurisdictionScope.of("330400");

    public static final DecisionScope NOTHING = new DecisionScope(null, null, false);

    /**
     * One grievance's decision: staff of a unit (承办人, 调解员, 负责人) see their unit's, supervisors
     * (督查) those in their jurisdiction, dispatchers and administrators those in theirs plus the
     * unplaced ones when they cover the city.
     */
    public static DecisionScope forDecision(StaffMember staff) {
        String unit = staff.hasAnyRole(Role.HANDLER, Role.MEDIATOR, Role.UNIT_HEAD) ? staff.unitId() : null;
        JurisdictionScope area = staff.hasAnyRole(Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN) ? staff.jurisdiction() : null;
        return new DecisionScope(unit, area, coversUnplaced(staff));
    }

    /** The triage queue (人工分拨): dispatchers and administrators, within their jurisdiction. */
    public static DecisionScope forTriage(StaffMember staff) {
        JurisdictionScope area = staff.hasAnyRole(Role.DISPATCHER, Role.ADMIN) ? staff.jurisdiction() : null;
        return new DecisionScope(null, area, coversUnplaced(staff));
    }

    private static boolean coversUnplaced(StaffMember staff) {
        return staff.hasAnyRole(Role.DISPATCHER, Role.ADMIN) && staff.scope().map(s -> s.covers(CITY)).orElse(false);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unitId);
    }

    public Optional<JurisdictionScope> area() {
        return Optional.ofNullable(jurisdiction);
    }

    public boolean isEmpty() {
        return unitId == null && jurisdiction == null && !unlocated;
    }
}
