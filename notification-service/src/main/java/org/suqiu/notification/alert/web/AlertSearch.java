package org.suqiu.notification.alert.web;

import org.suqiu.notification.alert.model.AlertCriteria;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The query parameters of {@code GET /api/alerts} and {@code GET /api/alerts/stream}. */
public record AlertSearch(
        @Pattern(regexp = JURISDICTION, message = "must be a division code of 6, 9 or 12 digits, e.g. 330483")
        String jurisdiction,
        @Size(max = 100) String recipient,
        @Pattern(regexp = "DEADLINE_APPROACHING|OVERDUE", message = "must be DEADLINE_APPROACHING or OVERDUE")
        String kind,
        @Size(max = 64) String trackingNo,
        @Size(max = 100) String caseId,
        Boolean unacknowledged,
        @Min(1) @Max(AlertCriteria.MAX_LIMIT) Integer limit) {

    static final String JURISDICTION = "[1-9][0-9]{5}([0-9]{3}){0,2}";

    AlertCriteria criteria() {
        return new AlertCriteria(
                blankToNull(jurisdiction) == null ? null : JurisdictionCode.of(jurisdiction),
                blankToNull(recipient),
                blankToNull(kind) == null ? null : AlertKind.valueOf(kind),
                blankToNull(trackingNo),
                blankToNull(caseId),
                Boolean.TRUE.equals(unacknowledged),
                limit == null ? AlertCriteria.DEFAULT_LIMIT : limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
