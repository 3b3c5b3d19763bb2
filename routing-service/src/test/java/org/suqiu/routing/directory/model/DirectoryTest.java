package org.suqiu.routing.directory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class DirectoryTest {

    private static final Set<String> CODES = Set.of("330400", "330483");

    private static Unit unit(String id, String parent) {
        return new Unit(id, id, UnitKind.LOCAL_GOVERNMENT, "330483", parent, List.of());
    }

    @Test
    void shouldHoldTheDemoCityGovernmentSevenCountiesAndTheirLineDepartments() {
        Directory directory = DemoData.directory();

        assertThat(directory.units()).hasSize(59);
        assertThat(directory.units()).filteredOn(u -> u.kind() == UnitKind.LOCAL_GOVERNMENT).hasSize(10);
        assertThat(directory.unit("330483-gov")).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("桐乡市人民政府");
            assertThat(u.parentUnitId()).isEqualTo("330400-gov");
        });
        assertThat(directory.unit("330483-env")).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("嘉兴市生态环境局桐乡分局");
            assertThat(u.kind()).isEqualTo(UnitKind.LINE_DEPARTMENT);
            assertThat(u.jurisdictionCode()).isEqualTo("330483");
            assertThat(u.parentUnitId()).isEqualTo("330483-gov");
        });
        assertThat(directory.unit("330421-transport")).map(Unit::name).contains("嘉善县交通运输局");
    }

    @Test
    void shouldRefuseUnknownParentsDuplicatesCyclesAndUnknownJurisdictions() {
        List<Unit> units = List.of(unit("a", null), unit("a", null), unit("b", "nobody"), unit("c", "d"), unit("d", "c"),
                new Unit("e", "e", UnitKind.LINE_DEPARTMENT, "999999", "a", List.of()));

        assertThatThrownBy(() -> Directory.of("test.csv", units, CODES::contains))
                .isInstanceOfSatisfying(InvalidDirectoryException.class, e -> assertThat(e.problems()).containsExactly(
                        "unit a appears twice",
                        "unit b: parent nobody is not in the directory",
                        "unit c is its own ancestor",
                        "unit d is its own ancestor",
                        "unit e: jurisdiction 999999 is not in the gazetteer"));
    }

    @Test
    void shouldKeepTheVersionWhenNothingChanged() {
        VersionedUnit stored = VersionedUnit.first(unit("a", null), Instant.EPOCH);

        assertThat(stored.changedTo(unit("a", null), Instant.now())).isEmpty();
    }

    @Test
    void shouldBumpTheVersionWhenTheContentChanged() {
        VersionedUnit stored = new VersionedUnit(unit("a", null), 3, Instant.EPOCH);
        Unit renamed = new Unit("a", "renamed", UnitKind.LOCAL_GOVERNMENT, "330483", null, List.of());
        Instant now = Instant.parse("2026-11-20T08:00:00Z");

        assertThat(stored.changedTo(renamed, now)).contains(new VersionedUnit(renamed, 4, now));
    }
}
