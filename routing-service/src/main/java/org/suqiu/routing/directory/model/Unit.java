package org.suqiu.routing.directory.model;

import java.util.List;
import java.util.Objects;

/**
 * 承办单位: a body that handles grievances, in the jurisdiction it serves, under its parent unit
 * (null at the top); escalation contacts are whom to tell when its cases run late.
 */
public record Unit(String id, String name, UnitKind kind, String jurisdictionCode, String parentUnitId,
                   List<String> escalationContacts) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        escalationContacts = escalationContacts == null ? List.of() : List.copyOf(escalationContacts);
    }
}
