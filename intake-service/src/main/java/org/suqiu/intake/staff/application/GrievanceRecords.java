package org.suqiu.intake.staff.application;

import java.time.Instant;

import org.suqiu.intake.staff.model.GrievanceRecord;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The grievances as staff read them, always within a reach that is part of the query (port). */
public interface GrievanceRecords {

    /** That grievance if it lies within {@code reach}; empty otherwise (unknown and out of reach look the same). */
    Mono<GrievanceRecord> findVisible(String grievanceId, StaffReach reach);

    /** That grievance wherever it lies: for services acting for the whole platform (internal calls). */
    Mono<GrievanceRecord> findAnywhere(String grievanceId);

    /** The grievances of a caller (by phone) received since {@code since}, within {@code reach}, newest first. */
    Flux<GrievanceRecord> findByCaller(String phone, Instant since, StaffReach reach, int limit);
}
