package org.suqiu.notification.alert.application;

import java.time.Clock;

import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertAudit;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Mono;

/**
 * 签阅: a supervisor (within their jurisdiction) or a unit head (for their unit) marks an alert as
 * seen; the first acknowledgement stays, and it alone is recorded in the audit trail, with its note.
 */
public class AcknowledgingAlert {

    private final Alerts alerts;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AcknowledgingAlert(Alerts alerts, AuditTrail auditTrail, Clock clock) {
        this.alerts = alerts;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * The alert as it stands after the acknowledgement by {@code staff}, or empty when there is no
     * such alert they may acknowledge.
     */
    public Mono<Alert> acknowledge(String alertId, StaffMember staff, String note) {
        return Mono.defer(() -> alerts.acknowledge(alertId, staff.subject(), clock.instant(), AlertAccess.acknowledgeable(staff)))
                .flatMap(alert -> staff.subject().equals(alert.acknowledgedBy())
                        ? record(alert, staff, note).thenReturn(alert)
                        : Mono.just(alert));
    }

    // Recorded after the change and under a fixed id: a retry by the same member repairs a lost entry, never doubles it.
    private Mono<AuditEntry> record(Alert alert, StaffMember staff, String note) {
        return auditTrail.record(AuditEntry.of(staff, AlertAudit.ACKNOWLEDGED, AlertAudit.RESOURCE, alert.id())
                .withId(AlertAudit.acknowledgementEntryId(alert.id()))
                .at(alert.acknowledgedAt())
                .because(note)
                .with("caseId", alert.caseId())
                .with("trackingNo", alert.trackingNo())
                .with("kind", alert.kind().name()));
    }
}
