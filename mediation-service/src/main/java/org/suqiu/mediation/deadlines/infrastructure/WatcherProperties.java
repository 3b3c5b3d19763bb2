package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline watcher ({@code suqiu.mediation.watcher}): whether this instance runs it, how often,
 * and how many cases per deadline kind one round takes. Running it on several instances is safe.
 */
@ConfigurationProperties("suqiu.mediation.watcher")
public record WatcherProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration interval,
        @DefaultValue("200") int batchSize) {

    public WatcherProperties {
        if (interval.isZero() || interval.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("suqiu.mediation.watcher: interval and batch-size must be positive");
        }
    }
}
