package org.suqiu.notification.delivery.web;

import java.time.Instant;
import java.util.List;

import org.suqiu.notification.delivery.model.Attempt;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.platform.security.Masking;

/** A delivery in the delivery log: its state and every attempt; the destination masked, the text never shown. */
public record DeliveryResponse(String id, String purpose, String sourceId, int round, String recipientId, String channel,
        String destination, String trackingNo, String status, int attemptCount, Instant nextAttemptAt, String providerId,
        String lastError, List<Attempt> attempts, Instant createdAt, Instant sentAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(d.id(), d.purpose().name(), d.sourceId(), d.round(), d.recipientId(), d.channel().name(),
                mask(d), d.trackingNo(), d.status().name(), d.attemptCount(), d.nextAttemptAt(), d.providerId(), d.lastError(),
                d.attempts(), d.createdAt(), d.sentAt());
    }

    private static String mask(Delivery d) {
        String to = d.destination();
        if (to == null) {
            return null;
        }
        return switch (d.channel()) {
            case SMS -> Masking.phone(to);
            case EMAIL -> Masking.email(to);
            case WECHAT -> to.length() <= 8 ? "***" : to.substring(0, 4) + "***";
            case INBOX -> to;
        };
    }
}
