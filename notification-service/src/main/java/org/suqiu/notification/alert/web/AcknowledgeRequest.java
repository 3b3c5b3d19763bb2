package org.suqiu.notification.alert.web;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/alerts/{id}/acknowledge} (签阅), optional: why, in a short note. Who
 * acknowledges is the token's subject; a {@code by} field, as sent before, is ignored.
 */
public record AcknowledgeRequest(@Size(max = 500) String note) {

    static final AcknowledgeRequest NONE = new AcknowledgeRequest(null);

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
