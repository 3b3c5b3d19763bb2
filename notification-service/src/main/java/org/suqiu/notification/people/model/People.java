package org.suqiu.notification.people.model;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The directory of people (port); personal data is sealed by the store, never by the caller. */
public interface People {

    /** The person, or empty. */
    Mono<Person> byId(String id);

    /** Stores a new person (version 1) unless the id exists; emits whether it was stored. */
    Mono<Boolean> addIfAbsent(Person person);

    /** Replaces the person if it is still at {@code expectedVersion}; emits whether it was replaced. */
    Mono<Boolean> replace(Person person, long expectedVersion);

    /** Removes the person; emits whether there was one. */
    Mono<Boolean> remove(String id);

    /** People whose jurisdiction lies in {@code area} (all when null), by id, filtered by role and unit when given. */
    Flux<Person> find(JurisdictionCode area, PersonRole role, String unitId, int limit);

    /** People of {@code role} in unit {@code unitId}. */
    Flux<Person> ofUnit(String unitId, PersonRole role);

    /** People of {@code role} whose jurisdiction is exactly {@code code}. */
    Flux<Person> ofJurisdiction(JurisdictionCode code, PersonRole role);
}
