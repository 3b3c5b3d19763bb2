package org.suqiu.notification.alert.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.suqiu.platform.security.audit.AuditEntry;

/** One line of an alert's audit trail (留痕) as the API shows it: who, when, what, why. */
public record AuditEntryResponse(String id, Instant at, ActorResponse actor, String action, String resourceType,
        String resourceId, String reason, Map<String, String> details) {

    /** Who did it: a staff member, or {@code system:notification-service}. */
    public record ActorResponse(String subject, String name, Set<String> roles, String unitId) {
    }

    public static AuditEntryResponse of(AuditEntry entry) {
        AuditEntry.Actor actor = entry.actor();
        return new AuditEntryResponse(entry.id(), entry.at(),
                new ActorResponse(actor.subject(), actor.name(), actor.roleNames(), actor.unitId()),
                entry.action(), entry.resourceType(), entry.resourceId(), entry.reason(), entry.details());
    }
}
