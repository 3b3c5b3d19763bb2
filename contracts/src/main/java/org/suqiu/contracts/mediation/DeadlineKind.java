package org.suqiu.contracts.mediation;

/** Which clock of a case a deadline event is about. */
public enum DeadlineKind {
    /** 签收时限: the unit must acknowledge the case by then. */
    ACCEPT,
    /** 办结时限: the unit must answer the citizen by then. */
    RESOLVE
}
