package org.suqiu.mediation.cases.application;

import java.time.Instant;

import org.suqiu.mediation.cases.model.Case;

/** A case as read at one instant, with its unit's current name from the directory (or the name at assignment). */
public record CaseSnapshot(Case aCase, String unitName, Instant readAt) {
}
