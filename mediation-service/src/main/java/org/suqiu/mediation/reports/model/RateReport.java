package org.suqiu.mediation.reports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.model.CallBack;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Deadline;

/**
 * 考核: computes {@link UnitRates} for cases opened in a period, grouped per unit or per county
 * (the first six digits of the division code). A case returned and not yet re-assigned counts for
 * nobody; a re-assigned case counts for the unit that holds it.
 */
public final class RateReport {

    /** How to group the cases. */
    public enum Grouping { UNIT, JURISDICTION }

    private RateReport() {
    }

    public static List<UnitRates> of(List<Case> cases, Grouping grouping, Instant now) {
        Function<Case, String> key = grouping == Grouping.UNIT ? c -> c.assignment().unitId()
                : c -> county(c.assignment().jurisdictionCode());
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        for (Case c : cases) {
            if (c.state() != CaseState.RETURNED) {
                groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<UnitRates> rates = new ArrayList<>();
        groups.forEach((k, group) -> rates.add(rates(k, grouping == Grouping.UNIT ? group.get(0).assignment().unitName() : k,
                group, now)));
        rates.sort(Comparator.comparing(UnitRates::key));
        return rates;
    }

    private static UnitRates rates(String key, String name, List<Case> group, Instant now) {
        int acceptedInTime = 0;
        int resolved = 0;
        int rated = 0;
        int satisfied = 0;
        int overdue = 0;
        for (Case c : group) {
            Deadline accept = c.deadlines().find(DeadlineKind.ACCEPT).orElse(null);
            if (c.acceptance() != null && accept != null && !c.acceptance().at().isAfter(accept.dueAt())) {
                acceptedInTime++;
            }
            if (c.state() == CaseState.RESOLVED || c.state() == CaseState.CALLED_BACK || c.state() == CaseState.ESCALATED
                    || c.state() == CaseState.CLOSED) {
                resolved++;
            }
            if (!c.callBacks().isEmpty()) {
                rated++;
                CallBack last = c.callBacks().get(c.callBacks().size() - 1);
                if (last.rating() != CallBackRating.DISSATISFIED) {
                    satisfied++;
                }
            }
            if (c.deadlines().all().stream().anyMatch(d -> d.kind() != DeadlineKind.JUDICIAL_CONFIRMATION
                    && (d.isRunning() ? now.isAfter(d.dueAt()) : d.doneAt().isAfter(d.dueAt())))) {
                overdue++;
            }
        }
        int assigned = group.size();
        return new UnitRates(key, name, assigned, acceptedInTime, resolved, rated, satisfied, overdue,
                rate(acceptedInTime, assigned), rate(resolved, assigned), rate(satisfied, rated));
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static String county(String code) {
        return code == null || code.length() < 6 ? String.valueOf(code) : code.substring(0, 6);
    }
}
