package org.suqiu.routing.jurisdiction.model;

/** How a jurisdiction was found. */
public enum JurisdictionMethod {
    /** The location lies inside the jurisdiction's boundary. */
    POINT,
    /** The address or the text names it. */
    ADDRESS
}
