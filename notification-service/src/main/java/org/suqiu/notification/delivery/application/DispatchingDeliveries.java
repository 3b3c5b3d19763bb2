package org.suqiu.notification.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.notification.delivery.model.Attempt;
import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryRejectedException;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.People;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dispatcher (送达): claims due deliveries one at a time under a lease (so each goes out from one
 * instance only, and one whose dispatcher died is taken over when the lease ends), hands each to its
 * channel, and records every attempt. A delivery the provider accepted is SENT and never sent again.
 * When a channel is down (its breaker open, or its retries spent) the delivery waits for its next
 * attempt and the message goes at once by the recipient's next preferred channel.
 */
public class DispatchingDeliveries {

    private static final Logger log = LoggerFactory.getLogger(DispatchingDeliveries.class);

    private final Deliveries deliveries;
    private final Map<ContactChannel, ChannelSender> senders;
    private final People people;
    private final RetrySchedule retries;
    private final Duration lease;
    private final String owner;
    private final Clock clock;

    public DispatchingDeliveries(Deliveries deliveries, Map<ContactChannel, ChannelSender> senders, People people,
            RetrySchedule retries, Duration lease, String owner, Clock clock) {
        this.deliveries = deliveries;
        this.senders = Map.copyOf(senders);
        this.people = people;
        this.retries = retries;
        this.lease = lease;
        this.owner = owner;
        this.clock = clock;
    }

    /** Claims and works off due deliveries, at most {@code max}, {@code concurrency} at a time; emits how many. */
    public Mono<Long> dispatchDue(int max, int concurrency) {
        return Flux.range(0, max)
                .concatMap(i -> deliveries.claimDue(clock.instant(), lease, owner).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .takeWhile(Optional::isPresent)
                .map(Optional::get)
                .flatMap(this::dispatch, concurrency)
                .count();
    }

    Mono<Delivery> dispatch(Delivery delivery) {
        int number = delivery.attemptCount() + 1;
        ChannelSender sender = senders.get(delivery.channel());
        if (sender == null) {
            return failed(delivery, number, "no " + delivery.channel() + " channel is configured", false);
        }
        return Mono.defer(() -> sender.send(delivery))
                .flatMap(providerId -> deliveries.markSent(delivery.id(), owner,
                                new Attempt(number, clock.instant(), Attempt.SENT, null, providerId))
                        .doOnNext(marked -> log.info("Delivery {} sent by {} (provider id {}, attempt {})", delivery.id(),
                                delivery.channel(), providerId, number))
                        .thenReturn(delivery))
                .onErrorResume(DeliveryRejectedException.class, e -> failed(delivery, number, e.getMessage(), false))
                .onErrorResume(e -> failed(delivery, number, describe(e), true));
    }

    private Mono<Delivery> failed(Delivery delivery, int number, String error, boolean retry) {
        Instant now = clock.instant();
        Instant retryAt = retry ? retries.after(number, now) : null;
        Attempt attempt = new Attempt(number, now, retry ? Attempt.UNAVAILABLE : Attempt.REJECTED, error, null);
        log.warn("Delivery {} by {} failed (attempt {}): {}; {}", delivery.id(), delivery.channel(), number, error,
                retryAt == null ? "given up" : "next attempt at " + retryAt);
        return deliveries.markFailed(delivery.id(), owner, attempt, retryAt)
                .then(fallBack(delivery, now))
                .thenReturn(delivery);
    }

    // The next preferred channel that has an address now; the fallback's id is deterministic, so a second failure adds nothing.
    private Mono<Boolean> fallBack(Delivery delivery, Instant now) {
        if (delivery.fallbacks().isEmpty() || delivery.purpose() != Purpose.ALERT) {
            return Mono.just(false);
        }
        return people.byId(delivery.recipientId())
                .flatMap(person -> Flux.fromIterable(delivery.fallbacks())
                        .filter(channel -> person.addressFor(channel).isPresent())
                        .next()
                        .flatMap(next -> deliveries.addIfAbsent(delivery.fallback(next, person.addressFor(next).get(), now))
                                .doOnNext(added -> {
                                    if (added) {
                                        log.info("Delivery {} falls back to {} for {}", delivery.id(), next, delivery.recipientId());
                                    }
                                })))
                .defaultIfEmpty(false);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
