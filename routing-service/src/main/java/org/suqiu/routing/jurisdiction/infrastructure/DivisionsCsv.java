package org.suqiu.routing.jurisdiction.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.suqiu.routing.jurisdiction.model.InvalidGazetteerException;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.JurisdictionLevel;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;
import org.suqiu.routing.support.CsvTable;

/**
 * Reads 统计用区划代码 in the columns {@code code12,code,name,level,parent_code12}; codes are taken
 * from {@code code12}: 6 digits down to the county, 9 for a township, 12 below.
 */
public final class DivisionsCsv {

    private DivisionsCsv() {
    }

    public static Jurisdictions read(Resource resource) {
        CsvTable table = CsvTable.read(resource, List.of("code12", "name", "level", "parent_code12"));
        List<Jurisdiction> divisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code12 = row.get("code12");
            String where = table.location() + " line " + row.line();
            if (!code12.matches("\\d{12}")) {
                problems.add(where + ": code12 '" + code12 + "' is not 12 digits");
                continue;
            }
            JurisdictionLevel level;
            try {
                String name = row.get("level").toUpperCase(Locale.ROOT);
                // the statistics codes call the fifth level "village"
                level = JurisdictionLevel.valueOf("VILLAGE".equals(name) ? "COMMUNITY" : name);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown level '" + row.get("level") + "'");
                continue;
            }
            String parent = row.get("parent_code12");
            divisions.add(new Jurisdiction(code(code12), row.get("name"), level, parent.isEmpty() ? null : code(parent)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidGazetteerException(problems);
        }
        if (divisions.isEmpty()) {
            throw new InvalidGazetteerException(List.of(table.location() + " has no divisions"));
        }
        return Jurisdictions.of(divisions);
    }

    /** {@code 330483000000} → {@code 330483}, {@code 330483100000} → {@code 330483100}. */
    static String code(String code12) {
        if (code12.endsWith("000000")) {
            return code12.substring(0, 6);
        }
        if (code12.endsWith("000")) {
            return code12.substring(0, 9);
        }
        return code12;
    }
}
