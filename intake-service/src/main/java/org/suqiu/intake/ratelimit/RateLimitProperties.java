package org.suqiu.intake.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the public endpoints ({@code suqiu.intake.rate-limit.*}), per client and per
 * endpoint group.
 *
 * @param enabled           off for benchmarks
 * @param trustForwardedFor take the client's address from {@code X-Forwarded-For} (its last entry,
 *                          the one our proxy added); only behind a proxy that sets it, else anyone
 *                          picks their own key
 * @param maxClients        clients remembered at once per group (least recently seen forgotten first)
 * @param groups            by name: which requests, how many per period, keyed by what
 */
@ConfigurationProperties("suqiu.intake.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, boolean trustForwardedFor,
                                  @DefaultValue("100000") int maxClients, @DefaultValue Map<String, Group> groups) {

    /** Who a client is: its address, or the Open311 {@code api_key} it sends (its address without one). */
    public enum Key {
        REMOTE_ADDRESS,
        API_KEY
    }

    /**
     * One endpoint group.
     *
     * @param paths        {@code METHOD /path/pattern} or {@code /path/pattern} entries
     * @param limit        requests per {@code period} and client
     * @param period       the refresh period
     * @param key          what identifies the client
     * @param failuresOnly count only answers 404 (wrong proofs when tracking): guessing is throttled, looking is not
     */
    public record Group(@DefaultValue List<String> paths, @DefaultValue("60") int limit,
                        @DefaultValue("1m") Duration period, @DefaultValue("REMOTE_ADDRESS") Key key,
                        boolean failuresOnly) {
    }
}
