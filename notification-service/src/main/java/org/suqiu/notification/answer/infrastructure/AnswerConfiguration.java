package org.suqiu.notification.answer.infrastructure;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.notification.answer.application.AnsweringCitizen;
import org.suqiu.notification.answer.messaging.CaseResolvedHandler;
import org.suqiu.notification.delivery.infrastructure.MongoDeliveries;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.platform.events.EventCodec;

/** Wires the citizens' answers: service tokens, intake's reply addresses and the consumer of {@code case.lifecycle}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnswerProperties.class)
public class AnswerConfiguration {

    @Bean
    ClientCredentialsTokens serviceTokens(WebClient.Builder webClient, AnswerProperties properties, Clock clock) {
        return new ClientCredentialsTokens(webClient, properties.serviceClient(), clock);
    }

    @Bean
    HttpReplyAddresses replyAddresses(WebClient.Builder webClient, AnswerProperties properties, ClientCredentialsTokens tokens) {
        return new HttpReplyAddresses(webClient, properties.intake(), tokens);
    }

    @Bean
    AnsweringCitizen answeringCitizen(HttpReplyAddresses replyAddresses, MongoDeliveries deliveries, Units units,
            AnswerProperties properties, Clock clock) {
        return new AnsweringCitizen(replyAddresses, deliveries, units, properties.trackingUrl(), clock);
    }

    /** Bound as {@code caseLifecycle-in-0}. */
    @Bean
    Consumer<Message<byte[]>> caseLifecycle(EventCodec codec, AnsweringCitizen answeringCitizen) {
        return new CaseResolvedHandler(codec, answeringCitizen);
    }
}
