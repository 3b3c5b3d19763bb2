package org.suqiu.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issuer ({@code suqiu.identity.*}).
 *
 * @param issuer        the {@code iss} of every token and the base of the discovery document; blank means "whatever
 *                      host and port the request came to" (handy in tests, not for a shared stack)
 * @param keyStoreDir   where the RSA signing key is kept so that tokens survive a restart
 * @param accessTokenTtl lifetime of an access token
 * @param audience      the {@code aud} of every staff access token
 * @param users         location of the staff file (Spring resource syntax: {@code classpath:...}, {@code file:...})
 * @param cli           the confidential client used by {@code ./suqiu token} and curl
 * @param console       the public browser client (authorization code + PKCE)
 * @param services      confidential clients of services calling each other (client credentials), e.g.
 *                      notification-service fetching a citizen's reply address from intake
 */
@ConfigurationProperties("suqiu.identity")
public record IdentityProperties(
        String issuer,
        Path keyStoreDir,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("suqiu") String audience,
        @DefaultValue("classpath:demo/users.csv") String users,
        @DefaultValue Cli cli,
        @DefaultValue Console console,
        @DefaultValue List<ServiceClient> services) {

    public IdentityProperties {
        if (keyStoreDir == null) {
            throw new IllegalArgumentException("suqiu.identity.key-store-dir must be set");
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("suqiu.identity.access-token-ttl must be positive");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("suqiu.identity.audience must not be blank");
        }
    }

    /** The issuer as configured, or null when it is to be taken from each request. */
    public String fixedIssuer() {
        return issuer == null || issuer.isBlank() ? null : issuer.strip();
    }

    /** The confidential command-line client: password grant only. */
    public record Cli(@DefaultValue("suqiu-cli") String clientId, String secret) {

        public Cli {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("suqiu.identity.cli.secret must be set");
            }
        }

        @Override
        public String toString() {
            return "Cli[clientId=" + clientId + ", secret=****]";
        }
    }

    /** The public browser client of the consoles. */
    public record Console(
            @DefaultValue("suqiu-console") String clientId,
            @DefaultValue("http://127.0.0.1:8081/login/oauth2/code/suqiu") List<String> redirectUris) {
    }

    /** A service acting for itself: client credentials grant, the given scopes, no staff claims. */
    public record ServiceClient(String clientId, String secret, @DefaultValue("suqiu.internal") List<String> scopes) {

        public ServiceClient {
            if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("suqiu.identity.services[].client-id and secret must be set");
            }
        }

        @Override
        public String toString() {
            return "ServiceClient[clientId=" + clientId + ", scopes=" + scopes + ", secret=****]";
        }
    }
}
