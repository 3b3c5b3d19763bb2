package org.suqiu.routing.support;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.platform.web.ProblemDetailsAdvice;
import org.suqiu.platform.web.Problems;

/** The problems routing's endpoints answer with, typed like every Suqiu problem. */
public final class WebProblems {

    private WebProblems() {
    }

    /** 404 with type {@code https://suqiu.org/problems/<slug>}. */
    public static ResponseStatusException notFound(String slug, String title, String detail) {
        return problem(HttpStatus.NOT_FOUND, slug, title, detail);
    }

    /** 400 naming the query or path parameter that is wrong, like an invalid body field. */
    public static ResponseStatusException invalidParameter(String name, String message) {
        ResponseStatusException e = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", name + ": " + message);
        e.getBody().setProperty("errors", List.of(new ProblemDetailsAdvice.InvalidField(name, message)));
        return e;
    }

    /** 422: the request is well-formed but refused, with every reason in {@code problems}. */
    public static ResponseStatusException unprocessable(String slug, String title, List<String> problems) {
        ResponseStatusException e = problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, String.join("; ", problems));
        e.getBody().setProperty("problems", List.copyOf(problems));
        return e;
    }

    /** 409: someone changed the resource since the caller read it. */
    public static ResponseStatusException conflict(String slug, String title, String detail) {
        return problem(HttpStatus.CONFLICT, slug, title, detail);
    }

    /** 403 for an act outside the caller's jurisdiction (creating there). */
    public static ResponseStatusException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    private static ResponseStatusException problem(HttpStatus status, String slug, String title, String detail) {
        ResponseStatusException e = new ResponseStatusException(status, detail);
        e.setType(URI.create(Problems.TYPE_BASE + slug));
        e.setTitle(title);
        e.setDetail(detail);
        return e;
    }

    /** A positive page size from a query parameter, {@code fallback} when absent, at most {@code max}. */
    public static int limit(String raw, int fallback, int max) {
        return wholeNumber("limit", raw, fallback, max);
    }

    /** A whole number from 1 to {@code max} from the query parameter {@code name}, {@code fallback} when absent. */
    public static int wholeNumber(String name, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw invalidParameter(name, "must be a whole number from 1 to " + max);
    }
}
