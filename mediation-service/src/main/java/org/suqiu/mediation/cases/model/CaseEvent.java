package org.suqiu.mediation.cases.model;

import java.util.Objects;

import org.suqiu.contracts.Event;

/**
 * An event a change of a case must publish, with its deterministic id ({@code <caseId>:accepted},
 * {@code <caseId>:ACCEPT:overdue:1}) so a repeat after a crash is recognisable downstream.
 */
public record CaseEvent(String eventId, Event payload) {

    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
    }
}
