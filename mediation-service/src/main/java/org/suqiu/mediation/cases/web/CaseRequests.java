package org.suqiu.mediation.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the case actions. */
public final class CaseRequests {

    static final int MAX_HANDLER = 100;
    static final int MAX_ANSWER = 2000;
    static final int MAX_REASON = 500;
    /** A {@code handler} that is sent must still be a name, as before; its value is ignored. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private CaseRequests() {
    }

    /**
     * 签收 by a handler of the unit. {@code handler} is accepted for older clients and ignored: the
     * handler recorded is the caller (the token's subject).
     */
    public record Accept(@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_HANDLER) String handler) {
    }

    /** 办结 with the answer (答复) to the citizen; {@code handler} is ignored as in {@link Accept}. */
    public record Resolve(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_HANDLER) String handler,
            @NotBlank @Size(max = MAX_ANSWER) String answer) {
    }

    /** Closing a resolved case; the outcome defaults to RESOLVED; the optional reason goes to the audit trail. */
    public record Close(
            @Pattern(regexp = "[A-Z][A-Z_]{0,39}", message = "must be an upper-case code such as RESOLVED") String outcome,
            @Size(max = MAX_REASON) String reason) {

        static final String DEFAULT_OUTCOME = "RESOLVED";

        String outcomeOrDefault() {
            return outcome == null ? DEFAULT_OUTCOME : outcome;
        }
    }
}
