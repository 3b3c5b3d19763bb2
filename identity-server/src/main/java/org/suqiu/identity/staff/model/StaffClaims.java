package org.suqiu.identity.staff.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The claims about a staff member that an access token carries beside {@code sub}, {@code aud} and {@code scope}:
 * the contract every Suqiu service relies on (see the module README).
 */
public final class StaffClaims {

    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String UNIT_ID = "unit_id";
    public static final String JURISDICTION = "jurisdiction";

    private StaffClaims() {
    }

    /** {@code name}, {@code roles} (array, in a stable order), {@code unit_id} when the person has one, {@code jurisdiction}. */
    public static Map<String, Object> of(StaffMember member) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(NAME, member.displayName());
        claims.put(ROLES, member.roles().stream().map(Role::name).toList());
        member.unit().ifPresent(unit -> claims.put(UNIT_ID, unit));
        claims.put(JURISDICTION, member.jurisdiction().value());
        return claims;
    }
}
