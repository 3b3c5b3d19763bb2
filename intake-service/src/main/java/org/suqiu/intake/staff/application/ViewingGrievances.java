package org.suqiu.intake.staff.application;

import java.time.Clock;
import java.time.Duration;

import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.StaffMember;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 诉求查阅: staff look at one grievance, and the operator at a repeat caller's recent grievances
 * (来电历史). Who may is decided at the edge (roles); what they may see is decided here, in the query.
 */
public class ViewingGrievances {

    /** How far back a caller's history goes, and how many grievances it shows at most. */
    public static final Duration HISTORY_WINDOW = Duration.ofDays(90);
    public static final int HISTORY_LIMIT = 20;

    private final GrievanceRecords records;
    private final JurisdictionScope home;
    private final Clock clock;

    public ViewingGrievances(GrievanceRecords records, JurisdictionScope home, Clock clock) {
        this.records = records;
        this.home = home;
        this.clock = clock;
    }

    /** The grievance if the staff member may see it; empty when unknown or out of reach. */
    public Mono<GrievanceRecord> show(String grievanceId, StaffMember staff) {
        return StaffReach.of(staff.scope(), home)
                .map(reach -> records.findVisible(grievanceId, reach))
                .orElseGet(Mono::empty);
    }

    /** The caller's grievances of the last 90 days within the staff member's reach, newest first, at most 20. */
    public Flux<GrievanceRecord> callerHistory(String phone, StaffMember staff) {
        return StaffReach.of(staff.scope(), home)
                .map(reach -> records.findByCaller(phone, clock.instant().minus(HISTORY_WINDOW), reach, HISTORY_LIMIT))
                .orElseGet(Flux::empty);
    }
}
