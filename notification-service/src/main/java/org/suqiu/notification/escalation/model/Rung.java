package org.suqiu.notification.escalation.model;

/**
 * A step of the escalation ladder (逐级督办): the case's handlers (承办人), the head of its unit
 * (负责人), the supervising office of its jurisdiction (督查室), the supervising office one level above.
 */
public enum Rung {
    HANDLER,
    UNIT_HEAD,
    SUPERVISORS,
    SUPERVISORS_ABOVE
}
