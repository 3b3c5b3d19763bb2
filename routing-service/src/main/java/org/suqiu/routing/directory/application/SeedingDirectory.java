package org.suqiu.routing.directory.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.VersionedUnit;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Brings the stored directory up to the seed: adds the units not stored yet and leaves stored ones
 * as they are (administrators change them through the API, and the seed must not undo that), then publishes every unit's current state so a fresh consumer of the
 * compacted topic sees them all. Each version of a unit is recorded once in the audit trail
 * ({@code unit.seeded} for version 1, {@code unit.changed} after), by the system actor.
 */
public class SeedingDirectory {

    /** What a seeding did. */
    public record Seeded(int added, int changed, int unchanged) {
        public int total() {
            return added + changed + unchanged;
        }
    }

    private enum Change {
        ADDED, CHANGED, UNCHANGED
    }

    private record Outcome(VersionedUnit unit, Change change) {
    }

    private static final Logger log = LoggerFactory.getLogger(SeedingDirectory.class);
    private static final int ATTEMPTS = 5;

    private final Units units;
    private final DirectoryEvents events;
    private final Clock clock;
    private final Auditing audit;

    public SeedingDirectory(Units units, DirectoryEvents events, Clock clock, Auditing audit) {
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    public Mono<Seeded> seed(Directory seed) {
        return Flux.fromIterable(seed.units())
                .concatMap(unit -> upsert(unit, ATTEMPTS))
                // recorded for unchanged units too (same id, so written once): heals a start that stopped before auditing
                .concatMap(outcome -> audit.record(auditEntry(outcome.unit())).thenReturn(outcome))
                .concatMap(outcome -> events.published(outcome.unit()).thenReturn(outcome))
                .collectList()
                .map(outcomes -> new Seeded(
                        (int) outcomes.stream().filter(o -> o.change() == Change.ADDED).count(),
                        (int) outcomes.stream().filter(o -> o.change() == Change.CHANGED).count(),
                        (int) outcomes.stream().filter(o -> o.change() == Change.UNCHANGED).count()))
                .doOnNext(s -> log.info("Directory seeded: {} units ({} added, {} changed, {} unchanged) and published",
                        s.total(), s.added(), s.changed(), s.unchanged()));
    }

    /** The audit entry of a unit's version: id {@code <unitId>:v<version>}, at the version's time. */
    static AuditEntry auditEntry(VersionedUnit unit) {
        return AuditEntry.of(Auditing.SYSTEM, unit.version() == 1 ? "unit.seeded" : "unit.changed", "unit", unit.id())
                .because("directory seed")
                .with("version", Long.toString(unit.version()))
                .with("name", unit.unit().name())
                .with("jurisdictionCode", unit.unit().jurisdictionCode())
                .with("parentUnitId", unit.unit().parentUnitId())
                .withId(unit.id() + ":v" + unit.version())
                .at(unit.changedAt());
    }

    // another instance may seed at the same time: a lost race is read again, never overwritten
    private Mono<Outcome> upsert(Unit content, int attemptsLeft) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return units.byId(content.id())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(stored -> stored.isEmpty() ? add(content, now) : update(stored.get(), content, now))
                .flatMap(done -> done.map(Mono::just).orElseGet(() -> attemptsLeft > 1
                        ? upsert(content, attemptsLeft - 1)
                        : Mono.error(new IllegalStateException("unit " + content.id() + " kept changing while being seeded"))));
    }

    private Mono<Optional<Outcome>> add(Unit content, Instant now) {
        VersionedUnit first = VersionedUnit.first(content, now);
        return units.add(first).map(added -> added ? Optional.of(new Outcome(first, Change.ADDED)) : Optional.empty());
    }

    // once stored, a unit belongs to the administrators (单位管理): the seed never overwrites their changes
    private Mono<Optional<Outcome>> update(VersionedUnit stored, Unit content, Instant now) {
        return Mono.just(Optional.of(new Outcome(stored, Change.UNCHANGED)));
    }
}
