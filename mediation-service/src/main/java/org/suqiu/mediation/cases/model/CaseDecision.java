package org.suqiu.mediation.cases.model;

/** What a case says to an action: it changed, nothing needed to change, or it refused. */
public sealed interface CaseDecision permits CaseChanged, CaseUnchanged, CaseActionRejected {
}
