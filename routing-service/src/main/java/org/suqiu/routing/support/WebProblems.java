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

    private static ResponseStatusException problem(HttpStatus status, String slug, String title, String detail) {
        ResponseStatusException e = new ResponseStatusException(status, detail);
        e.setType(URI.create(Problems.TYPE_BASE + slug));
        e.setTitle(title);
        e.setDetail(detail);
        return e;
    }

    /** A positive page size from a query parameter, {@code fallback} when absent, at most {@code max}. */
    public static int limit(String raw, int fallback, int max) {
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
        throw invalidParameter("limit", "must be a whole number from 1 to " + max);
    }
}
