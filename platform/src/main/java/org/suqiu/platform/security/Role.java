package org.suqiu.platform.security;

import java.util.Optional;

/**
 * What a staff member may do, as carried in the token's {@code roles} claim; each becomes the
 * authority {@code ROLE_<name>}. SUPERVISOR is 督查督办 (oversight over a jurisdiction).
 */
public enum Role {
    /** Hotline operator (热线话务员). */
    OPERATOR,
    /** Online petition inbox and mailbox clerk. */
    INBOX_CLERK,
    /** Triage and manual routing (分拨). */
    DISPATCHER,
    /** Staff of a unit who handles cases (承办). */
    HANDLER,
    /** Staff of a unit who mediates (调解). */
    MEDIATOR,
    /** Head of a unit. */
    UNIT_HEAD,
    /** 督查督办: oversees cases within a jurisdiction subtree. */
    SUPERVISOR,
    /** Manages units, rules and policies. */
    ADMIN;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** The Spring Security authority of this role, e.g. {@code ROLE_SUPERVISOR}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role named exactly {@code name} (as in the token), or empty for a name Suqiu does not know. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
