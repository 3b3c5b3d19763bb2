package org.suqiu.mediation.directory.model;

import java.time.Instant;

import org.suqiu.contracts.routing.UnitKind;

/** 承办单位: a unit as the directory last described it; {@code version} orders the descriptions. */
public record Unit(String unitId, String name, UnitKind kind, String jurisdictionCode, String parentUnitId, long version,
        Instant changedAt) {
}
