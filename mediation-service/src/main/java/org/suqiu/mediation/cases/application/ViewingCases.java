package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.directory.model.Unit;
import org.suqiu.mediation.directory.model.Units;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Viewing cases for handlers and supervisors: one case with its timeline, or a list newest first. */
public class ViewingCases {

    private final Cases cases;
    private final Units units;
    private final Clock clock;

    public ViewingCases(Cases cases, Units units, Clock clock) {
        this.cases = cases;
        this.units = units;
        this.clock = clock;
    }

    /** The case if it lies in {@code scope}; empty when unknown or out of scope alike. */
    public Mono<CaseSnapshot> one(String caseId, CaseScope scope) {
        return cases.byId(caseId, scope).flatMap(this::of);
    }

    /** A case just read or changed, as a snapshot now. */
    public Mono<CaseSnapshot> of(Case found) {
        Instant now = Now.of(clock);
        return units.byId(found.assignment().unitId())
                .map(unit -> new CaseSnapshot(found, unit.name(), now))
                .defaultIfEmpty(new CaseSnapshot(found, found.assignment().unitName(), now));
    }

    public Flux<CaseSnapshot> list(CaseQuery query) {
        Instant now = Now.of(clock);
        return cases.find(query).collectList().flatMapMany(found -> {
            List<String> unitIds = found.stream().map(c -> c.assignment().unitId()).distinct().toList();
            return units.byIds(unitIds)
                    .collectMap(Unit::unitId, Function.identity())
                    .flatMapMany(known -> Flux.fromIterable(found).map(c -> snapshot(c, known, now)));
        });
    }

    private static CaseSnapshot snapshot(Case found, Map<String, Unit> known, Instant now) {
        Unit unit = known.get(found.assignment().unitId());
        return new CaseSnapshot(found, unit == null ? found.assignment().unitName() : unit.name(), now);
    }
}
