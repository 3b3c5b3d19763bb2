package org.suqiu.mediation.cases.model;

import java.util.Objects;

import org.suqiu.contracts.mediation.DeadlineKind;

/** A case's two clocks: 签收时限 (accept) and 办结时限 (resolve). */
public record Deadlines(Deadline accept, Deadline resolve) {

    public Deadlines {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(resolve, "resolve");
        if (accept.kind() != DeadlineKind.ACCEPT || resolve.kind() != DeadlineKind.RESOLVE) {
            throw new IllegalArgumentException("deadlines out of place");
        }
    }

    public Deadline of(DeadlineKind kind) {
        return kind == DeadlineKind.ACCEPT ? accept : resolve;
    }

    public Deadlines with(Deadline deadline) {
        return deadline.kind() == DeadlineKind.ACCEPT ? new Deadlines(deadline, resolve) : new Deadlines(accept, deadline);
    }
}
