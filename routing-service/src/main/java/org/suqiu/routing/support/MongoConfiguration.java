package org.suqiu.routing.support;

import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;

/** Routing's own database, named by {@code spring.mongodb.uri} ({@code suqiu-routing} by default). */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean
    MongoDatabase routingDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }
}
