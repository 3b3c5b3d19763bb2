package org.suqiu.notification.alert.web;

import java.time.Instant;
import java.util.List;

import org.suqiu.notification.alert.model.Alert;

/** An alert as the API shows it. */
public record AlertResponse(
        String id,
        String kind,
        String severity,
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String unitName,
        String jurisdictionCode,
        String deadline,
        Instant dueAt,
        int level,
        List<RecipientResponse> recipients,
        String message,
        Instant detectedAt,
        Instant createdAt,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    /** One recipient of an alert. */
    public record RecipientResponse(String id, String name, String jurisdictionCode) {
    }

    static AlertResponse of(Alert alert) {
        return new AlertResponse(alert.id(), alert.kind().name(), alert.severity().name(), alert.caseId(),
                alert.grievanceId(), alert.trackingNo(), alert.unitId(), alert.unitName(), alert.jurisdictionCode(),
                alert.deadline().name(), alert.dueAt(), alert.level(),
                alert.recipients().stream().map(r -> new RecipientResponse(r.id(), r.name(), r.jurisdictionCode())).toList(),
                alert.message(), alert.detectedAt(), alert.createdAt(), alert.acknowledgedAt(), alert.acknowledgedBy());
    }
}
