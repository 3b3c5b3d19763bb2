package org.suqiu.notification.directory.infrastructure;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.notification.directory.messaging.UnitChangedHandler;
import org.suqiu.platform.events.EventCodec;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the local copy of the unit directory and its consumer of {@code directory.units}. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    @Bean
    MongoUnits units(MongoDatabase notificationDatabase) {
        return new MongoUnits(notificationDatabase);
    }

    /** Bound as {@code directoryUnits-in-0}. */
    @Bean
    Consumer<Message<byte[]>> directoryUnits(EventCodec codec, MongoUnits units) {
        return new UnitChangedHandler(codec, units);
    }
}
