package org.suqiu.notification.delivery.model;

import org.suqiu.notification.people.model.ContactChannel;

import reactor.core.publisher.Mono;

/**
 * A channel's provider (port): hands one delivery over and emits the provider's message id. Fails
 * with {@link DeliveryRejectedException} when the provider refuses this message for good, with any
 * other error when the channel is unavailable (try later, or another channel).
 */
public interface ChannelSender {

    ContactChannel channel();

    Mono<String> send(Delivery delivery);
}
