package org.suqiu.contracts.routing;

import java.time.Instant;
import java.util.List;

import org.suqiu.contracts.Event;

/**
 * The current state of one unit (承办单位) in the directory; published to the compacted
 * {@code directory.units} topic, keyed by unit id, so the latest record per unit is the directory.
 * Optional: parentUnitId. {@code version} grows with every change.
 */
public record UnitChanged(
        String unitId,
        String name,
        UnitKind kind,
        String jurisdictionCode,
        String parentUnitId,
        List<String> escalationContacts,
        long version,
        Instant changedAt) implements Event {

    public static final String TYPE = "suqiu.unit.changed.v1";

    public UnitChanged {
        escalationContacts = escalationContacts == null ? List.of() : List.copyOf(escalationContacts);
    }

    @Override
    public String subject() {
        return unitId;
    }
}
