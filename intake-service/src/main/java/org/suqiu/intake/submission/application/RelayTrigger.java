package org.suqiu.intake.submission.application;

/** Asks the relay to look for pending submissions now rather than at its next tick (port; never blocks). */
@FunctionalInterface
public interface RelayTrigger {

    void nudge();

    RelayTrigger NONE = () -> { };
}
