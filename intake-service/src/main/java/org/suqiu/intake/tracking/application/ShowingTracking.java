package org.suqiu.intake.tracking.application;

import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingProof;

import reactor.core.publisher.Mono;

/** 进度查询: a citizen looks up a grievance by its tracking number and a proof (receipt code or phone digits). */
public class ShowingTracking {

    private final Trackings trackings;

    public ShowingTracking(Trackings trackings) {
        this.trackings = trackings;
    }

    /** The tracking of that number when the proof matches; empty when there is none or the proof is wrong. */
    public Mono<Tracking> show(TrackingNumber trackingNo, TrackingProof proof) {
        return trackings.findByTrackingNo(trackingNo.value(), proof);
    }
}
