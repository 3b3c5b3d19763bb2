package org.suqiu.mediation.cases.model;

/** How a running deadline stands at a moment: in time, approaching (inside the warning window) or overdue (超期). */
public enum DeadlineStatus {
    /** Before the warning point. */
    IN_TIME,
    /** From the warning point up to and including the due instant. */
    APPROACHING,
    /** Strictly after the due instant. */
    OVERDUE
}
