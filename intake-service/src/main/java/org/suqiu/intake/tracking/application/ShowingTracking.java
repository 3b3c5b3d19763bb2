package org.suqiu.intake.tracking.application;

import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.Tracking;

import reactor.core.publisher.Mono;

/** 进度查询: a citizen looks up a grievance by its tracking number. */
public class ShowingTracking {

    private final Trackings trackings;

    public ShowingTracking(Trackings trackings) {
        this.trackings = trackings;
    }

    /** The tracking of that number; empty when there is none. */
    public Mono<Tracking> show(TrackingNumber trackingNo) {
        return trackings.findByTrackingNo(trackingNo.value());
    }
}
