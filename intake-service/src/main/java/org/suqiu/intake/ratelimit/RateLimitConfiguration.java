package org.suqiu.intake.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate limiting of the public endpoints, unless {@code suqiu.intake.rate-limit.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "suqiu.intake.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    RateLimitingFilter rateLimitingFilter(RateLimitProperties properties) {
        return new RateLimitingFilter(properties);
    }
}
