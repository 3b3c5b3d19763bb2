package org.suqiu.mediation.cases.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case outbox relay ({@code suqiu.mediation.outbox}): how often it looks for events left behind
 * (changes nudge it at once anyway) and how many cases it takes per round.
 */
@ConfigurationProperties("suqiu.mediation.outbox")
public record OutboxProperties(
        @DefaultValue("PT2S") Duration interval,
        @DefaultValue("100") int batchSize) {

    public OutboxProperties {
        if (interval.isZero() || interval.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("suqiu.mediation.outbox: interval and batch-size must be positive");
        }
    }
}
