package org.suqiu.routing.assignment.infrastructure;

import java.util.List;

import org.springframework.core.io.Resource;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.support.CsvTable;

/** Reads the rule table CSV: {@code category,countyCode,unitId,ruleId}, one rule a line. */
public final class RulesCsv {

    static final List<String> COLUMNS = List.of("category", "countyCode", "unitId", "ruleId");

    private RulesCsv() {
    }

    public static List<RoutingRule> read(CsvTable table) {
        return table.rows().stream()
                .map(row -> new RoutingRule(row.get("ruleId"), row.get("category"), row.get("countyCode"), row.get("unitId")))
                .toList();
    }

    public static CsvTable table(Resource resource) {
        return CsvTable.read(resource, COLUMNS);
    }
}
