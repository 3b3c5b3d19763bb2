package org.suqiu.identity.staff.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 工作人员: someone who signs in to Suqiu, with the roles, unit and jurisdiction their token will carry.
 *
 * @param id           the stable user id, the token's {@code sub}
 * @param displayName  an office-style name, e.g. "桐乡市督查室"
 * @param roles        at least one
 * @param unitId       the unit a handler, mediator or unit head belongs to; null for the others unless given
 * @param jurisdiction the division code the person's powers cover (with its subtree)
 * @param passwordHash the encoded password, with its scheme prefix ({@code {bcrypt}...}); never a clear text
 */
public record StaffMember(String id, String displayName, Set<Role> roles, String unitId,
                          JurisdictionCode jurisdiction, String passwordHash) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ENCODED = Pattern.compile("\\{([a-z0-9_-]+)}.+");

    public StaffMember {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("user id must be 1-64 letters, digits, '.', '_' or '-': " + id);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException(id + ": display name is missing");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one role is needed");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        unitId = unitId == null || unitId.isBlank() ? null : unitId.strip();
        if (jurisdiction == null) {
            throw new IllegalArgumentException(id + ": jurisdiction is missing");
        }
        if (unitId == null && roles.stream().anyMatch(Role::isStaffOfAUnit)) {
            throw new IllegalArgumentException(id + ": handlers, mediators and unit heads belong to a unit");
        }
        if (!isEncoded(passwordHash)) {
            throw new IllegalArgumentException(id + ": password must be stored encoded ({bcrypt}...), never in clear");
        }
    }

    /** The unit this person belongs to, if any. */
    public Optional<String> unit() {
        return Optional.ofNullable(unitId);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    private static boolean isEncoded(String hash) {
        if (hash == null) {
            return false;
        }
        var matcher = ENCODED.matcher(hash);
        return matcher.matches() && !matcher.group(1).equals("noop");
    }

    @Override
    public String toString() {
        return "StaffMember[id=" + id + ", roles=" + roles + ", unitId=" + unitId + ", jurisdiction=" + jurisdiction + "]";
    }
}
