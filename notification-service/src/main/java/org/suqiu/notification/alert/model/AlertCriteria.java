package org.suqiu.notification.alert.model;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/**
 * Which alerts someone wants to see; every filter is optional (null = any). {@code jurisdiction}
 * takes the whole subtree: 330400 sees 嘉兴市 and all its counties and townships.
 */
public record AlertCriteria(
        JurisdictionCode jurisdiction,
        String recipient,
        AlertKind kind,
        String trackingNo,
        String caseId,
        boolean unacknowledgedOnly,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public AlertCriteria {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** No filter, the default number of alerts. */
    public static AlertCriteria any() {
        return new AlertCriteria(null, null, null, null, null, false, DEFAULT_LIMIT);
    }

    public boolean matches(Alert alert) {
        return (jurisdiction == null || alert.isWithin(jurisdiction))
                && (recipient == null || alert.isAddressedTo(recipient))
                && (kind == null || alert.kind() == kind)
                && (trackingNo == null || trackingNo.equals(alert.trackingNo()))
                && (caseId == null || caseId.equals(alert.caseId()))
                && (!unacknowledgedOnly || !alert.isAcknowledged());
    }
}
