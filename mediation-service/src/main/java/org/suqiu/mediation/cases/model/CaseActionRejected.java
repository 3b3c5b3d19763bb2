package org.suqiu.mediation.cases.model;

/** The case refused an action in its current state; the caller must tell whoever asked. */
public record CaseActionRejected(Reason reason, CaseState state, String detail) implements CaseDecision {

    /** Why an action was refused. */
    public enum Reason {
        /** Only an open case can be accepted (签收). */
        NOT_OPEN,
        /** Only an accepted case can be resolved (办结). */
        NOT_ACCEPTED,
        /** The case was already resolved otherwise. */
        ALREADY_RESOLVED,
        /** Only a resolved case can be closed. */
        NOT_RESOLVED,
        /** The case was already closed otherwise. */
        ALREADY_CLOSED
    }
}
