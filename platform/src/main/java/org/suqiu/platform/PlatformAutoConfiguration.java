package org.suqiu.platform;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.web.ProblemDetailsAdvice;

/**
 * Wires the shared technical pieces into every service: the clock, the CloudEvents codec and
 * publisher (source {@code /suqiu/<spring.application.name>}) and the problem+json advice.
 */
@AutoConfiguration(afterName = "org.springframework.cloud.stream.function.FunctionConfiguration")
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
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
