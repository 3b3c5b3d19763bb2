package org.suqiu.routing.directory.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.core.io.Resource;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.InvalidDirectoryException;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.UnitKind;
import org.suqiu.routing.support.CsvTable;

/** Reads the directory seed CSV into a checked {@link Directory}. */
public final class UnitsCsv {

    static final List<String> COLUMNS = List.of("unitId", "name", "kind", "jurisdictionCode", "parentUnitId", "escalationContacts");

    private UnitsCsv() {
    }

    public static Directory read(Resource resource, Predicate<String> knownJurisdiction) {
        CsvTable table = CsvTable.read(resource, COLUMNS.subList(0, 4));
        List<Unit> units = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = "line " + row.line();
            String id = row.get("unitId");
            String name = row.get("name");
            String code = row.get("jurisdictionCode");
            UnitKind kind = kindOf(row.get("kind"));
            if (id.isEmpty() || name.isEmpty() || code.isEmpty()) {
                problems.add(where + ": unitId, name and jurisdictionCode are required");
                continue;
            }
            if (kind == null) {
                problems.add(where + ": kind '" + row.get("kind") + "' is not one of " + Arrays.toString(UnitKind.values()));
                continue;
            }
            String parent = row.get("parentUnitId");
            List<String> contacts = Arrays.stream(row.get("escalationContacts").split("\\|"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            units.add(new Unit(id, name, kind, code, parent.isEmpty() ? null : parent, contacts));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(table.location(), problems);
        }
        return Directory.of(table.location(), units, knownJurisdiction);
    }

    private static UnitKind kindOf(String value) {
        for (UnitKind kind : UnitKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
