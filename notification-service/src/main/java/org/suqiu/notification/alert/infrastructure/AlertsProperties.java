package org.suqiu.notification.alert.infrastructure;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.notification.alerts}: the time zone messages show due times in, the live stream's
 * heartbeat (an SSE comment that keeps proxies from closing an idle stream) and how many alerts a
 * slow live listener may fall behind before it loses the oldest.
 */
@ConfigurationProperties("suqiu.notification.alerts")
public record AlertsProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("256") int liveBuffer) {
}
