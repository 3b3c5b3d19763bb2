package org.suqiu.routing.assignment.model;

/** The two ends of routing. */
public enum DecisionOutcome {
    /** 派单: assigned to a unit. */
    ASSIGNED,
    /** 人工分拨: sent to the triage queue for a dispatcher. */
    SENT_TO_TRIAGE
}
