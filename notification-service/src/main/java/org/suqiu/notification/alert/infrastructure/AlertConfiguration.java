package org.suqiu.notification.alert.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.notification.alert.application.AcknowledgingAlert;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert;
import org.suqiu.notification.alert.application.ReadingAlerts;
import org.suqiu.notification.alert.messaging.CaseDeadlineHandler;
import org.suqiu.notification.alert.model.AlertMessage;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.notification.delivery.application.PlanningAlertDeliveries;
import org.suqiu.notification.escalation.application.EscalationLadder;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.audit.AuditTrail;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the alert inbox: its store, live feed, use cases and the consumer of {@code case.deadlines}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
public class AlertConfiguration {

    private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    MongoAlerts alerts(MongoDatabase notificationDatabase) {
        MongoAlerts alerts = new MongoAlerts(notificationDatabase);
        alerts.createIndexes().block(INDEX_TIMEOUT);
        return alerts;
    }

    @Bean
    LiveAlertFeed liveAlertFeed(AlertsProperties properties) {
        return new LiveAlertFeed(properties.liveBuffer());
    }

    @Bean
    AlertMessage alertMessage(AlertsProperties properties) {
        return new AlertMessage(properties.zone());
    }

    @Bean
    RaisingDeadlineAlert raisingDeadlineAlert(MongoAlerts alerts, Units units, EscalationLadder ladder,
            AlertMessage alertMessage, LiveAlertFeed feed, Clock clock) {
        return new RaisingDeadlineAlert(alerts, units, ladder, alertMessage, feed, clock);
    }

    @Bean
    AcknowledgingAlert acknowledgingAlert(MongoAlerts alerts, AuditTrail auditTrail, Clock clock) {
        return new AcknowledgingAlert(alerts, auditTrail, clock);
    }

    @Bean
    ReadingAlerts readingAlerts(MongoAlerts alerts, LiveAlertFeed feed, AuditTrail auditTrail) {
        return new ReadingAlerts(alerts, feed, auditTrail);
    }

    /** Bound as {@code caseDeadlines-in-0}. */
    @Bean
    Consumer<Message<byte[]>> caseDeadlines(EventCodec codec, RaisingDeadlineAlert raisingDeadlineAlert,
            MongoAlerts alerts, AuditTrail auditTrail, PlanningAlertDeliveries planning,
            @Value("${spring.application.name}") String serviceName) {
        return new CaseDeadlineHandler(codec, raisingDeadlineAlert, alerts, auditTrail, planning, serviceName);
    }
}
