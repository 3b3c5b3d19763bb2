package org.suqiu.identity.token.application;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/**
 * A token request with {@code grant_type=password} (RFC 6749 §4.3, "direct grant" in Keycloak): the client
 * presents a staff member's user id and password. The password is erased as soon as it has been checked.
 */
public final class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

    /** Dropped from Spring Security's constants in 7.0, still the registered name of the grant. */
    public static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("password");

    private final String username;
    private transient String password;
    private final Set<String> scopes;

    public PasswordGrantAuthenticationToken(Authentication clientPrincipal, String username, String password,
                                            Set<String> scopes, Map<String, Object> additionalParameters) {
        super(PASSWORD, clientPrincipal, additionalParameters);
        this.username = username;
        this.password = password;
        this.scopes = Set.copyOf(scopes);
    }

    public String getUsername() {
        return username;
    }

    /** The clear password, until {@link #eraseCredentials()}. */
    String getPassword() {
        return password;
    }

    /** The scopes asked for; empty means "the client's default scopes". */
    public Set<String> getScopes() {
        return scopes;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        password = null;
    }
}
