package org.suqiu.intake.tracking.infrastructure;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.intake.tracking.application.ShowingTracking;
import org.suqiu.intake.tracking.application.Trackings;
import org.suqiu.intake.tracking.application.UpdatingTracking;
import org.suqiu.intake.tracking.messaging.TrackingEventsHandler;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/**
 * Wires the tracking feature: the view, and the consumers {@code routedEvents}
 * ({@code grievance.routed}) and {@code lifecycleEvents} ({@code case.lifecycle}) that keep it current.
 */
@Configuration(proxyBeanMethods = false)
public class TrackingConfiguration {

    @Bean
    Trackings trackings(MongoDatabase intakeDatabase, FieldCipher cipher) {
        return new MongoTrackings(intakeDatabase, cipher);
    }

    @Bean
    UpdatingTracking updatingTracking(Trackings trackings) {
        return new UpdatingTracking(trackings);
    }

    @Bean
    ShowingTracking showingTracking(Trackings trackings) {
        return new ShowingTracking(trackings);
    }

    @Bean
    TrackingEventsHandler trackingEventsHandler(EventCodec codec, UpdatingTracking updating, Clock clock) {
        return new TrackingEventsHandler(codec, updating, clock);
    }

    @Bean
    Consumer<Message<byte[]>> routedEvents(TrackingEventsHandler handler) {
        return handler::onRouted;
    }

    @Bean
    Consumer<Message<byte[]>> lifecycleEvents(TrackingEventsHandler handler) {
        return handler::onLifecycle;
    }
}
