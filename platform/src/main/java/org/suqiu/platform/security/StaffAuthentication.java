package org.suqiu.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated request of a staff member: the principal is the {@link StaffMember} (so
 * {@code @AuthenticationPrincipal StaffMember} works), the credentials the validated {@link Jwt},
 * the authorities {@code ROLE_<role>} and, for the token's OAuth scopes, {@code SCOPE_<scope>} (a
 * service's client-credentials token names no roles, only a scope such as {@code suqiu.internal}).
 */
public class StaffAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final StaffMember staff;

    public StaffAuthentication(StaffMember staff, Jwt jwt) {
        super(jwt, staff, jwt, authorities(staff, jwt));
        this.staff = staff;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(StaffMember staff, Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        staff.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        Object scope = jwt.getClaims().get("scope");
        Object scp = jwt.getClaims().get("scp");
        Stream<String> scopes = scope instanceof String text ? Arrays.stream(text.split(" "))
                : scope instanceof Collection<?> list ? list.stream().map(String::valueOf)
                : scp instanceof Collection<?> list ? list.stream().map(String::valueOf)
                : Stream.empty();
        scopes.filter(name -> !name.isBlank()).distinct()
                .forEach(name -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + name)));
        return authorities;
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
