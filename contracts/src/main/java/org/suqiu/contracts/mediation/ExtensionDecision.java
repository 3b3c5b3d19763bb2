package org.suqiu.contracts.mediation;

/** A supervisor's answer to a 延期 request. */
public enum ExtensionDecision {
    /** Granted */
    APPROVED,
    /** Refused */
    DENIED
}
