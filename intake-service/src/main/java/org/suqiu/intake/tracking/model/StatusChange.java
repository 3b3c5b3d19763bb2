package org.suqiu.intake.tracking.model;

import java.time.Instant;
import java.util.Objects;

/** One step of the tracking history: the status reached and when. */
public record StatusChange(TrackingStatus status, Instant at) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
