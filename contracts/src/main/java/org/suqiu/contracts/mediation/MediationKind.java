package org.suqiu.contracts.mediation;

/** 大调解 kinds: 人民调解, 行政调解, 司法调解. */
public enum MediationKind {
    /** 人民调解 (People's Mediation Law) */
    PEOPLES,
    /** 行政调解 by an administrative organ */
    ADMINISTRATIVE,
    /** 司法调解 by a court */
    JUDICIAL
}
