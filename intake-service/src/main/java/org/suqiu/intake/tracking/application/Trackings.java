package org.suqiu.intake.tracking.application;

import org.suqiu.intake.tracking.model.Tracking;

import reactor.core.publisher.Mono;

/** The citizen-facing tracking of each grievance (port). */
public interface Trackings {

    Mono<Tracking> findByGrievanceId(String grievanceId);

    Mono<Tracking> findByTrackingNo(String trackingNo);

    /**
     * Saves {@code tracking} if the stored one is still at {@code tracking.version()}; answers false
     * when someone else changed it in between.
     */
    Mono<Boolean> save(Tracking tracking);
}
