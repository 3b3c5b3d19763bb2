package org.suqiu.contracts.mediation;

/** 回访 rating: 满意, 基本满意, 不满意. */
public enum CallBackRating {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED
}
