package org.suqiu.routing.directory.model;

import java.time.Instant;
import java.util.Optional;

/** A unit as the directory keeps it: its content, a version that grows with every change, and when. */
public record VersionedUnit(Unit unit, long version, Instant changedAt) {

    /** A unit entering the directory. */
    public static VersionedUnit first(Unit unit, Instant now) {
        return new VersionedUnit(unit, 1, now);
    }

    /** The next version if {@code content} differs from this one's; empty when nothing changed. */
    public Optional<VersionedUnit> changedTo(Unit content, Instant now) {
        return unit.equals(content) ? Optional.empty() : Optional.of(new VersionedUnit(content, version + 1, now));
    }

    public String id() {
        return unit.id();
    }
}
