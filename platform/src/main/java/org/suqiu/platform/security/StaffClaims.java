package org.suqiu.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import reactor.core.publisher.Mono;

/**
 * The claims contract of a Suqiu access token and its mapping to a {@link StaffMember}:
 * {@code sub} (required), {@code name}, {@code roles} (a JSON array of {@link Role} names; names
 * Suqiu does not know are ignored), {@code unit_id} (optional), {@code jurisdiction} (optional; a
 * division code, see {@link JurisdictionScope}). A token breaking the contract (no subject, roles not
 * an array, a malformed jurisdiction) is invalid: 401.
 */
public final class StaffClaims implements OAuth2TokenValidator<Jwt>, Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String UNIT_ID = "unit_id";
    public static final String JURISDICTION = "jurisdiction";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            errors.add(invalid("The sub claim is missing"));
        }
        Object roles = jwt.getClaims().get(ROLES);
        if (roles != null && !(roles instanceof Collection<?>)) {
            errors.add(invalid("The roles claim must be an array"));
        }
        Object jurisdiction = jwt.getClaims().get(JURISDICTION);
        if (jurisdiction != null && !(jurisdiction instanceof String code && JurisdictionScope.isDivisionCode(code))) {
            errors.add(invalid("The jurisdiction claim is not a division code"));
        }
        Object unit = jwt.getClaims().get(UNIT_ID);
        if (unit != null && !(unit instanceof String)) {
            errors.add(invalid("The unit_id claim must be a string"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new StaffAuthentication(staffMember(jwt), jwt));
    }

    /** The staff member a (validated) token describes. */
    public static StaffMember staffMember(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaims().get(ROLES) instanceof Collection<?> names) {
            for (Object name : names) {
                Role.parse(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        String jurisdiction = jwt.getClaimAsString(JURISDICTION);
        return new StaffMember(jwt.getSubject(), jwt.getClaimAsString(NAME), roles, jwt.getClaimAsString(UNIT_ID),
                jurisdiction == null ? null : JurisdictionScope.of(jurisdiction));
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
