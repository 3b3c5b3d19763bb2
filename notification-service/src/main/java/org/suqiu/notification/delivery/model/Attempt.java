package org.suqiu.notification.delivery.model;

import java.time.Instant;

/** One try to hand a delivery to its provider: SENT, REJECTED (for good) or UNAVAILABLE (try again later). */
public record Attempt(int number, Instant at, String outcome, String error, String providerId) {

    public static final String SENT = "SENT";
    public static final String REJECTED = "REJECTED";
    public static final String UNAVAILABLE = "UNAVAILABLE";
}
