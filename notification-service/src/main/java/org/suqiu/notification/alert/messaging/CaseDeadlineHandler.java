package org.suqiu.notification.alert.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.AlreadyRaised;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Outcome;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Raised;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertAudit;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.Deadline;
import org.suqiu.notification.alert.model.DeadlineSignal;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Mono;

/**
 * Consumes {@code case.deadlines}: {@code CaseDeadlineApproaching} and {@code CaseOverdue} each raise
 * one alert (the same fact again, under any event id, raises nothing); other types are ignored. An
 * event that cannot be read, or lacks what an alert needs, is not retried but dead-lettered. Each new
 * alert is recorded in the audit trail as {@code alert.raised} by the system, under the event's id.
 */
public class CaseDeadlineHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlineHandler.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(15);

    private final EventCodec codec;
    private final RaisingDeadlineAlert raisingDeadlineAlert;
    private final Alerts alerts;
    private final AuditTrail auditTrail;
    private final AuditEntry.Actor system;

    public CaseDeadlineHandler(EventCodec codec, RaisingDeadlineAlert raisingDeadlineAlert, Alerts alerts,
            AuditTrail auditTrail, String serviceName) {
        this.codec = codec;
        this.raisingDeadlineAlert = raisingDeadlineAlert;
        this.alerts = alerts;
        this.auditTrail = auditTrail;
        this.system = AuditEntry.Actor.system(serviceName);
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = codec.typeOf(message);
        if (type == null) {
            throw new UndecodableEventException("a record on case.deadlines has no ce_type");
        }
        String eventId;
        DeadlineSignal signal;
        if (CaseOverdue.TYPE.equals(type)) {
            ReceivedEvent<CaseOverdue> event = codec.decode(message, CaseOverdue.class);
            eventId = event.id();
            signal = signal(eventId, event.data());
        } else if (CaseDeadlineApproaching.TYPE.equals(type)) {
            ReceivedEvent<CaseDeadlineApproaching> event = codec.decode(message, CaseDeadlineApproaching.class);
            eventId = event.id();
            signal = signal(eventId, event.data());
        } else {
            log.debug("Ignoring {} on case.deadlines", type);
            return;
        }
        Outcome outcome = raisingDeadlineAlert.raise(signal).block(STORE_TIMEOUT);
        if (outcome instanceof Raised raised) {
            recordRaised(raised.alert(), eventId).block(STORE_TIMEOUT);
            log.info("Alert {} raised for {} ({} recipients, event {})", raised.alertId(), raised.alert().trackingNo(),
                    raised.alert().recipients().size(), eventId);
        } else if (outcome instanceof AlreadyRaised already) {
            repairRaisedEntry(already.alertId(), eventId).block(STORE_TIMEOUT);
            log.info("Alert {} already raised; event {} changes nothing", already.alertId(), eventId);
        }
    }

    private Mono<AuditEntry> recordRaised(Alert alert, String eventId) {
        return auditTrail.record(AuditEntry.of(system, AlertAudit.RAISED, AlertAudit.RESOURCE, alert.id())
                .withId(eventId)
                .at(alert.createdAt())
                .with("kind", alert.kind().name())
                .with("caseId", alert.caseId())
                .with("trackingNo", alert.trackingNo())
                .with("unitId", alert.unitId())
                .with("jurisdictionCode", alert.jurisdictionCode())
                .with("level", Integer.toString(alert.level())));
    }

    // A crash between storing the alert and its audit entry leaves no entry; the redelivery writes it, once.
    private Mono<AuditEntry> repairRaisedEntry(String alertId, String eventId) {
        return auditTrail.ofResource(AlertAudit.RESOURCE, alertId)
                .any(entry -> AlertAudit.RAISED.equals(entry.action()))
                .filter(recorded -> !recorded)
                .flatMap(missing -> alerts.byId(alertId))
                .flatMap(alert -> recordRaised(alert, eventId));
    }

    private static DeadlineSignal signal(String eventId, CaseOverdue e) {
        try {
            return DeadlineSignal.overdue(e.caseId(), e.grievanceId(), e.trackingNo(), e.unitId(), e.jurisdictionCode(),
                    deadline(e.deadline()), e.dueAt(), e.level(), e.detectedAt());
        } catch (IllegalArgumentException invalid) {
            throw new UndecodableEventException("event " + eventId + " (CaseOverdue): " + invalid.getMessage(), invalid);
        }
    }

    private static DeadlineSignal signal(String eventId, CaseDeadlineApproaching e) {
        try {
            return DeadlineSignal.approaching(e.caseId(), e.grievanceId(), e.trackingNo(), e.unitId(),
                    e.jurisdictionCode(), deadline(e.deadline()), e.dueAt(), e.detectedAt());
        } catch (IllegalArgumentException invalid) {
            throw new UndecodableEventException("event " + eventId + " (CaseDeadlineApproaching): " + invalid.getMessage(), invalid);
        }
    }

    private static Deadline deadline(DeadlineKind kind) {
        return kind == null ? null : Deadline.valueOf(kind.name());
    }
}
