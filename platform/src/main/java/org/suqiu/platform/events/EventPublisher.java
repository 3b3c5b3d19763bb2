package org.suqiu.platform.events;

import org.springframework.cloud.stream.function.StreamBridge;
import org.suqiu.contracts.Event;

/**
 * Publishes contract events to an output binding and returns only once the broker has them
 * (bindings are configured {@code sync: true}); a failure is an exception, so callers can keep the
 * event pending and try again.
 */
public class EventPublisher {

    private final StreamBridge streamBridge;
    private final EventCodec codec;

    public EventPublisher(StreamBridge streamBridge, EventCodec codec) {
        this.streamBridge = streamBridge;
        this.codec = codec;
    }

    public void publish(String bindingName, Event event) {
        send(bindingName, event, null);
    }

    /** Publishes with a deterministic event id, so a repeat after a crash is recognisable. */
    public void publish(String bindingName, Event event, String eventId) {
        send(bindingName, event, eventId);
    }

    private void send(String bindingName, Event event, String eventId) {
        boolean sent = streamBridge.send(bindingName,
                eventId == null ? codec.toMessage(event) : codec.toMessage(event, eventId));
        if (!sent) {
            throw new EventNotPublishedException("binding " + bindingName + " did not take " + event.getClass().getSimpleName());
        }
    }

    /** The broker did not acknowledge an event. */
    public static class EventNotPublishedException extends RuntimeException {
        public EventNotPublishedException(String message) {
            super(message);
        }
    }
}
