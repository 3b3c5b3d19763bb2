package org.suqiu.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 工作人员: the authenticated staff member behind a request, read from the token's claims
 * ({@code sub}, {@code name}, {@code roles}, {@code unit_id}, {@code jurisdiction}). {@code unitId}
 * and {@code jurisdiction} may be null (an administrator need not belong to a unit). Framework-free.
 */
public record StaffMember(String subject, String name, Set<Role> roles, String unitId, JurisdictionScope jurisdiction) {

    public StaffMember {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject is blank");
        }
        name = name == null || name.isBlank() ? subject : name;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        unitId = unitId == null || unitId.isBlank() ? null : unitId;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unitId);
    }

    public Optional<JurisdictionScope> scope() {
        return Optional.ofNullable(jurisdiction);
    }

    /** Whether {@code unitId} is this member's own unit. */
    public boolean belongsTo(String unitId) {
        return this.unitId != null && this.unitId.equals(unitId);
    }

    /** Whether the division {@code code} lies in this member's jurisdiction; never without one. */
    public boolean covers(String code) {
        return jurisdiction != null && jurisdiction.covers(code);
    }
}
