package org.suqiu.contracts.mediation;

/** Which clock of a case a deadline event is about. Consumers must tolerate values added later. */
public enum DeadlineKind {
    /** 签收时限: the unit must acknowledge the case by then. */
    ACCEPT,
    /** 办结时限: the unit must answer the citizen by then. */
    RESOLVE,
    /** 首次联系时限: the unit must contact the citizen (start work) by then. */
    FIRST_CONTACT,
    /** 调解期限: a mediation should end by then. */
    MEDIATION,
    /** 司法确认期: after a mediation agreement, the parties may jointly apply for judicial confirmation until then (人民调解法 art. 33). */
    JUDICIAL_CONFIRMATION
}
