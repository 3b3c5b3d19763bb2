package org.suqiu.notification.answer.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.notification.answer.model.ServiceTokens;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Service tokens by the OAuth 2 client-credentials grant at the issuer's token endpoint (client
 * {@code notification-service}, scope {@code suqiu.internal}), cached until a minute before they expire.
 */
public class ClientCredentialsTokens implements ServiceTokens {

    private static final Duration EARLY = Duration.ofSeconds(60);

    private record Cached(String value, Instant expiresAt) {
    }

    private final WebClient client;
    private final AnswerProperties.ServiceClient properties;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    public ClientCredentialsTokens(WebClient.Builder builder, AnswerProperties.ServiceClient properties, Clock clock) {
        this.client = builder.clone().build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<String> token() {
        Cached current = cached.get();
        if (current != null && clock.instant().isBefore(current.expiresAt())) {
            return Mono.just(current.value());
        }
        return client.post().uri(properties.tokenUri())
                .headers(h -> h.setBasicAuth(properties.clientId(), properties.clientSecret() == null ? "" : properties.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("scope", properties.scope()))
                .retrieve()
                .onStatus(HttpStatusCode::isError, r -> Mono.just(new IllegalStateException(
                        "token endpoint answered HTTP " + r.statusCode().value() + " for client " + properties.clientId())))
                .bodyToMono(JsonNode.class)
                .map(answer -> {
                    String token = answer.path("access_token").asString("");
                    if (token.isEmpty()) {
                        throw new IllegalStateException("token endpoint gave no access_token");
                    }
                    long expiresIn = answer.path("expires_in").asLong(300);
                    cached.set(new Cached(token, clock.instant().plusSeconds(expiresIn).minus(EARLY)));
                    return token;
                });
    }

    /** Forgets the cached token (it was refused). */
    public void forget() {
        cached.set(null);
    }
}
