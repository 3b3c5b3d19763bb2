package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseDecision;
import org.suqiu.mediation.cases.model.CaseUnchanged;
import org.suqiu.mediation.cases.model.Cases;

import reactor.core.publisher.Mono;

/**
 * Handling a case (办理): a unit's handler accepts it (签收), resolves it with an answer (办结, 答复),
 * and it is closed. Each step is stored with its event over the version it was decided on; a lost
 * race stores nothing and says so.
 */
public class HandlingCase {

    private static final Logger log = LoggerFactory.getLogger(HandlingCase.class);

    private final Cases cases;
    private final CaseEventRelay relay;
    private final Clock clock;

    public HandlingCase(Cases cases, CaseEventRelay relay, Clock clock) {
        this.cases = cases;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<CaseActionResult> accept(String caseId, String handler) {
        Instant now = Now.of(clock);
        return act(caseId, "accept", c -> c.accept(handler, now));
    }

    public Mono<CaseActionResult> resolve(String caseId, String handler, String answer) {
        Instant now = Now.of(clock);
        return act(caseId, "resolve", c -> c.resolve(handler, answer, now));
    }

    public Mono<CaseActionResult> close(String caseId, String outcome) {
        Instant now = Now.of(clock);
        return act(caseId, "close", c -> c.close(outcome, now));
    }

    private Mono<CaseActionResult> act(String caseId, String action, Function<Case, CaseDecision> decide) {
        return cases.byId(caseId)
                .flatMap(current -> apply(action, decide.apply(current)))
                .defaultIfEmpty(new CaseActionResult.NotFound(caseId));
    }

    private Mono<CaseActionResult> apply(String action, CaseDecision decision) {
        if (decision instanceof CaseChanged change) {
            Case after = change.after();
            return cases.save(change).map(saved -> {
                if (!saved) {
                    log.info("Case {}: {} lost a race with another change", after.caseId(), action);
                    return new CaseActionResult.Conflict(after.caseId());
                }
                log.info("Case {} ({}): {} → {}", after.caseId(), after.grievance().trackingNo(), action, after.state());
                relay.nudge();
                return new CaseActionResult.Done(after);
            });
        }
        if (decision instanceof CaseUnchanged unchanged) {
            return Mono.just(new CaseActionResult.Unchanged(unchanged.current()));
        }
        CaseActionRejected rejected = (CaseActionRejected) decision;
        return Mono.just(new CaseActionResult.Refused(rejected));
    }
}
