package org.suqiu.intake;

import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;

/**
 * The service's own database, {@code suqiu-intake} unless {@code spring.mongodb.uri} names another
 * (its {@code ping} health check comes from the platform).
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    MongoDatabase intakeDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }
}
