package org.suqiu.contracts.mediation;

/** How a mediation ended. */
public enum MediationOutcome {
    /** 调解协议: an agreement was signed */
    AGREEMENT,
    /** Part of the dispute settled */
    PARTIAL,
    /** 调解不成: no agreement */
    FAILED
}
