package org.suqiu.identity.token.application;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.suqiu.identity.staff.model.StaffClaims;
import org.suqiu.identity.staff.model.StaffMember;
import org.suqiu.identity.staff.model.StaffMembers;

/**
 * Puts the staff claims ({@code name}, {@code roles}, {@code unit_id}, {@code jurisdiction}) into access and ID
 * tokens, and the services' audience into access tokens, whatever grant the user came through; a
 * service's client-credentials token gets the audience and its scopes only.
 */
public final class StaffTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final StaffMembers staff;
    private final String audience;

    public StaffTokenCustomizer(StaffMembers staff, String audience) {
        this.staff = staff;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Authentication principal = context.getPrincipal();
        if (principal instanceof OAuth2ClientAuthenticationToken) {
            // a service acting for itself: no staff claims, but the services' audience so they accept it
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(audience));
            }
            return;
        }
        StaffMember member = staff.byId(principal.getName()).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user is no longer on the staff.", null)));
        StaffClaims.of(member).forEach(context.getClaims()::claim);
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(audience));
        }
    }
}
