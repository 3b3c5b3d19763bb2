package org.suqiu.notification.directory.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 承办单位: a unit as the directory last described it (routing-service owns it; this is a copy fed
 * by {@code directory.units}). {@code version} grows with every change, so an older copy never
 * overwrites a newer one.
 */
public record Unit(
        String unitId,
        String name,
        String kind,
        String jurisdictionCode,
        String parentUnitId,
        List<String> escalationContacts,
        long version,
        Instant changedAt) {

    public Unit {
        Objects.requireNonNull(unitId, "unitId");
        escalationContacts = escalationContacts == null ? List.of() : List.copyOf(escalationContacts);
    }
}
