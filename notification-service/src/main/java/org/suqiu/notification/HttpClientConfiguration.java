package org.suqiu.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The WebClient builder the providers' adapters start from (Boot 4 auto-configures one only with its
 * separate webclient module, which this service does without); each adapter clones it.
 */
@Configuration(proxyBeanMethods = false)
public class HttpClientConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WebClient.Builder webClientBuilder() {
        return WebClient.builder();
    }
}
