package org.suqiu.intake.tracking.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceLinked;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.intake.tracking.application.UpdatingTracking;
import org.suqiu.intake.tracking.model.AssignedUnit;
import org.suqiu.intake.tracking.model.TrackingStatus;
import org.suqiu.intake.tracking.model.TrackingUpdate;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns routing ({@code grievance.routed}) and case ({@code case.lifecycle}) events into tracking
 * updates. Runs on the listener thread and waits for the store, so the binder's retries and
 * dead-letter topic cover store failures too; types it does not follow are skipped, an event that
 * cannot be read goes to the dead-letter topic.
 */
public class TrackingEventsHandler {

    private static final Logger log = LoggerFactory.getLogger(TrackingEventsHandler.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Mediation's newer types, matched by name until intake is built against contracts that have them. */
    static final String IN_PROGRESS = "suqiu.case.in-progress.v1";
    static final String REOPENED = "suqiu.case.reopened.v1";
    static final String CALLED_BACK = "suqiu.case.called-back.v1";
    static final String RETURNED = "suqiu.case.returned.v1";

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
        } else if (GrievanceLinked.TYPE.equals(type)) {
            // 重复件/并单: it follows another grievance's case; what it tells here is where it belongs
            JsonNode linked = data(message);
            apply(text(linked, "grievanceId"), TrackingUpdate.of(eventId(message), null, at(linked, "linkedAt", message))
                    .withJurisdiction(text(linked, "jurisdictionCode")));
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
        } else if (IN_PROGRESS.equals(type)) {
            JsonNode started = data(message);
            apply(text(started, "grievanceId"), TrackingUpdate.of(eventId(message), TrackingStatus.IN_PROGRESS,
                    at(started, "startedAt", message)));
        } else if (REOPENED.equals(type)) {
            JsonNode reopened = data(message);
            apply(text(reopened, "grievanceId"), TrackingUpdate.reopening(eventId(message), at(reopened, "reopenedAt", message),
                    instant(reopened, "resolveDueAt")));
        } else if (RETURNED.equals(type) || CALLED_BACK.equals(type)) {
            // 退单 goes back to routing (its next assignment is news again), 回访 waits for the closing: no new status
            JsonNode event = data(message);
            apply(text(event, "grievanceId"), TrackingUpdate.of(eventId(message), null,
                    at(event, RETURNED.equals(type) ? "returnedAt" : "calledBackAt", message)));
        } else if (CaseClosed.TYPE.equals(type)) {
            ReceivedEvent<CaseClosed> event = codec.decode(message, CaseClosed.class);
            apply(event.data().grievanceId(),
                    TrackingUpdate.of(event.id(), TrackingStatus.CLOSED, at(event.data().closedAt(), event)));
        } else {
            skip(type);
        }
    }

    /** The CloudEvents id; a record without one cannot be remembered, so it is not an event. */
    private static String eventId(Message<byte[]> message) {
        Object id = message.getHeaders().get(CloudEventHeaders.ID);
        String value = id instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : id == null ? null : id.toString();
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException("record without ce_id");
        }
        return value;
    }

    /** The data of an event type read field by field (types newer than the contracts this was built with). */
    private static JsonNode data(Message<byte[]> message) {
        try {
            JsonNode data = JSON.readTree(message.getPayload());
            if (data == null || !data.isObject()) {
                throw new UndecodableEventException("event data is not a JSON object");
            }
            return data;
        } catch (JacksonException e) {
            throw new UndecodableEventException("event data is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UndecodableEventException(field + " is not a time: " + value);
        }
    }

    private Instant at(JsonNode data, String field, Message<byte[]> message) {
        Instant happened = instant(data, field);
        if (happened != null) {
            return happened;
        }
        String time = header(message, CloudEventHeaders.TIME);
        try {
            return time == null ? clock.instant() : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private static String header(Message<byte[]> message, String name) {
        Object value = message.getHeaders().get(name);
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value == null ? null : value.toString();
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
