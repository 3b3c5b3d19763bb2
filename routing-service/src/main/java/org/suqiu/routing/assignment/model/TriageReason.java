package org.suqiu.routing.assignment.model;

/** Why a grievance went to triage, first missing piece first. */
public enum TriageReason {
    /** Neither the location nor the address nor the text nor the channel told where it is. */
    NO_JURISDICTION,
    /** The classifier's best guess is below the configured confidence. */
    LOW_CONFIDENCE,
    /** No category could be given. */
    NO_CATEGORY,
    /** No rule routes this category in this jurisdiction. */
    NO_RULE,
    /** 退单: returned, and no further unit may be tried automatically (two re-routings, or none left). */
    RETURNED
}
