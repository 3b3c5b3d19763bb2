package org.suqiu.platform.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated request of a staff member: the principal is the {@link StaffMember} (so
 * {@code @AuthenticationPrincipal StaffMember} works), the credentials the validated {@link Jwt},
 * the authorities {@code ROLE_<role>}.
 */
public class StaffAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final StaffMember staff;

    public StaffAuthentication(StaffMember staff, Jwt jwt) {
        super(jwt, staff, jwt, staff.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.staff = staff;
        setAuthenticated(true);
    }

    public StaffMember staff() {
        return staff;
    }

    @Override
    public String getName() {
        return staff.subject();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    /** The authorities' names, e.g. {@code [ROLE_HANDLER]}. */
    public List<String> authorityNames() {
        return getAuthorities().stream().map(Object::toString).toList();
    }
}
