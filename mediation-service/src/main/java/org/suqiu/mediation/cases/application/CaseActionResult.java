package org.suqiu.mediation.cases.application;

import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;

/** How an action on a case ended, for the caller to answer. */
public sealed interface CaseActionResult {

    /** The case changed and its events are queued. */
    record Done(Case current) implements CaseActionResult {
    }

    /** A repeat of what was already done: the case as it is, nothing published. */
    record Unchanged(Case current) implements CaseActionResult {
    }

    /** The case refused the action in its state. */
    record Refused(CaseActionRejected rejection) implements CaseActionResult {
    }

    /** Someone changed the case between reading and writing it; nothing was stored. */
    record Conflict(String caseId) implements CaseActionResult {
    }

    /** The request broke a rule of the action (e.g. an agreement without its terms). */
    record Invalid(String detail) implements CaseActionResult {
    }

    /** No case has this id. */
    record NotFound(String caseId) implements CaseActionResult {
    }
}
