package org.suqiu.notification.people.model;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The people directory in a map, for fast tests. */
public class InMemoryPeople implements People {

    final Map<String, Person> byId = new ConcurrentHashMap<>();

    public InMemoryPeople with(Person... people) {
        for (Person p : people) {
            byId.put(p.id(), p);
        }
        return this;
    }

    @Override
    public Mono<Person> byId(String id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Mono<Boolean> addIfAbsent(Person person) {
        return Mono.fromSupplier(() -> byId.putIfAbsent(person.id(), person) == null);
    }

    @Override
    public Mono<Boolean> replace(Person person, long expectedVersion) {
        return Mono.fromSupplier(() -> byId.computeIfPresent(person.id(), (id, p) -> p.version() == expectedVersion ? person : p) == person);
    }

    @Override
    public Mono<Boolean> remove(String id) {
        return Mono.fromSupplier(() -> byId.remove(id) != null);
    }

    @Override
    public Flux<Person> find(JurisdictionCode area, PersonRole role, String unitId, int limit) {
        return Flux.fromStream(byId.values().stream()
                .filter(p -> area == null || area.contains(p.jurisdiction()))
                .filter(p -> role == null || p.role() == role)
                .filter(p -> unitId == null || unitId.equals(p.unitId()))
                .sorted(Comparator.comparing(Person::id)).limit(limit));
    }

    @Override
    public Flux<Person> ofUnit(String unitId, PersonRole role) {
        return find(null, role, unitId, 1000);
    }

    @Override
    public Flux<Person> ofJurisdiction(JurisdictionCode code, PersonRole role) {
        return Flux.fromStream(byId.values().stream()
                .filter(p -> p.jurisdictionCode().equals(code.value()) && p.role() == role)
                .sorted(Comparator.comparing(Person::id)));
    }
}
