package org.suqiu.mediation.cases.model;

/** How a case's deadline stands, whether its step is done or not; what handlers and supervisors see. */
public enum DeadlineProgress {
    /** Step not done, before the warning point. */
    RUNNING,
    /** Step not done, inside the warning window. */
    APPROACHING,
    /** 超期: step not done, past due. */
    OVERDUE,
    /** Step done by the due instant. */
    MET,
    /** Step done, but after the due instant. */
    MET_LATE
}
