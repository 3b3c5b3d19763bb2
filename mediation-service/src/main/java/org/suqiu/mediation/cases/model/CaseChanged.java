package org.suqiu.mediation.cases.model;

import java.util.List;

/**
 * A case moved on: the case it was decided on ({@code before}, null for a new one), its new state,
 * the timeline entries the step added and the events to publish. It must be stored over the
 * version it was decided on, or not at all.
 */
public record CaseChanged(Case before, Case after, List<TimelineEntry> added, List<CaseEvent> events) implements CaseDecision {

    public CaseChanged {
        added = List.copyOf(added);
        events = List.copyOf(events);
    }

    /** The version the stored case must still have for this change to apply; 0 for a new case. */
    public long expectedVersion() {
        return after.version() - 1;
    }
}
