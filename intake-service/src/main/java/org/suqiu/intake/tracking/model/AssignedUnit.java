package org.suqiu.intake.tracking.model;

import java.util.Objects;

/** 承办单位: the unit handling the grievance, as the citizen may see it (id and name only). */
public record AssignedUnit(String id, String name) {

    public AssignedUnit {
        Objects.requireNonNull(id, "id");
    }
}
