package org.suqiu.mediation.directory.model;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** This service's copy of the unit directory, fed by routing's {@code directory.units}. */
public interface Units {

    /** Keeps the description if it is newer than the one held; false when it was not (a repeat or out of order). */
    Mono<Boolean> apply(Unit unit);

    Mono<Unit> byId(String unitId);

    Flux<Unit> byIds(Collection<String> unitIds);
}
