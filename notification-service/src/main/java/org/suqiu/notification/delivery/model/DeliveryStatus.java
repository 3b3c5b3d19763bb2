package org.suqiu.notification.delivery.model;

/**
 * PENDING (stored, due at {@code nextAttemptAt}) → SENDING (claimed by one dispatcher under a lease)
 * → SENT (the provider accepted it; never sent again) or back to PENDING after a failed attempt, or
 * FAILED (rejected for good, or out of attempts).
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
