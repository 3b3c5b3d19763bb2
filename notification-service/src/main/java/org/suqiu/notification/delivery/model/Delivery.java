package org.suqiu.notification.delivery.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.suqiu.notification.people.model.ContactChannel;

/**
 * 送达: one message to one recipient on one channel, stored BEFORE it is sent. Its id is the natural
 * key {@code <purpose>:<source>:<round>:<recipient>:<channel>} — the same alert (and repeat round) or
 * answer never gets two deliveries to the same person on the same channel — and doubles as the
 * provider's idempotency key (SMS out id, WeChat client_msg_id, e-mail Message-ID).
 * {@code fallbacks} are the recipient's next channels, taken when this one is down.
 */
public record Delivery(
        String id,
        Purpose purpose,
        String sourceId,
        int round,
        String recipientId,
        ContactChannel channel,
        String destination,
        String subject,
        String text,
        Map<String, String> params,
        String inReplyTo,
        List<ContactChannel> fallbacks,
        String trackingNo,
        String jurisdictionCode,
        DeliveryStatus status,
        int attemptCount,
        Instant nextAttemptAt,
        String providerId,
        String lastError,
        List<Attempt> attempts,
        Instant createdAt,
        Instant sentAt) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        params = params == null ? Map.of() : Map.copyOf(params);
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public static String idOf(Purpose purpose, String sourceId, int round, String recipientId, ContactChannel channel) {
        return purpose.name().toLowerCase() + ":" + sourceId + ":" + round + ":" + recipientId + ":" + channel.name();
    }

    /** A new delivery, due at {@code due}. */
    public static Delivery planned(Purpose purpose, String sourceId, int round, String recipientId, ContactChannel channel,
            String destination, String subject, String text, Map<String, String> params, String inReplyTo,
            List<ContactChannel> fallbacks, String trackingNo, String jurisdictionCode, Instant now, Instant due) {
        return new Delivery(idOf(purpose, sourceId, round, recipientId, channel), purpose, sourceId, round, recipientId,
                channel, destination, subject, text, params, inReplyTo, fallbacks, trackingNo, jurisdictionCode,
                DeliveryStatus.PENDING, 0, due, null, null, List.of(), now, null);
    }

    /** The same message to the same recipient on {@code next}, due now, with the channels after it as fallbacks. */
    public Delivery fallback(ContactChannel next, String address, Instant now) {
        int at = fallbacks.indexOf(next);
        List<ContactChannel> rest = at < 0 ? List.of() : fallbacks.subList(at + 1, fallbacks.size());
        return planned(purpose, sourceId, round, recipientId, next, address, subject, text, params, inReplyTo, rest,
                trackingNo, jurisdictionCode, now, now);
    }
}
