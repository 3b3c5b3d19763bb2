package org.suqiu.notification.recipient.model;

import java.util.List;
import java.util.Optional;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/**
 * Who is told about a case in a division, nearest office first. Empty when the case's code is not
 * a division code or nobody watches it; the alert is then still recorded, without recipients.
 */
public record RecipientResolution(String requestedCode, Optional<JurisdictionCode> jurisdiction, List<Recipient> recipients) {

    public RecipientResolution {
        recipients = List.copyOf(recipients);
    }

    public boolean hasRecipients() {
        return !recipients.isEmpty();
    }

    /** Why nobody is told, for the warning log; empty when someone is. */
    public Optional<String> whyNobody() {
        if (hasRecipients()) {
            return Optional.empty();
        }
        return Optional.of(jurisdiction.isEmpty()
                ? "'" + requestedCode + "' is not a division code"
                : "nobody on the escalation ladder for " + jurisdiction.get());
    }
}
