package org.suqiu.notification.recipient.model;

import java.util.Objects;

/**
 * Someone an alert is addressed to: for now a supervising office (督查室) with its id, display name
 * and the division it watches; later issues add handlers and unit heads up the escalation ladder.
 */
public record Recipient(String id, String name, String jurisdictionCode) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
