package org.suqiu.routing.classification.model;

/** Where a grievance's category came from. */
public enum CategorySource {
    /** The channel or the citizen chose it (categoryHint): it wins. */
    HINT,
    /** The text classifier gave it, with its probability as confidence. */
    MODEL
}
