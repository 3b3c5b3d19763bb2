package org.suqiu.intake.tracking.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.intake.tracking.application.UpdatingTracking;
import org.suqiu.intake.tracking.model.AssignedUnit;
import org.suqiu.intake.tracking.model.TrackingStatus;
import org.suqiu.intake.tracking.model.TrackingUpdate;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;

/**
 * Turns routing ({@code grievance.routed}) and case ({@code case.lifecycle}) events into tracking
 * updates. Runs on the listener thread and waits for the store, so the binder's retries and
 * dead-letter topic cover store failures too; types it does not follow are skipped, an event that
 * cannot be read goes to the dead-letter topic.
 */
public class TrackingEventsHandler {

    private static final Logger log = LoggerFactory.getLogger(TrackingEventsHandler.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(20);

    private final EventCodec codec;
    private final UpdatingTracking updating;
    private final Clock clock;

    public TrackingEventsHandler(EventCodec codec, UpdatingTracking updating, Clock clock) {
        this.codec = codec;
        this.updating = updating;
        this.clock = clock;
    }

    /** A record from {@code grievance.routed}. */
    public void onRouted(Message<byte[]> message) {
        String type = requireType(message);
        if (GrievanceAssigned.TYPE.equals(type)) {
            ReceivedEvent<GrievanceAssigned> event = codec.decode(message, GrievanceAssigned.class);
            GrievanceAssigned assigned = event.data();
            apply(assigned.grievanceId(), TrackingUpdate.of(event.id(), TrackingStatus.ASSIGNED, at(assigned.assignedAt(), event))
                    .withUnit(new AssignedUnit(assigned.unitId(), assigned.unitName()))
                    .withJurisdiction(assigned.jurisdictionCode()));
        } else if (GrievanceSentToTriage.TYPE.equals(type)) {
            ReceivedEvent<GrievanceSentToTriage> event = codec.decode(message, GrievanceSentToTriage.class);
            GrievanceSentToTriage triage = event.data();
            apply(triage.grievanceId(), TrackingUpdate.of(event.id(), TrackingStatus.IN_TRIAGE, at(triage.sentAt(), event))
                    .withJurisdiction(triage.jurisdictionCode()));
        } else {
            skip(type);
        }
    }

    /** A record from {@code case.lifecycle}. */
    public void onLifecycle(Message<byte[]> message) {
        String type = requireType(message);
        if (CaseOpened.TYPE.equals(type)) {
            ReceivedEvent<CaseOpened> event = codec.decode(message, CaseOpened.class);
            CaseOpened opened = event.data();
            // a case is only opened for an assigned grievance, so this stands in for a late or lost assignment
            apply(opened.grievanceId(), TrackingUpdate.of(event.id(), TrackingStatus.ASSIGNED, at(opened.openedAt(), event))
                    .withUnit(opened.unitId() == null ? null : new AssignedUnit(opened.unitId(), opened.unitName()))
                    .withExpectedBy(opened.resolveDueAt())
                    .withJurisdiction(opened.jurisdictionCode()));
        } else if (CaseAccepted.TYPE.equals(type)) {
            ReceivedEvent<CaseAccepted> event = codec.decode(message, CaseAccepted.class);
            apply(event.data().grievanceId(),
                    TrackingUpdate.of(event.id(), TrackingStatus.ACCEPTED, at(event.data().acceptedAt(), event)));
        } else if (CaseResolved.TYPE.equals(type)) {
            ReceivedEvent<CaseResolved> event = codec.decode(message, CaseResolved.class);
            CaseResolved resolved = event.data();
            apply(resolved.grievanceId(), TrackingUpdate.of(event.id(), TrackingStatus.RESOLVED, at(resolved.resolvedAt(), event))
                    .withAnswer(resolved.answer()));
        } else if (CaseClosed.TYPE.equals(type)) {
            ReceivedEvent<CaseClosed> event = codec.decode(message, CaseClosed.class);
            apply(event.data().grievanceId(),
                    TrackingUpdate.of(event.id(), TrackingStatus.CLOSED, at(event.data().closedAt(), event)));
        } else {
            skip(type);
        }
    }

    private void apply(String grievanceId, TrackingUpdate update) {
        if (grievanceId == null) {
            throw new UndecodableEventException("event " + update.eventId() + " names no grievance");
        }
        updating.apply(grievanceId, update).block(STORE_TIMEOUT);
    }

    private String requireType(Message<byte[]> message) {
        String type = codec.typeOf(message);
        if (type == null || type.isBlank()) {
            throw new UndecodableEventException("record without ce_type: not a CloudEvent (ce_specversion, ce_id, ce_source, ce_type)");
        }
        return type;
    }

    private static void skip(String type) {
        log.debug("Skipping event of type {}: not part of the tracking view", type);
    }

    /** The time the event says it happened, else when it was sent, else now. */
    private Instant at(Instant happenedAt, ReceivedEvent<?> event) {
        if (happenedAt != null) {
            return happenedAt;
        }
        return event.time() != null ? event.time() : clock.instant();
    }
}
