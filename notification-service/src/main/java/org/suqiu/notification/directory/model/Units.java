package org.suqiu.notification.directory.model;

import reactor.core.publisher.Mono;

/** The local copy of the unit directory (port). */
public interface Units {

    /**
     * Stores {@code unit} unless a copy with the same or a newer version is already there; emits
     * whether it was stored.
     */
    Mono<Boolean> recordIfNewer(Unit unit);

    /** The unit, or empty when the directory has not told us about it (yet). */
    Mono<Unit> byId(String unitId);
}
