package org.suqiu.routing.directory.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.InvalidDirectoryException;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.VersionedUnit;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Mono;

/**
 * 单位管理: the directory in force and its changes by an administrator: a unit created or updated
 * is checked with the whole directory (known jurisdiction and parent, no cycle), stored as its next
 * version, recorded in the audit trail (who, when, what, why), published to {@code directory.units}
 * and put in force at once. Starts from the seed and is reloaded from the store after seeding.
 */
public class LiveDirectory {

    /** What a change did: the unit's new version, and whether anything changed at all. */
    public record Changed(VersionedUnit unit, boolean changed) {
    }

    private final Units units;
    private final DirectoryEvents events;
    private final Clock clock;
    private final Auditing audit;
    private final Predicate<String> knownJurisdiction;
    private final AtomicReference<Directory> current;

    public LiveDirectory(Directory seed, Units units, DirectoryEvents events, Clock clock, Auditing audit,
                         Predicate<String> knownJurisdiction) {
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.knownJurisdiction = knownJurisdiction;
        this.current = new AtomicReference<>(seed);
    }

    public Directory current() {
        return current.get();
    }

    /** Reads every stored unit into the directory in force. */
    public Mono<Directory> reload() {
        return units.all(null).map(VersionedUnit::unit).collectList()
                .map(all -> Directory.of("stored directory", all, knownJurisdiction))
                .doOnNext(current::set);
    }

    /**
     * Creates ({@code expectedVersion} null) or updates a unit; an update names the version it was
     * read at and fails with {@link IllegalStateException} when the unit has moved on. Invalid
     * content fails with {@link InvalidDirectoryException} listing every problem.
     */
    public Mono<Changed> save(Unit content, Long expectedVersion, AuditEntry.Actor actor, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Mono.defer(() -> {
            List<Unit> next = new ArrayList<>(current.get().units().stream().filter(u -> !u.id().equals(content.id())).toList());
            next.add(content);
            Directory checked = Directory.of("unit " + content.id(), next, knownJurisdiction);
            return units.byId(content.id()).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                    .flatMap(stored -> {
                        if (stored.isEmpty()) {
                            if (expectedVersion != null) {
                                return Mono.error(new UnitNotFoundException(content.id()));
                            }
                            VersionedUnit first = VersionedUnit.first(content, now);
                            return units.add(first).flatMap(added -> added ? done(first, true, checked, actor, reason)
                                    : Mono.error(new IllegalStateException("unit " + content.id() + " exists already")));
                        }
                        if (expectedVersion == null) {
                            return Mono.error(new IllegalStateException("unit " + content.id() + " exists already"));
                        }
                        VersionedUnit was = stored.get();
                        if (was.version() != expectedVersion) {
                            return Mono.error(new IllegalStateException("unit " + content.id() + " is at version "
                                    + was.version() + ", not " + expectedVersion));
                        }
                        return was.changedTo(content, now)
                                .map(v -> units.replace(v, was.version()).flatMap(ok -> ok ? done(v, true, checked, actor, reason)
                                        : Mono.error(new IllegalStateException("unit " + content.id() + " changed meanwhile"))))
                                .orElseGet(() -> Mono.just(new Changed(was, false)));
                    });
        });
    }

    private Mono<Changed> done(VersionedUnit unit, boolean changed, Directory checked, AuditEntry.Actor actor, String reason) {
        AuditEntry entry = AuditEntry.of(actor, unit.version() == 1 ? "unit.created" : "unit.changed", "unit", unit.id())
                .because(reason)
                .with("version", Long.toString(unit.version()))
                .with("name", unit.unit().name())
                .with("kind", unit.unit().kind().name())
                .with("jurisdictionCode", unit.unit().jurisdictionCode())
                .with("parentUnitId", unit.unit().parentUnitId())
                .withId(unit.id() + ":v" + unit.version())
                .at(unit.changedAt());
        return audit.record(entry)
                .then(Mono.fromRunnable(() -> current.set(checked)))
                .then(events.published(unit))
                .thenReturn(new Changed(unit, changed));
    }

    /** No unit with this id. */
    public static class UnitNotFoundException extends RuntimeException {
        public UnitNotFoundException(String unitId) {
            super("unit " + unitId + " does not exist");
        }
    }
}
