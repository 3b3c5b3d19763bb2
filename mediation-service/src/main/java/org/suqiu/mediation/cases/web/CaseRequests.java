package org.suqiu.mediation.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the case actions. */
public final class CaseRequests {

    static final int MAX_HANDLER = 100;
    static final int MAX_ANSWER = 2000;

    private CaseRequests() {
    }

    /** 签收 by a handler of the unit. */
    public record Accept(@NotBlank @Size(max = MAX_HANDLER) String handler) {
    }

    /** 办结 with the answer (答复) to the citizen. */
    public record Resolve(
            @NotBlank @Size(max = MAX_HANDLER) String handler,
            @NotBlank @Size(max = MAX_ANSWER) String answer) {
    }

    /** Closing a resolved case; the outcome defaults to RESOLVED. */
    public record Close(
            @Pattern(regexp = "[A-Z][A-Z_]{0,39}", message = "must be an upper-case code such as RESOLVED") String outcome) {

        static final String DEFAULT_OUTCOME = "RESOLVED";

        String outcomeOrDefault() {
            return outcome == null ? DEFAULT_OUTCOME : outcome;
        }
    }
}
