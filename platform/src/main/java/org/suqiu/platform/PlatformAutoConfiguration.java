package org.suqiu.platform;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.cloud.stream.messaging.DirectWithAttributesChannel;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.events.OutputBindings;
import org.suqiu.platform.mongo.MongoPingHealthIndicator;
import org.suqiu.platform.web.ProblemDetailsAdvice;

import com.mongodb.reactivestreams.client.MongoClient;

/**
 * Wires the shared technical pieces into every service: the clock, the CloudEvents codec and
 * publisher (source {@code /suqiu/<spring.application.name>}), the problem+json advice and a
 * {@code ping}-based MongoDB health check.
 */
@AutoConfiguration(
        afterName = {"org.springframework.cloud.stream.function.FunctionConfiguration",
                "org.springframework.cloud.stream.config.BindingServiceConfiguration",
                "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration")
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec(@Value("${spring.application.name:suqiu}") String applicationName, Clock clock) {
        return new EventCodec("/suqiu/" + applicationName, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StreamBridge.class)
    EventPublisher eventPublisher(StreamBridge streamBridge, EventCodec codec) {
        return new EventPublisher(streamBridge, codec);
    }

    @Bean
    static OutputBindings.Registrar outputBindingsRegistrar() {
        return new OutputBindings.Registrar();
    }

    @Bean
    @ConditionalOnBean(BindingService.class)
    OutputBindings.Binding outputBindings(Environment environment, ApplicationContext context, BindingService bindingService) {
        Map<String, DirectWithAttributesChannel> channels = new LinkedHashMap<>();
        for (String name : OutputBindings.names(environment)) {
            channels.put(name, context.getBean(name, DirectWithAttributesChannel.class));
        }
        return new OutputBindings.Binding(channels, bindingService);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Boot's MongoDB health check sends {@code hello}, which the local MongoDB-wire store does not know. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator")
    @ConditionalOnBean(MongoClient.class)
    static class MongoHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = {"mongoHealthIndicator", "mongoHealthContributor"})
        MongoPingHealthIndicator mongoHealthIndicator(MongoClient client, MongoProperties properties) {
            return new MongoPingHealthIndicator(client.getDatabase(properties.getMongoClientDatabase()));
        }
    }
}
