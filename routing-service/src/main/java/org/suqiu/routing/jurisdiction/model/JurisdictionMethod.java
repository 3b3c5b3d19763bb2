package org.suqiu.routing.jurisdiction.model;

/** How a jurisdiction was found, in the order tried. */
public enum JurisdictionMethod {
    /** The location lies inside the jurisdiction's boundary. */
    POINT,
    /** The address or the text names it. */
    ADDRESS,
    /** Nothing else told: the channel's home jurisdiction (the hotline's city). */
    HOME,
    /** A dispatcher chose the unit by hand. */
    MANUAL
}
