package org.suqiu.notification.delivery.infrastructure;

import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryRejectedException;
import org.suqiu.notification.people.model.ContactChannel;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * A channel behind Resilience4j: each call is timed out, limited to the provider's rate and to a
 * number of concurrent calls, counted by a circuit breaker, and retried with exponential back-off and
 * jitter. A rejection (bad number ...) is neither retried nor counted against the provider; an open
 * breaker fails at once, so the dispatcher can go to the recipient's next channel.
 */
public class ResilientChannel implements ChannelSender {

    private final ChannelSender delegate;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final RateLimiter rateLimiter;
    private final TimeLimiter timeLimiter;

    public ResilientChannel(ChannelSender delegate, ChannelsProperties.Resilience r) {
        String name = delegate.channel().name().toLowerCase();
        this.delegate = delegate;
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(r.failureRate())
                .slidingWindowSize(Math.max(r.window(), r.minimumCalls()))
                .minimumNumberOfCalls(r.minimumCalls())
                .waitDurationInOpenState(r.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .ignoreExceptions(DeliveryRejectedException.class)
                .build());
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(r.backoff(), 2.0, 0.5))
                .ignoreExceptions(DeliveryRejectedException.class, CallNotPermittedException.class,
                        BulkheadFullException.class, RequestNotPermitted.class)
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(r.maxConcurrent())
                .maxWaitDuration(Duration.ofMillis(100))
                .build());
        this.rateLimiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(r.perSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(1))
                .build());
        this.timeLimiter = TimeLimiter.of(name, TimeLimiterConfig.custom().timeoutDuration(r.timeout()).build());
    }

    @Override
    public ContactChannel channel() {
        return delegate.channel();
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    @Override
    public Mono<String> send(Delivery delivery) {
        return Mono.defer(() -> delegate.send(delivery))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(RateLimiterOperator.of(rateLimiter))
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(RetryOperator.of(retry));
    }
}
