package org.suqiu.notification.recipient.model;

import java.util.Objects;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/** 督查督办: a supervising office that follows late cases in its division and everything below it. */
public record Supervisor(String id, String name, JurisdictionCode jurisdiction) {

    public Supervisor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a supervisor needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("supervisor " + id + " needs a name");
        }
        Objects.requireNonNull(jurisdiction, () -> "supervisor " + id + " needs a jurisdiction code");
    }

    /** Whether a case in {@code caseJurisdiction} is this supervisor's to watch. */
    public boolean watches(JurisdictionCode caseJurisdiction) {
        return jurisdiction.contains(caseJurisdiction);
    }

    public Recipient asRecipient() {
        return new Recipient(id, name, jurisdiction.value());
    }
}
