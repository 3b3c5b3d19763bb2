package org.suqiu.intake.tracking.application;

import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingProof;

import reactor.core.publisher.Mono;

/** The citizen-facing tracking of each grievance (port). */
public interface Trackings {

    Mono<Tracking> findByGrievanceId(String grievanceId);

    Mono<Tracking> findByTrackingNo(String trackingNo);

    /** The tracking of that number only if the proof matches the one stored at submission; empty otherwise. */
    Mono<Tracking> findByTrackingNo(String trackingNo, TrackingProof proof);

    /**
     * Saves {@code tracking} if the stored one is still at {@code tracking.version()}; answers false
     * when someone else changed it in between.
     */
    Mono<Boolean> save(Tracking tracking);
}
