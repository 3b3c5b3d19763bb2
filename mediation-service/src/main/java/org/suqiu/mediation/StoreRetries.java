package org.suqiu.mediation;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Blocking on the store from a listener thread, riding out short MongoDB outages: a valid event
 * should not go to the dead-letter topic because the store blinked. About a minute at most, so the
 * binder's own attempts stay well inside Kafka's max.poll.interval.ms.
 */
public final class StoreRetries {

    private static final Logger log = LoggerFactory.getLogger(StoreRetries.class);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(15);
    private static final int RETRIES = 5;

    private StoreRetries() {
    }

    public static <T> T block(Mono<T> operation, String what) {
        return operation
                .timeout(ATTEMPT_TIMEOUT)
                .retryWhen(Retry.backoff(RETRIES, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(8))
                        .filter(StoreRetries::isTransient)
                        .doBeforeRetry(signal -> log.warn("Store unavailable while {} (attempt {}): {}", what,
                                signal.totalRetries() + 1, signal.failure().toString()))
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .block();
    }

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                    || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
