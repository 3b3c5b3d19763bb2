package org.suqiu.notification.alert.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.recipient.model.Recipient;
import org.suqiu.notification.recipient.model.RecipientResolution;

/**
 * 督查督办提醒: one entry in the supervisors' alert inbox — a case's deadline is near or has passed —
 * addressed to the supervising offices of the case's division. One alert per fact: its id is the
 * fact's natural key ({@link DeadlineSignal#alertId()}). Times are kept to the millisecond, as stored.
 */
public record Alert(
        String id,
        AlertKind kind,
        Severity severity,
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String unitName,
        String jurisdictionCode,
        Deadline deadline,
        Instant dueAt,
        int level,
        List<Recipient> recipients,
        String message,
        Instant detectedAt,
        Instant createdAt,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The alert {@code signal} deserves, raised now for the recipients resolved for its division. */
    public static Alert raise(DeadlineSignal signal, String unitName, RecipientResolution resolution,
            AlertMessage messages, Instant now) {
        return new Alert(
                signal.alertId(),
                signal.kind(),
                signal.kind().severity(),
                signal.caseId(),
                signal.grievanceId(),
                signal.trackingNo(),
                signal.unitId(),
                unitName,
                signal.jurisdictionCode(),
                signal.deadline(),
                millis(signal.dueAt()),
                signal.level(),
                resolution.recipients(),
                messages.compose(signal, unitName),
                millis(signal.detectedAt()),
                millis(now),
                null,
                null);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** 签阅: a supervisor has seen it. The first acknowledgement stays; later ones change nothing. */
    public Alert acknowledge(String by, Instant at) {
        if (isAcknowledged()) {
            return this;
        }
        return new Alert(id, kind, severity, caseId, grievanceId, trackingNo, unitId, unitName, jurisdictionCode,
                deadline, dueAt, level, recipients, message, detectedAt, createdAt, millis(at), by);
    }

    public boolean isAddressedTo(String recipientId) {
        return recipients.stream().anyMatch(r -> r.id().equals(recipientId));
    }

    /** Whether the case lies in {@code area} (or is it); never for a case without a valid division code. */
    public boolean isWithin(JurisdictionCode area) {
        return JurisdictionCode.parse(jurisdictionCode).map(area::contains).orElse(false);
    }

    /**
     * The significant digits of the case's division and of every division above it (330483102,
     * 330483, 3304, 33): a store can answer "alerts within X" with one equality match on this list.
     */
    public List<String> jurisdictionScope() {
        return JurisdictionCode.parse(jurisdictionCode)
                .map(code -> code.selfAndAncestors().stream().map(JurisdictionCode::significantDigits).toList())
                .orElse(List.of());
    }

    private static Instant millis(Instant instant) {
        return Optional.ofNullable(instant).map(i -> i.truncatedTo(ChronoUnit.MILLIS)).orElse(null);
    }
}
