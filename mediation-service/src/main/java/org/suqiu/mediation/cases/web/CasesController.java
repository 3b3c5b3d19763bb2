package org.suqiu.mediation.cases.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.mediation.cases.application.CaseAccess;
import org.suqiu.mediation.cases.application.CaseActionResult;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.application.HandlingCase;
import org.suqiu.mediation.cases.application.ViewingCases;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.platform.security.StaffMember;

import reactor.core.publisher.Mono;

/**
 * The case API for handlers and supervisors: list and read cases and their audit trail, accept (签收),
 * resolve (办结) and close them. Every request carries a staff token; who may do what is
 * {@link CaseAccess}: a role without business here gets 403, a case outside the caller's scope 404 —
 * the same answer as an unknown one. A repeated action (same handler, same answer, same outcome)
 * answers the case as it is.
 */
@RestController
@RequestMapping("/api/cases")
public class CasesController {

    private final ViewingCases viewingCases;
    private final HandlingCase handlingCase;
    private final CaseAudit caseAudit;

    public CasesController(ViewingCases viewingCases, HandlingCase handlingCase, CaseAudit caseAudit) {
        this.viewingCases = viewingCases;
        this.handlingCase = handlingCase;
        this.caseAudit = caseAudit;
    }

    @GetMapping
    public Mono<ResponseEntity<Object>> list(
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String trackingNo,
            @RequestParam(required = false) String limit,
            StaffMember staff) {
        if (!CaseAccess.mayView(staff)) {
            return forbidden("list cases");
        }
        CaseState wantedState = null;
        if (state != null) {
            try {
                wantedState = CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Mono.just(CaseProblems.invalidParameter("state", "must be one of " + java.util.Arrays.toString(CaseState.values())));
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
        // the unitId parameter narrows within the caller's scope; it never widens it
        CaseQuery query = new CaseQuery(blankToNull(unitId), wantedState, blankToNull(trackingNo), wantedLimit,
                CaseAccess.viewScope(staff));
        return viewingCases.list(query).map(CaseViews::summary).collectList()
                .map(cases -> ResponseEntity.ok().<Object>body(cases));
    }

    @GetMapping("/{caseId}")
    public Mono<ResponseEntity<Object>> one(@PathVariable String caseId, StaffMember staff) {
        if (!CaseAccess.mayView(staff)) {
            return forbidden("read cases");
        }
        return viewingCases.one(caseId, CaseAccess.viewScope(staff))
                .map(snapshot -> ResponseEntity.ok().<Object>body(CaseViews.detail(snapshot)))
                .defaultIfEmpty(CaseProblems.notFound(caseId));
    }

    @GetMapping("/{caseId}/audit")
    public Mono<ResponseEntity<Object>> audit(@PathVariable String caseId, StaffMember staff) {
        if (!CaseAccess.mayView(staff)) {
            return forbidden("read audit trails of cases");
        }
        return viewingCases.one(caseId, CaseAccess.viewScope(staff))
                .flatMap(visible -> caseAudit.ofCase(caseId).map(CaseViews::auditLine).collectList()
                        .map(lines -> ResponseEntity.ok().<Object>body(lines)))
                .defaultIfEmpty(CaseProblems.notFound(caseId));
    }

    @PostMapping("/{caseId}/accept")
    public Mono<ResponseEntity<Object>> accept(@PathVariable String caseId,
            @Validated @RequestBody(required = false) CaseRequests.Accept request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("accept cases");
        }
        return answer(caseId, handlingCase.accept(caseId, staff));
    }

    @PostMapping("/{caseId}/resolve")
    public Mono<ResponseEntity<Object>> resolve(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.Resolve request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("resolve cases");
        }
        return answer(caseId, handlingCase.resolve(caseId, staff, request.answer()));
    }

    @PostMapping("/{caseId}/close")
    public Mono<ResponseEntity<Object>> close(@PathVariable String caseId,
            @Validated @RequestBody(required = false) CaseRequests.Close request, StaffMember staff) {
        if (!CaseAccess.mayClose(staff) && !CaseAccess.maySupervise(staff)) {
            return forbidden("close cases");
        }
        String outcome = request == null ? CaseRequests.Close.DEFAULT_OUTCOME : request.outcomeOrDefault();
        String reason = request == null ? null : blankToNull(request.reason());
        if (CaseAccess.mayClose(staff)) {
            // a unit head closes their unit's cases; one who also supervises closes escalated ones too
            return answer(caseId, handlingCase.close(caseId, staff, outcome, reason)
                    .flatMap(result -> result instanceof CaseActionResult.NotFound && CaseAccess.maySupervise(staff)
                            ? handlingCase.closeEscalated(caseId, staff, outcome, reason) : Mono.just(result)));
        }
        return answer(caseId, handlingCase.closeEscalated(caseId, staff, outcome, reason));
    }

    @PostMapping("/{caseId}/return")
    public Mono<ResponseEntity<Object>> giveBack(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.GiveBack request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("return cases");
        }
        return answer(caseId, handlingCase.giveBack(caseId, staff, request.reason().trim()));
    }

    @PostMapping("/{caseId}/start")
    public Mono<ResponseEntity<Object>> start(@PathVariable String caseId,
            @Validated @RequestBody(required = false) CaseRequests.Start request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("start work on cases");
        }
        return answer(caseId, handlingCase.start(caseId, staff, request == null ? null : blankToNull(request.note())));
    }

    @PostMapping("/{caseId}/suspend")
    public Mono<ResponseEntity<Object>> suspend(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.Reason request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("suspend cases");
        }
        if (blankToNull(request.reason()) == null) {
            return Mono.just(CaseProblems.invalidParameter("reason", "must not be blank"));
        }
        return answer(caseId, handlingCase.suspend(caseId, staff, request.reason().trim()));
    }

    @PostMapping("/{caseId}/resume")
    public Mono<ResponseEntity<Object>> resume(@PathVariable String caseId,
            @Validated @RequestBody(required = false) CaseRequests.Reason request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("resume cases");
        }
        return answer(caseId, handlingCase.resume(caseId, staff, request == null ? null : blankToNull(request.reason())));
    }

    @PostMapping("/{caseId}/extension")
    public Mono<ResponseEntity<Object>> requestExtension(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.ExtensionRequest request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("ask for extensions");
        }
        return answer(caseId, handlingCase.requestExtension(caseId, staff, request.reason().trim(), request.days()));
    }

    @PostMapping("/{caseId}/extension/decision")
    public Mono<ResponseEntity<Object>> decideExtension(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.ExtensionDecision request, StaffMember staff) {
        if (!CaseAccess.maySupervise(staff)) {
            return forbidden("decide extensions");
        }
        return answer(caseId, handlingCase.decideExtension(caseId, staff, request.approve(), request.days(),
                blankToNull(request.note())));
    }

    @PostMapping("/{caseId}/supervise")
    public Mono<ResponseEntity<Object>> supervise(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.Supervise request, StaffMember staff) {
        if (!CaseAccess.maySupervise(staff)) {
            return forbidden("supervise cases");
        }
        return answer(caseId, handlingCase.supervise(caseId, staff, request.instructions().trim()));
    }

    @PostMapping("/{caseId}/call-back")
    public Mono<ResponseEntity<Object>> callBack(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.CallBack request, StaffMember staff) {
        if (!CaseAccess.mayCallBack(staff)) {
            return forbidden("call citizens back");
        }
        return answer(caseId, handlingCase.callBack(caseId, staff, request.rating(), blankToNull(request.comment())));
    }

    @PostMapping("/{caseId}/mediation")
    public Mono<ResponseEntity<Object>> startMediation(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.StartMediation request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("start mediations");
        }
        return answer(caseId, handlingCase.startMediation(caseId, staff, request.kind(), request.mediator().trim(),
                request.parties()));
    }

    @PostMapping("/{caseId}/mediation/sessions")
    public Mono<ResponseEntity<Object>> recordSession(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.Session request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("record mediation sessions");
        }
        return answer(caseId, handlingCase.recordSession(caseId, staff, request.heldAt(), blankToNull(request.place()),
                request.attendees(), blankToNull(request.agreed())));
    }

    @PostMapping("/{caseId}/mediation/conclusion")
    public Mono<ResponseEntity<Object>> concludeMediation(@PathVariable String caseId,
            @Validated @RequestBody CaseRequests.Conclusion request, StaffMember staff) {
        if (!CaseAccess.mayHandle(staff)) {
            return forbidden("conclude mediations");
        }
        return answer(caseId, handlingCase.concludeMediation(caseId, staff, request.outcome(), blankToNull(request.terms()),
                request.signedAt(), request.nextStep()));
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
            if (result instanceof CaseActionResult.Invalid invalid) {
                return Mono.just(CaseProblems.invalid(invalid.detail()));
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

    /** 403 problem+json by the platform's security handling: this role has no business with this action. */
    private static Mono<ResponseEntity<Object>> forbidden(String what) {
        return Mono.error(new AccessDeniedException("Your roles may not " + what));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
