package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.messaging.OutboxRelay;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.cases.model.NoticeSchedule;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;

/** Wires the deadline watcher and, unless {@code suqiu.mediation.watcher.enabled=false}, its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WatcherProperties.class)
public class DeadlinesConfiguration {

    @Bean
    WatchingDeadlines watchingDeadlines(Cases cases, NoticeSchedule noticeSchedule, OutboxRelay caseEventRelay, Clock clock,
            CaseAudit caseAudit, ClockPolicy clockPolicy) {
        return new WatchingDeadlines(cases, noticeSchedule, caseEventRelay, clock, caseAudit, clockPolicy.overdueSteps());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "suqiu.mediation.watcher.enabled", matchIfMissing = true)
    DeadlineWatcherSchedule deadlineWatcherSchedule(WatchingDeadlines watchingDeadlines, WatcherProperties watcher) {
        return new DeadlineWatcherSchedule(watchingDeadlines, watcher.interval());
    }
}
