package org.suqiu.mediation.cases.model;

/** The case refused an action in its current state; the caller must tell whoever asked. */
public record CaseActionRejected(Reason reason, CaseState state, String detail) implements CaseDecision {

    /** Why an action was refused; each is a problem type {@code case-<reason>}. */
    public enum Reason {
        /** Only an open case can be accepted (签收) or returned (退单). */
        NOT_OPEN,
        /** The case must be accepted and worked on for this action. */
        NOT_ACCEPTED,
        /** The case was already resolved otherwise. */
        ALREADY_RESOLVED,
        /** Only a resolved (or called-back, escalated) case can be closed or called back. */
        NOT_RESOLVED,
        /** The case was already closed otherwise. */
        ALREADY_CLOSED,
        /** The window for 退单 has passed. */
        RETURN_WINDOW_CLOSED,
        /** The case is not suspended. */
        NOT_SUSPENDED,
        /** The profile's extensions are used up, or one is pending. */
        EXTENSION_NOT_ALLOWED,
        /** No extension request is pending. */
        NO_PENDING_EXTENSION,
        /** A mediation is running, or was held already, or none is running. */
        MEDIATION_CONFLICT,
        /** The case is not escalated to a supervisor. */
        NOT_ESCALATED
    }
}
