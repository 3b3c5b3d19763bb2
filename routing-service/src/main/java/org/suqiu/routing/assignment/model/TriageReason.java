package org.suqiu.routing.assignment.model;

/** Why a grievance went to triage, first missing piece first. */
public enum TriageReason {
    /** Neither the location nor the address nor the text told where it is. */
    NO_JURISDICTION,
    /** No category could be given. */
    NO_CATEGORY,
    /** No rule routes this category in this jurisdiction. */
    NO_RULE
}
