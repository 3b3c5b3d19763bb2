package org.suqiu.mediation.deadlines.application;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.application.CaseEventRelay;
import org.suqiu.mediation.cases.application.Now;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.DeadlineNotice;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Watching deadlines (督办的时限): finds cases whose 签收 or 办结 deadline is approaching or past and
 * records each notice once per case, deadline and level. It keeps no state of its own: the record
 * in the case itself says what was sent, so restarts and several instances send nothing twice.
 */
public class WatchingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WatchingDeadlines.class);

    private final Cases cases;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final int batchSize;
    private final CaseAudit audit;

    public WatchingDeadlines(Cases cases, CaseEventRelay relay, Clock clock, int batchSize) {
        this(cases, relay, clock, batchSize, CaseAudit.none());
    }

    public WatchingDeadlines(Cases cases, CaseEventRelay relay, Clock clock, int batchSize, CaseAudit audit) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.cases = cases;
        this.relay = relay;
        this.clock = clock;
        this.batchSize = batchSize;
        this.audit = audit;
    }

    /** One round: records what is owed now, at most {@code batchSize} cases per deadline kind; completes with how many notices it recorded. */
    public Mono<Integer> watch() {
        Instant now = Now.of(clock);
        return Flux.fromArray(DeadlineKind.values())
                .concatMap(kind -> cases.owingNotice(kind, now, batchSize)
                        .concatMap(owing -> recordOwed(owing, kind, now)))
                .reduce(0, Integer::sum)
                .doOnNext(recorded -> {
                    if (recorded > 0) {
                        relay.nudge();
                    }
                });
    }

    private Mono<Integer> recordOwed(Case owing, DeadlineKind kind, Instant now) {
        return Mono.justOrEmpty(owing.noticeOwedAt(kind, now))
                .flatMap(notice -> cases.record(owing, notice).flatMap(recorded -> {
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
                }))
                .defaultIfEmpty(0);
    }

    private static AuditEntry entry(Case owing, DeadlineNotice notice) {
        return AuditEntry.of(CaseAudit.SYSTEM, notice.overdue() ? "case.overdue" : "case.deadline-approaching",
                        CaseAudit.RESOURCE, owing.caseId())
                .because(notice.deadline() + " deadline " + (notice.overdue() ? "passed" : "approaching"))
                .with("deadline", notice.deadline().name())
                .with("dueAt", owing.deadlines().of(notice.deadline()).dueAt().toString())
                .with("level", notice.overdue() ? Integer.toString(notice.level()) : null)
                .with("state", owing.state().name())
                .with("unitId", owing.assignment().unitId())
                .withId(notice.event().eventId())
                .at(notice.detectedAt());
    }

    private static void log(Case owing, DeadlineNotice notice) {
        if (notice.overdue()) {
            log.info("Case {} ({}) is overdue on {} (due {}), level {}", owing.caseId(), owing.grievance().trackingNo(),
                    notice.deadline(), owing.deadlines().of(notice.deadline()).dueAt(), notice.level());
        } else {
            log.info("Case {} ({}): {} deadline approaching (due {})", owing.caseId(), owing.grievance().trackingNo(),
                    notice.deadline(), owing.deadlines().of(notice.deadline()).dueAt());
        }
    }
}
