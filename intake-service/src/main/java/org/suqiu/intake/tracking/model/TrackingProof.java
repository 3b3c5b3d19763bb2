package org.suqiu.intake.tracking.model;

import java.util.Objects;

/**
 * What a citizen shows to follow a grievance (凭证): the receipt code (查询码) handed out once at
 * submission, or the last four digits of the contact phone given then. Without a matching proof a
 * tracking number shows nothing, so numbers cannot be probed.
 */
public record TrackingProof(Kind kind, String value) {

    /** Which proof. */
    public enum Kind {
        RECEIPT_CODE,
        PHONE_LAST4
    }

    public TrackingProof {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "TrackingProof[" + kind + "]";
    }
}
