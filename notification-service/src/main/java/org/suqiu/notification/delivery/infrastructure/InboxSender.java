package org.suqiu.notification.delivery.infrastructure;

import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.people.model.ContactChannel;

import reactor.core.publisher.Mono;

/** The live inbox: the alert is already there (and was pushed on the stream), so this delivery is done at once. */
public class InboxSender implements ChannelSender {

    @Override
    public ContactChannel channel() {
        return ContactChannel.INBOX;
    }

    @Override
    public Mono<String> send(Delivery delivery) {
        return Mono.just("inbox:" + delivery.sourceId());
    }
}
