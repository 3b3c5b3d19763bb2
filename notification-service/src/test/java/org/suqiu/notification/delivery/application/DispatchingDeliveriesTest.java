package org.suqiu.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryRejectedException;
import org.suqiu.notification.delivery.model.DeliveryStatus;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.InMemoryPeople;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;

import reactor.core.publisher.Mono;

class DispatchingDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:40:00Z");

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final InMemoryPeople people = new InMemoryPeople().with(new Person("head-330483-env", "负责人", PersonRole.UNIT_HEAD,
            "330483-env", "330483", "13800000007", "head@suqiu.example", null,
            List.of(ContactChannel.SMS, ContactChannel.EMAIL, ContactChannel.INBOX), 1, null));
    private final Sender sms = new Sender(ContactChannel.SMS);
    private final Sender email = new Sender(ContactChannel.EMAIL);
    private final DispatchingDeliveries dispatching = new DispatchingDeliveries(deliveries,
            Map.of(ContactChannel.SMS, sms, ContactChannel.EMAIL, email), people,
            new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 3), Duration.ofMinutes(1), "test", Clock.fixed(NOW, ZoneOffset.UTC));

    /** A channel that fails, rejects or works as told, counting its calls. */
    static final class Sender implements ChannelSender {
        final ContactChannel channel;
        final AtomicInteger calls = new AtomicInteger();
        volatile RuntimeException failure;

        Sender(ContactChannel channel) {
            this.channel = channel;
        }

        @Override
        public ContactChannel channel() {
            return channel;
        }

        @Override
        public Mono<String> send(Delivery delivery) {
            calls.incrementAndGet();
            return failure == null ? Mono.just(channel + "-" + calls.get()) : Mono.error(failure);
        }
    }

    private Delivery smsToHead() {
        return Delivery.planned(Purpose.ALERT, "C-1:ACCEPT:20261122T023200Z:overdue:1", 0, "head-330483-env", ContactChannel.SMS,
                "13800000007", "督办提醒 SQ1", "【超期】SQ1", Map.of("trackingNo", "SQ1"), null,
                List.of(ContactChannel.EMAIL, ContactChannel.INBOX), "SQ1", "330483", NOW, NOW);
    }

    @Test
    void shouldSendADueDeliveryOnceAndNeverAgain() {
        deliveries.addIfAbsent(smsToHead()).block();

        assertThat(dispatching.dispatchDue(10, 2).block()).isEqualTo(1);
        assertThat(dispatching.dispatchDue(10, 2).block()).isZero();

        Delivery sent = deliveries.byId.get(smsToHead().id());
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.providerId()).isEqualTo("SMS-1");
        assertThat(sent.attempts()).extracting(a -> a.outcome()).containsExactly("SENT");
        assertThat(sms.calls).hasValue(1);
    }

    @Test
    void shouldFallBackToTheNextChannelAndRetryTheFailedOneLater() {
        sms.failure = new IllegalStateException("gateway down");
        deliveries.addIfAbsent(smsToHead()).block();

        dispatching.dispatchDue(10, 1).block();
        dispatching.dispatchDue(10, 1).block();

        Delivery failed = deliveries.byId.get(smsToHead().id());
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.nextAttemptAt()).isAfter(NOW);
        assertThat(failed.attempts()).extracting(a -> a.outcome()).containsExactly("UNAVAILABLE");
        Delivery fallback = deliveries.byId.get(Delivery.idOf(Purpose.ALERT, failed.sourceId(), 0, "head-330483-env", ContactChannel.EMAIL));
        assertThat(fallback.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(fallback.destination()).isEqualTo("head@suqiu.example");
        assertThat(fallback.fallbacks()).containsExactly(ContactChannel.INBOX);
        assertThat(email.calls).hasValue(1);
    }

    @Test
    void shouldGiveUpARejectedMessageAtOnceButStillTryTheNextChannel() {
        sms.failure = new DeliveryRejectedException("isv.MOBILE_NUMBER_ILLEGAL");
        deliveries.addIfAbsent(smsToHead()).block();

        dispatching.dispatchDue(10, 1).block();

        Delivery rejected = deliveries.byId.get(smsToHead().id());
        assertThat(rejected.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(rejected.lastError()).contains("MOBILE_NUMBER_ILLEGAL");
        assertThat(deliveries.byId).hasSize(2);
    }

    @Test
    void shouldFailADeliveryWhoseChannelIsNotConfiguredAndFallBack() {
        Delivery wechat = Delivery.planned(Purpose.ALERT, "C-2:ACCEPT:20261122T023200Z:overdue:1", 0, "head-330483-env",
                ContactChannel.WECHAT, "oOpenId123", "s", "t", Map.of(), null, List.of(ContactChannel.EMAIL), "SQ2", "330483", NOW, NOW);
        deliveries.addIfAbsent(wechat).block();

        dispatching.dispatchDue(10, 1).block();
        dispatching.dispatchDue(10, 1).block();

        assertThat(deliveries.byId.get(wechat.id()).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(email.calls).hasValue(1);
    }
}
