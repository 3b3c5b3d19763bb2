package org.suqiu.mediation.directory.infrastructure;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.mediation.directory.messaging.UnitChangedHandler;
import org.suqiu.platform.events.EventCodec;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the unit directory: the {@code units} collection and the {@code directory.units} consumer. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    @Bean
    MongoUnits units(MongoDatabase mediationDatabase) {
        return new MongoUnits(mediationDatabase.getCollection(MongoUnits.COLLECTION));
    }

    @Bean
    Consumer<Message<byte[]>> directoryUnits(EventCodec codec, MongoUnits units) {
        return new UnitChangedHandler(codec, units);
    }
}
