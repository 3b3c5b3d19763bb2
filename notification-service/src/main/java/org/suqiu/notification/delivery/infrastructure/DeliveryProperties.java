package org.suqiu.notification.delivery.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.notification.delivery}: the dispatcher looks for due deliveries every
 * {@code poll-interval}, claims at most {@code batch} per round under a {@code lease} (a delivery whose
 * dispatcher died is taken over after it), sends {@code concurrency} at once; a delivery whose channel
 * was down is tried again after {@code retry-first}, doubling up to {@code retry-max}, at most
 * {@code max-attempts} times.
 */
@ConfigurationProperties("suqiu.notification.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batch, @DefaultValue("4") int concurrency, @DefaultValue("60s") Duration lease,
        @DefaultValue("30s") Duration retryFirst, @DefaultValue("30m") Duration retryMax, @DefaultValue("20") int maxAttempts) {
}
