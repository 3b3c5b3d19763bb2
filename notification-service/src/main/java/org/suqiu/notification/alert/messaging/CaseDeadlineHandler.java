package org.suqiu.notification.alert.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.AlreadyRaised;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Outcome;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Raised;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertAudit;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.Deadline;
import org.suqiu.notification.alert.model.DeadlineSignal;
import org.suqiu.notification.delivery.application.PlanningAlertDeliveries;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.CloudEventHeaders;
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
    private final PlanningAlertDeliveries planning;

    public CaseDeadlineHandler(EventCodec codec, RaisingDeadlineAlert raisingDeadlineAlert, Alerts alerts,
            AuditTrail auditTrail, PlanningAlertDeliveries planning, String serviceName) {
        this.planning = planning;
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
        if (!CaseOverdue.TYPE.equals(type) && !CaseDeadlineApproaching.TYPE.equals(type)) {
            log.debug("Ignoring {} on case.deadlines", type);
            return;
        }
        String eventId = EventCodec.header(message, CloudEventHeaders.ID);
        if (eventId == null || eventId.isBlank()) {
            throw new UndecodableEventException("a " + type + " record has no ce_id");
        }
        DeadlineSignal signal = signal(eventId, type, read(eventId, message));
        Outcome outcome = raisingDeadlineAlert.raise(signal).block(STORE_TIMEOUT);
        Alert alert;
        if (outcome instanceof Raised raised) {
            alert = raised.alert();
            recordRaised(alert, eventId).block(STORE_TIMEOUT);
            log.info("Alert {} raised for {} ({} recipients, event {})", raised.alertId(), alert.trackingNo(),
                    alert.recipients().size(), eventId);
        } else {
            AlreadyRaised already = (AlreadyRaised) outcome;
            repairRaisedEntry(already.alertId(), eventId).block(STORE_TIMEOUT);
            alert = alerts.byId(already.alertId()).block(STORE_TIMEOUT);
            log.info("Alert {} already raised; event {} changes nothing", already.alertId(), eventId);
        }
        // after a crash between the alert and its deliveries the redelivery plans them; planned ones stay as they are
        if (alert != null) {
            Long planned = planning.plan(alert, 0).block(STORE_TIMEOUT);
            log.debug("Alert {}: {} new deliveries", alert.id(), planned);
        }
    }

    /**
     * The payload read leniently: the clock stays a string, so a clock mediation adds later (and this
     * service's contracts jar does not know yet) is still an alert, not a dead letter.
     */
    private DeadlineFact read(String eventId, Message<byte[]> message) {
        try {
            return codec.json().readValue(message.getPayload(), DeadlineFact.class);
        } catch (RuntimeException e) {
            throw new UndecodableEventException("event " + eventId + " on case.deadlines is not readable JSON: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** The fields of {@code CaseOverdue} and {@code CaseDeadlineApproaching}, with the clock as a string. */
    record DeadlineFact(String caseId, String grievanceId, String trackingNo, String unitId, String jurisdictionCode,
            String deadline, Instant dueAt, Integer level, Instant detectedAt) {
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

    private static DeadlineSignal signal(String eventId, String type, DeadlineFact e) {
        try {
            Deadline deadline = e.deadline() == null ? null : Deadline.valueOf(e.deadline());
            return CaseOverdue.TYPE.equals(type)
                    ? DeadlineSignal.overdue(e.caseId(), e.grievanceId(), e.trackingNo(), e.unitId(), e.jurisdictionCode(),
                            deadline, e.dueAt(), e.level() == null ? 0 : e.level(), e.detectedAt())
                    : DeadlineSignal.approaching(e.caseId(), e.grievanceId(), e.trackingNo(), e.unitId(),
                            e.jurisdictionCode(), deadline, e.dueAt(), e.detectedAt());
        } catch (IllegalArgumentException invalid) {
            throw new UndecodableEventException("event " + eventId + " (" + type + "): " + invalid.getMessage(), invalid);
        }
    }
}
