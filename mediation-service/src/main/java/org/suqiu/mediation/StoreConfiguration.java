package org.suqiu.mediation;

import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;

/** This service's own MongoDB database, named by {@code spring.mongodb.uri} ({@code suqiu-mediation} by default). */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    MongoDatabase mediationDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }
}
