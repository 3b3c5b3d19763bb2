package org.suqiu.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with Suqiu's stable type URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://suqiu.org/problems/";

    private Problems() {
    }

    /** A problem of type {@code https://suqiu.org/problems/<slug>}. */
    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
