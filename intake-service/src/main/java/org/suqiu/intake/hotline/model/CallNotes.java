package org.suqiu.intake.hotline.model;

import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.Urgency;

/**
 * 来电记录: what the operator noted from a call — what the caller said, where (address text or a
 * point), the category the operator chose, urgency (紧急/一般), whether the caller wants a call back
 * (回访), and the earlier grievance this call repeats, if any. Personal data: no {@code toString} detail.
 */
public record CallNotes(String text, String address, GeoPoint location, String category, Urgency urgency,
        boolean callbackWanted, String relatedTrackingNo) {

    public CallNotes {
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        address = address == null || address.isBlank() ? null : address;
        category = category == null || category.isBlank() ? null : category;
        relatedTrackingNo = relatedTrackingNo == null || relatedTrackingNo.isBlank() ? null : relatedTrackingNo;
    }

    /**
     * 紧急 / 一般 as the desk shows them, or the enum names; anything else is not an urgency.
     * Null or blank: 一般.
     */
    public static Urgency urgency(String typed) {
        if (typed == null || typed.isBlank()) {
            return Urgency.NORMAL;
        }
        return switch (typed.strip()) {
            case "紧急", "URGENT", "urgent" -> Urgency.URGENT;
            case "一般", "NORMAL", "normal" -> Urgency.NORMAL;
            default -> throw new IllegalArgumentException("urgency must be 紧急 or 一般");
        };
    }

    @Override
    public String toString() {
        return "CallNotes[" + urgency + "]";
    }
}
