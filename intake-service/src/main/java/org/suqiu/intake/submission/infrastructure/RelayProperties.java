package org.suqiu.intake.submission.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.suqiu.intake.submission.model.RelayPolicy;

/**
 * The outbox relay ({@code suqiu.intake.relay.*}): whether it runs in this instance, how often it
 * looks for pending submissions (it is also nudged after each accepted one), how many it claims and
 * sends at once, how long a claim is leased, and the backoff after a failed publish.
 */
@ConfigurationProperties("suqiu.intake.relay")
public record RelayProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration interval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("16") int concurrency,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("1m") Duration maxBackoff) {

    public RelayPolicy policy() {
        return new RelayPolicy(lease, initialBackoff, maxBackoff);
    }
}
