package org.suqiu.notification.answer.infrastructure;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.notification}: the citizens' answers — the tracking page the answer links to
 * ({@code tracking-url} + trackingNo), intake's reply-address API, and this service's client
 * credentials at the issuer.
 */
@ConfigurationProperties("suqiu.notification")
public record AnswerProperties(@DefaultValue("http://127.0.0.1:8081/track/") String trackingUrl,
        @DefaultValue Intake intake, @DefaultValue ServiceClient serviceClient) {

    /**
     * intake-service's internal API: {@code GET <base-url>/internal/grievances/{id}/reply-address}; each
     * call times out after {@code timeout} and is tried {@code max-attempts} times.
     */
    public record Intake(@DefaultValue("http://127.0.0.1:8081") URI baseUrl, @DefaultValue("5s") Duration timeout,
            @DefaultValue("3") int maxAttempts) {
    }

    /** Client credentials ({@code client_credentials} grant) at {@code token-uri}. */
    public record ServiceClient(@DefaultValue("http://127.0.0.1:9000/oauth2/token") URI tokenUri,
            @DefaultValue("notification-service") String clientId, String clientSecret,
            @DefaultValue("suqiu.internal") String scope) {
    }
}
