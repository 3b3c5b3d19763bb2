package org.suqiu.routing.assignment.model;

/** The ends of routing. */
public enum DecisionOutcome {
    /** 派单: assigned to a unit. */
    ASSIGNED,
    /** 人工分拨: sent to the triage queue for a dispatcher. */
    SENT_TO_TRIAGE,
    /** 重复件 / 并单: linked to an earlier grievance instead of being assigned again. */
    LINKED
}
