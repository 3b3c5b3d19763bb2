package org.suqiu.notification.alert.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/alerts/{id}/acknowledge}: who has seen the alert (签阅). */
public record AcknowledgeRequest(@NotBlank @Size(max = 100) String by) {
}
