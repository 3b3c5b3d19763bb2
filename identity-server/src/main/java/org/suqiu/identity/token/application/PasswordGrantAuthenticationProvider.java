package org.suqiu.identity.token.application;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.suqiu.identity.staff.model.StaffMembers;

/**
 * Issues a staff member's access token for {@code grant_type=password}, after checking the client (done before,
 * by the authorization server's client authentication), that the client may use this grant, the scopes, and the
 * user's password. Bad credentials answer {@code invalid_grant}, as RFC 6749 §5.2 says.
 */
public final class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordGrantAuthenticationProvider.class);
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

    private final AuthenticationManager users;
    private final StaffMembers staff;
    private final OAuth2AuthorizationService authorizations;
    private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

    public PasswordGrantAuthenticationProvider(AuthenticationManager users, StaffMembers staff,
                                               OAuth2AuthorizationService authorizations,
                                               OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
        this.users = users;
        this.staff = staff;
        this.authorizations = authorizations;
        this.tokenGenerator = tokenGenerator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PasswordGrantAuthenticationToken grant = (PasswordGrantAuthenticationToken) authentication;
        try {
            OAuth2ClientAuthenticationToken clientPrincipal = authenticatedClient(grant);
            RegisteredClient client = clientPrincipal.getRegisteredClient();
            if (!client.getAuthorizationGrantTypes().contains(PasswordGrantAuthenticationToken.PASSWORD)) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
            }
            Set<String> scopes = authorizedScopes(grant, client);
            Authentication user = authenticatedUser(grant, client);

            OAuth2TokenContext context = DefaultOAuth2TokenContext.builder()
                    .registeredClient(client)
                    .principal(user)
                    .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                    .authorizedScopes(scopes)
                    .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                    .authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
                    .authorizationGrant(grant)
                    .build();
            OAuth2Token generated = tokenGenerator.generate(context);
            if (generated == null) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
                        "The token generator failed to generate the access token.", ERROR_URI));
            }
            OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                    generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);

            OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client)
                    .principalName(user.getName())
                    .authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
                    .authorizedScopes(scopes)
                    .attribute(Principal.class.getName(), user);
            if (generated instanceof ClaimAccessor claims) {
                authorization.token(accessToken, metadata ->
                        metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
            } else {
                authorization.accessToken(accessToken);
            }
            // kept so that introspection and revocation know the token
            authorizations.save(authorization.build());

            log.info("Issued an access token to {} for client {} (password grant)", user.getName(), client.getClientId());
            return new OAuth2AccessTokenAuthenticationToken(client, clientPrincipal, accessToken);
        } finally {
            grant.eraseCredentials();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static OAuth2ClientAuthenticationToken authenticatedClient(PasswordGrantAuthenticationToken grant) {
        if (grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
            return client;
        }
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
    }

    /** No scope asked for means the client's scopes; {@code openid} is refused since this grant issues no ID token. */
    private static Set<String> authorizedScopes(PasswordGrantAuthenticationToken grant, RegisteredClient client) {
        if (grant.getScopes().isEmpty()) {
            Set<String> defaults = new LinkedHashSet<>(client.getScopes());
            defaults.remove(OidcScopes.OPENID);
            return defaults;
        }
        for (String scope : grant.getScopes()) {
            if (!client.getScopes().contains(scope) || OidcScopes.OPENID.equals(scope)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE,
                        "The scope " + scope + " is not allowed for this client and grant.", ERROR_URI));
            }
        }
        return new LinkedHashSet<>(grant.getScopes());
    }

    private Authentication authenticatedUser(PasswordGrantAuthenticationToken grant, RegisteredClient client) {
        try {
            return users.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(grant.getUsername(), grant.getPassword()));
        } catch (AuthenticationException e) {
            // name the user only when it is one: a mistyped user field may well hold a password
            String who = staff.byId(grant.getUsername()).isPresent() ? grant.getUsername() : "an unknown user";
            log.info("Refused a password grant for {} from client {}: {}", who, client.getClientId(),
                    e.getClass().getSimpleName());
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "Bad user credentials.", ERROR_URI), e);
        }
    }
}
