package org.suqiu.mediation.reports.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.suqiu.mediation.cases.application.Now;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.reports.model.RateReport;
import org.suqiu.mediation.reports.model.UnitRates;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What supervisors and units see: worklists by due date, the overdue list, the three rates over a period. */
public class ReportingCases {

    private final Cases cases;
    private final Clock clock;

    public ReportingCases(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Cases with a running clock, most urgent first, optionally of one unit and state. */
    public Flux<Case> worklist(CaseScope scope, String unitId, CaseState state, String trackingNo, int limit) {
        return cases.find(new CaseQuery(unitId, state, trackingNo, limit, scope, null, null, null, true));
    }

    /** Cases a running clock of which is past due now, the longest overdue first. */
    public Flux<Case> overdue(CaseScope scope, String unitId, int limit) {
        return cases.find(new CaseQuery(unitId, null, null, limit, scope, Now.of(clock), null, null, true));
    }

    /** The rates of the cases opened in {@code [from, to)} within the scope. */
    public Mono<List<UnitRates>> rates(CaseScope scope, Instant from, Instant to, RateReport.Grouping grouping) {
        Instant now = Now.of(clock);
        return cases.find(new CaseQuery(null, null, null, CaseQuery.REPORT_LIMIT, scope, null, from, to, false))
                .collectList()
                .map(found -> RateReport.of(found, grouping, now));
    }
}
