package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.messaging.OutboxRelay;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;

/** Wires the deadline watcher and, unless {@code suqiu.mediation.watcher.enabled=false}, its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WatcherProperties.class)
public class DeadlinesConfiguration {

    @Bean
    WatchingDeadlines watchingDeadlines(Cases cases, OutboxRelay caseEventRelay, Clock clock, WatcherProperties watcher,
            CaseAudit caseAudit) {
        return new WatchingDeadlines(cases, caseEventRelay, clock, watcher.batchSize(), caseAudit);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "suqiu.mediation.watcher.enabled", matchIfMissing = true)
    DeadlineWatcherSchedule deadlineWatcherSchedule(WatchingDeadlines watchingDeadlines, WatcherProperties watcher) {
        return new DeadlineWatcherSchedule(watchingDeadlines, watcher.interval());
    }
}
