package org.suqiu.mediation.cases.application;

import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.platform.security.JurisdictionScope;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.DeadlineNotice;
import org.suqiu.mediation.cases.model.NoticeSchedule;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cases in memory with the store's rules (one per grievance, version check, notices recorded once) and a visible outbox. */
public class InMemoryCases implements Cases {

    private final Map<String, Case> cases = new ConcurrentHashMap<>();
    private final Map<String, List<CaseEvent>> outbox = new ConcurrentHashMap<>();
    private final NoticeSchedule schedule;
    private final List<Duration> steps;

    public InMemoryCases() {
        this(null, List.of());
    }

    /** Files notice instants in {@code schedule} as the Mongo store does. */
    public InMemoryCases(NoticeSchedule schedule, List<Duration> steps) {
        this.schedule = schedule;
        this.steps = steps;
    }

    private void file(CaseChanged change, Instant now) {
        if (schedule == null) {
            return;
        }
        java.util.Set<Instant> times = new java.util.TreeSet<>();
        change.after().deadlines().all().stream().filter(d -> d.isRunning()).forEach(d -> times.addAll(d.noticeTimes(steps)));
        schedule.file(change.after().caseId(), times, now).block();
    }

    @Override
    public synchronized Mono<Boolean> add(CaseChanged opened) {
        Case c = opened.after();
        if (cases.containsKey(c.caseId())) {
            return Mono.just(false);
        }
        file(opened, c.openedAt());
        cases.put(c.caseId(), c);
        outbox.computeIfAbsent(c.caseId(), id -> new ArrayList<>()).addAll(opened.events());
        return Mono.just(true);
    }

    @Override
    public Mono<Case> byId(String caseId) {
        return Mono.justOrEmpty(cases.get(caseId));
    }

    @Override
    public Mono<Case> byId(String caseId, CaseScope scope) {
        return byId(caseId).filter(c -> reaches(scope, c));
    }

    /** The store's scope rule, as the Mongo query applies it. */
    static boolean reaches(CaseScope scope, Case c) {
        boolean unit = scope.unitId() != null && scope.unitId().equals(c.assignment().unitId());
        boolean within = scope.jurisdiction() != null && JurisdictionScope.of(scope.jurisdiction()).covers(c.assignment().jurisdictionCode());
        return unit || within;
    }

    @Override
    public synchronized Mono<Boolean> save(CaseChanged change) {
        Case stored = cases.get(change.after().caseId());
        if (stored == null || stored.version() != change.expectedVersion()) {
            return Mono.just(false);
        }
        file(change, change.added().isEmpty() ? change.after().openedAt() : change.added().get(0).at());
        cases.put(stored.caseId(), change.after());
        outbox.computeIfAbsent(stored.caseId(), id -> new ArrayList<>()).addAll(change.events());
        return Mono.just(true);
    }

    @Override
    public Flux<Case> find(CaseQuery query) {
        return Flux.fromIterable(cases.values())
                .filter(c -> reaches(query.scope(), c))
                .filter(c -> query.state() == null || c.state() == query.state())
                .filter(c -> query.unitId() == null || c.assignment().unitId().equals(query.unitId()))
                .sort(Comparator.comparing(Case::openedAt).reversed())
                .take(query.limit());
    }

    @Override
    public synchronized Mono<Boolean> record(Case aCase, DeadlineNotice notice) {
        Case stored = cases.get(aCase.caseId());
        var owed = stored.noticeOwedAt(notice.deadline(), notice.detectedAt(), steps);
        if (owed.isEmpty() || owed.get().status() != notice.status() || owed.get().level() != notice.level()) {
            return Mono.just(false);
        }
        cases.put(stored.caseId(), stored.withNotice(notice));
        outbox.computeIfAbsent(stored.caseId(), id -> new ArrayList<>()).add(notice.event());
        return Mono.just(true);
    }

    /** Replaces a stored case as another writer would, for races. */
    public void overwrite(Case c) {
        cases.put(c.caseId(), c);
    }

    /** Every event queued for publication so far, in order. */
    public List<CaseEvent> queued() {
        return outbox.values().stream().flatMap(List::stream).toList();
    }
}
