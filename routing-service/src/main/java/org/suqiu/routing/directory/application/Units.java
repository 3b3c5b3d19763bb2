package org.suqiu.routing.directory.application;

import org.suqiu.routing.directory.model.VersionedUnit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored directory: units by id, each written only over the version it was read at. */
public interface Units {

    Mono<VersionedUnit> byId(String unitId);

    /** All units by id, optionally only those of one jurisdiction. */
    Flux<VersionedUnit> all(String jurisdictionCode);

    /** Adds a unit; false when one with its id is already there. */
    Mono<Boolean> add(VersionedUnit unit);

    /** Replaces the unit stored at {@code expectedVersion}; false when it has moved on since. */
    Mono<Boolean> replace(VersionedUnit unit, long expectedVersion);
}
