package org.suqiu.mediation.cases.application;

/** Publishes what cases hold in their outbox; a nudge asks it to look now rather than at its next round. */
public interface CaseEventRelay {

    /** Asks the relay to run soon; never blocks and never fails. */
    void nudge();
}
