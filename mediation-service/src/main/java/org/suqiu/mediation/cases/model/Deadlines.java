package org.suqiu.mediation.cases.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.suqiu.contracts.mediation.DeadlineKind;

/** A case's clocks by kind (签收, 首次联系, 办结, 调解, 司法确认); a case has only those its profile and history gave it. */
public record Deadlines(Map<DeadlineKind, Deadline> byKind) {

    public Deadlines {
        EnumMap<DeadlineKind, Deadline> copy = new EnumMap<>(DeadlineKind.class);
        byKind.forEach((kind, deadline) -> {
            if (deadline.kind() != kind) {
                throw new IllegalArgumentException("deadline out of place: " + kind);
            }
            copy.put(kind, deadline);
        });
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    public static Deadlines none() {
        return new Deadlines(Map.of());
    }

    public Optional<Deadline> find(DeadlineKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The clock of this kind; fails when the case has none. */
    public Deadline of(DeadlineKind kind) {
        Deadline deadline = byKind.get(kind);
        if (deadline == null) {
            throw new IllegalArgumentException("no " + kind + " clock");
        }
        return deadline;
    }

    public Collection<Deadline> all() {
        return byKind.values();
    }

    public Deadlines with(Deadline deadline) {
        EnumMap<DeadlineKind, Deadline> copy = new EnumMap<>(DeadlineKind.class);
        copy.putAll(byKind);
        copy.put(deadline.kind(), deadline);
        return new Deadlines(copy);
    }

    /** Stops the clock of this kind at {@code at}, if it runs. */
    public Deadlines done(DeadlineKind kind, java.time.Instant at) {
        Deadline deadline = byKind.get(kind);
        return deadline == null || !deadline.isRunning() ? this : with(deadline.done(at));
    }
}
