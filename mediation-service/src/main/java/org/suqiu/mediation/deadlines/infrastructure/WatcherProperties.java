package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline watcher ({@code suqiu.mediation.watcher}): whether this instance runs it (safe on
 * several), how often, and its notice schedule: the size of a time bucket, how long after its end a
 * bucket is dropped ({@code grace}: longer than any write takes), how far back a first round looks,
 * and how many shards a bucket is split into (so one busy minute never fills one document).
 */
@ConfigurationProperties("suqiu.mediation.watcher")
public record WatcherProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration interval,
        @DefaultValue("PT1M") Duration bucket,
        @DefaultValue("PT1M") Duration grace,
        @DefaultValue("P2D") Duration catchUp,
        @DefaultValue("16") int shards) {

    public WatcherProperties {
        if (interval.isZero() || interval.isNegative() || shards < 1) {
            throw new IllegalArgumentException("suqiu.mediation.watcher: interval and shards must be positive");
        }
    }
}
