package org.suqiu.routing.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.support.Auditing;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.UnitKind;
import org.suqiu.routing.directory.model.VersionedUnit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class SeedingDirectoryTest {

    /** The store in memory, with the same add/replace rules as the real one. */
    static final class InMemoryUnits implements Units {
        final Map<String, VersionedUnit> stored = new ConcurrentHashMap<>();

        @Override
        public Mono<VersionedUnit> byId(String unitId) {
            return Mono.justOrEmpty(stored.get(unitId));
        }

        @Override
        public Flux<VersionedUnit> all(String jurisdictionCode) {
            return Flux.fromIterable(new TreeMap<>(stored).values());
        }

        @Override
        public Mono<Boolean> add(VersionedUnit unit) {
            return Mono.fromSupplier(() -> stored.putIfAbsent(unit.id(), unit) == null);
        }

        @Override
        public Mono<Boolean> replace(VersionedUnit unit, long expectedVersion) {
            return Mono.fromSupplier(() -> {
                VersionedUnit current = stored.get(unit.id());
                return current != null && current.version() == expectedVersion && stored.replace(unit.id(), current, unit);
            });
        }
    }

    private final InMemoryUnits units = new InMemoryUnits();
    private final List<VersionedUnit> published = new ArrayList<>();
    private final DirectoryEvents events = unit -> Mono.fromRunnable(() -> published.add(unit));

    private static Directory directory(Unit... units) {
        return Directory.of("test", List.of(units), code -> true);
    }

    private static Unit gov(String name) {
        return new Unit("330483-gov", name, UnitKind.LOCAL_GOVERNMENT, "330483", null, List.of());
    }

    private static Unit env() {
        return new Unit("330483-env", "嘉兴市生态环境局桐乡分局", UnitKind.LINE_DEPARTMENT, "330483", "330483-gov", List.of());
    }

    /** The audit trail in memory: like the real one, an entry whose id is stored is not written again. */
    private final Map<String, AuditEntry> audited = new LinkedHashMap<>();
    private final Auditing audit = entry -> Mono.fromRunnable(() -> audited.putIfAbsent(entry.id(), entry));

    private SeedingDirectory seedingAt(String time) {
        return new SeedingDirectory(units, events, Clock.fixed(Instant.parse(time), ZoneOffset.UTC), audit);
    }

    @Test
    void shouldStoreEveryUnitAtVersionOneAndPublishIt() {
        SeedingDirectory.Seeded seeded = seedingAt("2026-11-20T08:00:00Z").seed(directory(gov("桐乡市人民政府"), env())).block();

        assertThat(seeded).isEqualTo(new SeedingDirectory.Seeded(2, 0, 0));
        assertThat(units.stored.values()).extracting(VersionedUnit::version).containsOnly(1L);
        assertThat(published).extracting(VersionedUnit::id).containsExactly("330483-gov", "330483-env");
    }

    @Test
    void shouldKeepVersionsOfUnchangedUnitsButPublishThemAgain() {
        seedingAt("2026-11-20T08:00:00Z").seed(directory(gov("桐乡市人民政府"), env())).block();
        published.clear();

        SeedingDirectory.Seeded seeded = seedingAt("2026-11-21T08:00:00Z").seed(directory(gov("桐乡市人民政府"), env())).block();

        assertThat(seeded).isEqualTo(new SeedingDirectory.Seeded(0, 0, 2));
        assertThat(published).extracting(VersionedUnit::version).containsExactly(1L, 1L);
        assertThat(published).extracting(VersionedUnit::changedAt).containsOnly(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void shouldLeaveAStoredUnitAsItIsWhenTheSeedDiffers() {
        seedingAt("2026-11-20T08:00:00Z").seed(directory(gov("桐乡市人民政府"), env())).block();

        SeedingDirectory.Seeded seeded = seedingAt("2026-11-21T08:00:00Z").seed(directory(gov("桐乡市政府"), env())).block();

        assertThat(seeded).isEqualTo(new SeedingDirectory.Seeded(0, 0, 2));
        assertThat(units.stored.get("330483-gov").version()).isEqualTo(1);
        assertThat(units.stored.get("330483-gov").unit().name()).isEqualTo("桐乡市人民政府");
    }

    @Test
    void shouldRecordEachSeededUnitOnceInTheAuditTrail() {
        seedingAt("2026-11-20T08:00:00Z").seed(directory(gov("桐乡市人民政府"), env())).block();
        seedingAt("2026-11-21T08:00:00Z").seed(directory(gov("桐乡市政府"), env())).block();

        assertThat(audited).containsOnlyKeys("330483-gov:v1", "330483-env:v1");
        AuditEntry seeded = audited.get("330483-gov:v1");
        assertThat(seeded.action()).isEqualTo("unit.seeded");
        assertThat(seeded.actor().subject()).isEqualTo("system:routing-service");
        assertThat(seeded.resourceType()).isEqualTo("unit");
        assertThat(seeded.details()).containsEntry("version", "1").containsEntry("name", "桐乡市人民政府");
    }
}
