package org.suqiu.platform.security.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

/**
 * 留痕: one line of the audit trail, telling who (subject, roles, unit) did what (action on a
 * resource type and id), when, and why (the reason, where the action has one), with optional
 * details (ids, old and new states; never a citizen's personal data in clear). {@code id} and
 * {@code at} may be left null: {@link AuditTrail#record} fills them. A deterministic {@code id}
 * (e.g. {@code <caseId>:accepted}) makes recording idempotent. Technical: no domain types.
 */
public record AuditEntry(String id, Instant at, Actor actor, String action, String resourceType, String resourceId,
                         String reason, Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        requireText(action, "action");
        requireText(resourceType, "resourceType");
        requireText(resourceId, "resourceId");
        details = details == null ? Map.of() : withoutNulls(details);
    }

    /** Who did it: a staff member, or the system itself ({@link #system}). */
    public record Actor(String subject, String name, Set<Role> roles, String unitId) {

        public Actor {
            requireText(subject, "subject");
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        public static Actor of(StaffMember staff) {
            return new Actor(staff.subject(), staff.name(), staff.roles(), staff.unitId());
        }

        /** A service acting on its own (a deadline watcher, a consumer): subject {@code system:<name>}. */
        public static Actor system(String serviceName) {
            return new Actor("system:" + serviceName, serviceName, Set.of(), null);
        }

        /** The roles' names, sorted, as stored. */
        public Set<String> roleNames() {
            Set<String> names = new TreeSet<>();
            roles.forEach(role -> names.add(role.name()));
            return names;
        }
    }

    /** {@code staff} did {@code action} on a resource; add the reason with {@link #because}. */
    public static AuditEntry of(StaffMember staff, String action, String resourceType, String resourceId) {
        return new AuditEntry(null, null, Actor.of(staff), action, resourceType, resourceId, null, Map.of());
    }

    /** {@code actor} did {@code action} on a resource. */
    public static AuditEntry of(Actor actor, String action, String resourceType, String resourceId) {
        return new AuditEntry(null, null, actor, action, resourceType, resourceId, null, Map.of());
    }

    public AuditEntry because(String why) {
        return new AuditEntry(id, at, actor, action, resourceType, resourceId, why, details);
    }

    public AuditEntry withId(String entryId) {
        return new AuditEntry(entryId, at, actor, action, resourceType, resourceId, reason, details);
    }

    public AuditEntry at(Instant when) {
        return new AuditEntry(id, when, actor, action, resourceType, resourceId, reason, details);
    }

    public AuditEntry with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new AuditEntry(id, at, actor, action, resourceType, resourceId, reason, more);
    }

    private static Map<String, String> withoutNulls(Map<String, String> details) {
        Map<String, String> kept = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (key != null && value != null) {
                kept.put(key, value);
            }
        });
        return Map.copyOf(kept);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
