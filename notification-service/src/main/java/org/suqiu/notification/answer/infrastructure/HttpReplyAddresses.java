package org.suqiu.notification.answer.infrastructure;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.notification.answer.model.ReplyAddress;
import org.suqiu.notification.answer.model.ReplyAddresses;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import reactor.core.publisher.Mono;

/**
 * intake's {@code GET /internal/grievances/{grievanceId}/reply-address} with a service bearer token,
 * behind a Resilience4j timeout and retry (exponential back-off with jitter). 404 = intake does not
 * know the grievance (empty); 401 drops the cached token before the retry.
 */
public class HttpReplyAddresses implements ReplyAddresses {

    private final WebClient client;
    private final ClientCredentialsTokens tokens;
    private final Retry retry;
    private final TimeLimiter timeLimiter;

    public HttpReplyAddresses(WebClient.Builder builder, AnswerProperties.Intake properties, ClientCredentialsTokens tokens) {
        this.client = builder.clone().baseUrl(properties.baseUrl().toString()).build();
        this.tokens = tokens;
        this.retry = Retry.of("intake-reply-address", RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0, 0.5))
                .ignoreExceptions(NotFound.class)
                .build());
        this.timeLimiter = TimeLimiter.of("intake-reply-address", TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build());
    }

    @Override
    public Mono<ReplyAddress> of(String grievanceId) {
        return Mono.defer(() -> tokens.token().flatMap(token -> client.get()
                        .uri("/internal/grievances/{id}/reply-address", grievanceId)
                        .headers(h -> h.setBearerAuth(token))
                        .retrieve()
                        .onStatus(status -> status.value() == HttpStatus.NOT_FOUND.value(), r -> Mono.just(new NotFound()))
                        .onStatus(HttpStatusCode::isError, r -> r.createException().map(e -> {
                            if (e.getStatusCode().value() == 401) {
                                tokens.forget();
                            }
                            return (Throwable) e;
                        }))
                        .bodyToMono(ReplyAddress.class)))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(NotFound.class, e -> Mono.empty());
    }

    /** Intake answered 404. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("no such grievance", null, false, false);
        }
    }
}
