package org.suqiu.intake.staff.application;

import java.time.Clock;
import java.time.Duration;

import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 诉求查阅: staff look at one grievance, and the operator at a repeat caller's recent grievances
 * (来电历史). Who may is decided at the edge (roles); what they may see is decided here, in the query.
 * Every grievance shown with its citizen's (masked) personal data is a read on the audit trail:
 * who, when, which grievance, and why (the endpoint).
 */
public class ViewingGrievances {

    /** How far back a caller's history goes, and how many grievances it shows at most. */
    public static final Duration HISTORY_WINDOW = Duration.ofDays(90);
    public static final int HISTORY_LIMIT = 20;
    /** The audit action of a staff read of a grievance with personal data. */
    public static final String READ = "personal-data.read";
    public static final String GRIEVANCE = "grievance";
    /** The audit action of reading how to reach a citizen, unmasked. */
    public static final String REPLY_ADDRESS_READ = "reply-address.read";

    private final GrievanceRecords records;
    private final JurisdictionScope home;
    private final AuditTrail audit;
    private final Clock clock;

    public ViewingGrievances(GrievanceRecords records, JurisdictionScope home, AuditTrail audit, Clock clock) {
        this.records = records;
        this.home = home;
        this.audit = audit;
        this.clock = clock;
    }

    /** The grievance if the staff member may see it (the read audited); empty when unknown or out of reach. */
    public Mono<GrievanceRecord> show(String grievanceId, StaffMember staff, String why) {
        return StaffReach.of(staff.scope(), home)
                .map(reach -> records.findVisible(grievanceId, reach))
                .orElseGet(Mono::empty)
                .flatMap(record -> audited(record, staff, why));
    }

    /**
     * How to reach the citizen of a grievance (for replies): a service acting for the platform finds
     * any grievance, a staff member only those in reach; audited as a read with {@code why}.
     */
    public Mono<GrievanceRecord> replyAddress(String grievanceId, StaffMember caller, boolean platformService, String why) {
        Mono<GrievanceRecord> found = platformService ? records.findAnywhere(grievanceId)
                : StaffReach.of(caller.scope(), home).map(reach -> records.findVisible(grievanceId, reach)).orElseGet(Mono::empty);
        return found.flatMap(record -> audit.record(AuditEntry.of(caller, REPLY_ADDRESS_READ, GRIEVANCE, record.grievanceId())
                        .because(why).with("trackingNo", record.trackingNo()))
                .thenReturn(record));
    }

    /**
     * The caller's grievances of the last 90 days within the staff member's reach, newest first, at
     * most 20; each one shown is an audited read.
     */
    public Flux<GrievanceRecord> callerHistory(String phone, StaffMember staff, String why) {
        return history(phone, staff).concatMap(record -> audited(record, staff, why));
    }

    /** Whether {@code trackingNo} is among the caller's recent grievances the staff member may see (nothing shown). */
    public Mono<Boolean> isInCallerHistory(String phone, String trackingNo, StaffMember staff) {
        return history(phone, staff).any(record -> record.trackingNo().equals(trackingNo));
    }

    private Flux<GrievanceRecord> history(String phone, StaffMember staff) {
        if (phone == null) {
            return Flux.empty();
        }
        return StaffReach.of(staff.scope(), home)
                .map(reach -> records.findByCaller(phone, clock.instant().minus(HISTORY_WINDOW), reach, HISTORY_LIMIT))
                .orElseGet(Flux::empty);
    }

    private Mono<GrievanceRecord> audited(GrievanceRecord record, StaffMember staff, String why) {
        return audit.record(AuditEntry.of(staff, READ, GRIEVANCE, record.grievanceId()).because(why)
                        .with("trackingNo", record.trackingNo()))
                .thenReturn(record);
    }
}
