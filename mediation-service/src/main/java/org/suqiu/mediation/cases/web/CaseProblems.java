package org.suqiu.mediation.cases.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.platform.web.ProblemDetailsAdvice.InvalidField;
import org.suqiu.platform.web.Problems;

/**
 * The problems the case API answers, with stable types: {@code case-not-found} (404), one per
 * refusal ({@code case-not-open}, {@code case-not-accepted}, {@code case-already-resolved},
 * {@code case-not-resolved}, {@code case-already-closed}; 409), {@code case-modified-concurrently} (409).
 */
final class CaseProblems {

    private CaseProblems() {
    }

    static ResponseEntity<Object> notFound(String caseId) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", "No case has the id " + caseId + "."));
    }

    static ResponseEntity<Object> refused(String caseId, CaseActionRejected rejection) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, slug(rejection.reason()), title(rejection.reason()),
                rejection.detail());
        problem.setProperty("caseId", caseId);
        problem.setProperty("state", rejection.state().name());
        return respond(problem);
    }

    static ResponseEntity<Object> conflict(String caseId) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "case-modified-concurrently", "Case changed meanwhile",
                "Case " + caseId + " was changed by someone else while this request was handled; nothing was saved. "
                        + "Read it again and retry if still needed.");
        problem.setProperty("caseId", caseId);
        return respond(problem);
    }

    static ResponseEntity<Object> invalid(String detail) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail));
    }

    static ResponseEntity<Object> invalidParameter(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + message);
        problem.setProperty("errors", List.of(new InvalidField(field, message)));
        return respond(problem);
    }

    static String slug(CaseActionRejected.Reason reason) {
        return "case-" + reason.name().toLowerCase().replace('_', '-');
    }

    private static String title(CaseActionRejected.Reason reason) {
        return switch (reason) {
            case NOT_OPEN -> "Case is not open";
            case NOT_ACCEPTED -> "Case is not accepted";
            case ALREADY_RESOLVED -> "Case already resolved";
            case NOT_RESOLVED -> "Case is not resolved";
            case ALREADY_CLOSED -> "Case already closed";
            case RETURN_WINDOW_CLOSED -> "Too late to return the case";
            case NOT_SUSPENDED -> "Case is not suspended";
            case EXTENSION_NOT_ALLOWED -> "Extension not allowed";
            case NO_PENDING_EXTENSION -> "No pending extension";
            case MEDIATION_CONFLICT -> "Mediation not possible";
            case NOT_ESCALATED -> "Case is not escalated";
        };
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
