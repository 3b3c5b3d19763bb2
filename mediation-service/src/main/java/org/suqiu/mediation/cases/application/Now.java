package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the store's precision (milliseconds), so what is decided is what is stored. */
public final class Now {

    private Now() {
    }

    public static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
