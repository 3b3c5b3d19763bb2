package org.suqiu.mediation.deadlines.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.application.CaseEventRelay;
import org.suqiu.mediation.cases.application.Now;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.NoticeSchedule;
import org.suqiu.mediation.cases.model.DeadlineNotice;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Watching deadlines (督办的时限): each round reads the notice schedule's buckets that have come due,
 * asks each case filed there which notices it owes now (warning at 75%, overdue levels) and records
 * each once: the claim in the case document is conditional, so restarts and several instances send
 * nothing twice. The cost of a round follows what is due, not how many cases are open.
 */
public class WatchingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WatchingDeadlines.class);

    private final Cases cases;
    private final NoticeSchedule schedule;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final CaseAudit audit;
    private final List<Duration> overdueSteps;

    public WatchingDeadlines(Cases cases, NoticeSchedule schedule, CaseEventRelay relay, Clock clock, CaseAudit audit,
            List<Duration> overdueSteps) {
        this.cases = cases;
        this.schedule = schedule;
        this.relay = relay;
        this.clock = clock;
        this.audit = audit;
        this.overdueSteps = List.copyOf(overdueSteps);
    }

    /** One round; completes with how many notices it recorded. */
    public Mono<Integer> watch() {
        return watchDetailed().map(Round::recorded);
    }

    /** One round, with what it cost: buckets and cases read, notices recorded. */
    public Mono<Round> watchDetailed() {
        Instant now = Now.of(clock);
        return schedule.due(now)
                .concatMap(bucket -> Flux.fromIterable(bucket.caseIds())
                        .concatMap(caseId -> cases.byId(caseId)
                                .flatMapMany(found -> Flux.fromIterable(found.noticesOwedAt(now, overdueSteps))
                                        .concatMap(notice -> recordOwed(found, notice)))
                                .reduce(0, Integer::sum))
                        .reduce(0, Integer::sum)
                        .flatMap(recorded -> schedule.finish(bucket, now)
                                .map(finished -> new Round(1, bucket.caseIds().size(), recorded))))
                .reduce(new Round(0, 0, 0), Round::plus)
                .doOnNext(round -> {
                    if (round.recorded() > 0) {
                        relay.nudge();
                    }
                });
    }

    /** What a round did: buckets read, cases looked at, notices recorded. */
    public record Round(int buckets, int casesRead, int recorded) {
        Round plus(Round other) {
            return new Round(buckets + other.buckets, casesRead + other.casesRead, recorded + other.recorded);
        }
    }

    private Mono<Integer> recordOwed(Case owing, DeadlineNotice notice) {
        return cases.record(owing, notice).flatMap(recorded -> {
            if (!recorded) {
                return Mono.just(0);
            }
            log(owing, notice);
            // the notice is stored and will go out: a trail that cannot be written must not stop the round
            return audit.record(entry(owing, notice))
                    .doOnError(e -> log.warn("Case {}: notice {} not written to the audit trail: {}", owing.caseId(),
                            notice.event().eventId(), e.toString()))
                    .onErrorResume(e -> Mono.empty())
                    .thenReturn(1);
        });
    }

    private static AuditEntry entry(Case owing, DeadlineNotice notice) {
        return AuditEntry.of(CaseAudit.SYSTEM, notice.overdue() ? "case.overdue" : "case.deadline-approaching",
                        CaseAudit.RESOURCE, owing.caseId())
                .because(notice.deadline() + " deadline " + (notice.overdue() ? "passed" : "approaching"))
                .with("deadline", notice.deadline().name())
                .with("dueAt", notice.dueAt().toString())
                .with("level", notice.overdue() ? Integer.toString(notice.level()) : null)
                .with("state", owing.state().name())
                .with("unitId", owing.assignment().unitId())
                .withId(notice.event().eventId())
                .at(notice.detectedAt());
    }

    private static void log(Case owing, DeadlineNotice notice) {
        if (notice.overdue()) {
            log.info("Case {} ({}) is overdue on {} (due {}), level {}", owing.caseId(), owing.grievance().trackingNo(),
                    notice.deadline(), notice.dueAt(), notice.level());
        } else {
            log.info("Case {} ({}): {} deadline approaching (due {})", owing.caseId(), owing.grievance().trackingNo(),
                    notice.deadline(), notice.dueAt());
        }
    }
}
