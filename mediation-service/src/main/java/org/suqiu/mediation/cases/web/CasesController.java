package org.suqiu.mediation.cases.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.mediation.cases.application.CaseActionResult;
import org.suqiu.mediation.cases.application.HandlingCase;
import org.suqiu.mediation.cases.application.ViewingCases;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseState;

import reactor.core.publisher.Mono;

/**
 * The case API for handlers and supervisors: list and read cases, accept (签收), resolve (办结) and
 * close them. A repeated action (same handler, same answer, same outcome) answers the case as it is.
 */
@RestController
@RequestMapping("/api/cases")
public class CasesController {

    private final ViewingCases viewingCases;
    private final HandlingCase handlingCase;

    public CasesController(ViewingCases viewingCases, HandlingCase handlingCase) {
        this.viewingCases = viewingCases;
        this.handlingCase = handlingCase;
    }

    @GetMapping
    public Mono<ResponseEntity<Object>> list(
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String trackingNo,
            @RequestParam(required = false) String limit) {
        CaseState wantedState = null;
        if (state != null) {
            try {
                wantedState = CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Mono.just(CaseProblems.invalidParameter("state", "must be one of OPEN, ACCEPTED, RESOLVED, CLOSED"));
            }
        }
        int wantedLimit = CaseQuery.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                wantedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                wantedLimit = -1;
            }
            if (wantedLimit < 1 || wantedLimit > CaseQuery.MAX_LIMIT) {
                return Mono.just(CaseProblems.invalidParameter("limit", "must be a whole number from 1 to " + CaseQuery.MAX_LIMIT));
            }
        }
        CaseQuery query = new CaseQuery(blankToNull(unitId), wantedState, blankToNull(trackingNo), wantedLimit);
        return viewingCases.list(query).map(CaseViews::summary).collectList()
                .map(cases -> ResponseEntity.ok().<Object>body(cases));
    }

    @GetMapping("/{caseId}")
    public Mono<ResponseEntity<Object>> one(@PathVariable String caseId) {
        return viewingCases.one(caseId)
                .map(snapshot -> ResponseEntity.ok().<Object>body(CaseViews.detail(snapshot)))
                .defaultIfEmpty(CaseProblems.notFound(caseId));
    }

    @PostMapping("/{caseId}/accept")
    public Mono<ResponseEntity<Object>> accept(@PathVariable String caseId, @Validated @RequestBody CaseRequests.Accept request) {
        return answer(caseId, handlingCase.accept(caseId, request.handler().trim()));
    }

    @PostMapping("/{caseId}/resolve")
    public Mono<ResponseEntity<Object>> resolve(@PathVariable String caseId, @Validated @RequestBody CaseRequests.Resolve request) {
        return answer(caseId, handlingCase.resolve(caseId, request.handler().trim(), request.answer()));
    }

    @PostMapping("/{caseId}/close")
    public Mono<ResponseEntity<Object>> close(@PathVariable String caseId,
            @Validated @RequestBody(required = false) CaseRequests.Close request) {
        String outcome = request == null ? CaseRequests.Close.DEFAULT_OUTCOME : request.outcomeOrDefault();
        return answer(caseId, handlingCase.close(caseId, outcome));
    }

    /** A done or repeated action answers the case as it now is. */
    private Mono<ResponseEntity<Object>> answer(String caseId, Mono<CaseActionResult> action) {
        return action.flatMap(result -> {
            if (result instanceof CaseActionResult.Done done) {
                return detail(done.current());
            }
            if (result instanceof CaseActionResult.Unchanged unchanged) {
                return detail(unchanged.current());
            }
            if (result instanceof CaseActionResult.Refused refused) {
                return Mono.just(CaseProblems.refused(caseId, refused.rejection()));
            }
            if (result instanceof CaseActionResult.Conflict) {
                return Mono.just(CaseProblems.conflict(caseId));
            }
            return Mono.just(CaseProblems.notFound(caseId));
        });
    }

    private Mono<ResponseEntity<Object>> detail(Case current) {
        return viewingCases.of(current).map(snapshot -> ResponseEntity.ok().<Object>body(CaseViews.detail(snapshot)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
