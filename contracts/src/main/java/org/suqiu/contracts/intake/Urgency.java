package org.suqiu.contracts.intake;

/** How soon a grievance must be handled: 紧急 (urgent) or 一般 (normal). */
public enum Urgency {
    URGENT,
    NORMAL
}
