package org.suqiu.routing.assignment.infrastructure;

import java.time.Instant;
import java.util.List;

import org.springframework.core.io.Resource;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.support.CsvTable;

/**
 * Reads the rule seed CSV: {@code category,countyCode,unitId,ruleId}, one rule a line, and optionally
 * {@code urgency} (empty: any), {@code priority} (empty: 0), {@code validFrom}, {@code validUntil}
 * (ISO instants); {@code countyCode} may be any division code.
 */
public final class RulesCsv {

    static final List<String> COLUMNS = List.of("category", "countyCode", "unitId", "ruleId");

    private RulesCsv() {
    }

    public static List<RoutingRule> read(CsvTable table) {
        return table.rows().stream()
                .map(row -> new RoutingRule(row.get("ruleId"), row.get("category"), row.get("countyCode"),
                        row.get("urgency"), row.get("unitId"),
                        row.get("priority").isEmpty() ? 0 : Integer.parseInt(row.get("priority")),
                        row.get("validFrom").isEmpty() ? null : Instant.parse(row.get("validFrom")),
                        row.get("validUntil").isEmpty() ? null : Instant.parse(row.get("validUntil"))))
                .toList();
    }

    public static CsvTable table(Resource resource) {
        return CsvTable.read(resource, COLUMNS);
    }
}
