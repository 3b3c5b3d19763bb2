package org.suqiu.platform.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.security.*}: whether the service demands tokens, the audience its tokens must name,
 * the paths open without a token, and the keys for encrypting personal data at rest.
 *
 * @param enabled     OFF by default: until a service sets {@code suqiu.security.enabled=true} every
 *                    request is let through as before (no token asked for, none read)
 * @param audience    the {@code aud} value every accepted token must carry
 * @param publicPaths path patterns open without a token, optionally preceded by an HTTP method
 *                    ({@code /open311/**}, {@code POST /api/v1/submissions}); {@code /actuator/health}
 *                    and below are always open
 * @param encryption  keys for {@link org.suqiu.platform.security.crypto.FieldCipher}
 * @param eventEncryption keys for {@link org.suqiu.platform.security.crypto.EventSeal}, shared by the
 *                    services that seal or open personal data in events (its lookup key is unused)
 */
@ConfigurationProperties("suqiu.security")
public record PlatformSecurityProperties(boolean enabled, @DefaultValue("suqiu") String audience,
                                         @DefaultValue List<String> publicPaths, @DefaultValue Encryption encryption,
                                         @DefaultValue Encryption eventEncryption) {

    /**
     * The keys of field encryption at rest and of lookup hashes.
     *
     * @param keys       base64 of 32 random bytes by key id: {@code suqiu.security.encryption.keys.k1}
     * @param currentKey the key id new values are encrypted with
     * @param lookupKey  base64 of at least 32 random bytes, the HMAC key of lookup hashes
     */
    public record Encryption(@DefaultValue Map<String, String> keys, String currentKey, String lookupKey) {
    }
}
