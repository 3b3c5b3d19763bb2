package org.suqiu.notification.delivery.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.notification.alert.infrastructure.MongoAlerts;
import org.suqiu.notification.delivery.application.DispatchingDeliveries;
import org.suqiu.notification.delivery.application.PlanningAlertDeliveries;
import org.suqiu.notification.delivery.application.RetrySchedule;
import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.escalation.application.EscalationLadder;
import org.suqiu.notification.escalation.model.BusinessHours;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.People;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the deliveries: the outbox, the channels behind Resilience4j, the planner and the background dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeliveryProperties.class, ChannelsProperties.class})
public class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** The channels in use, each behind its own Resilience4j decorators. */
    public record Channels(Map<ContactChannel, ChannelSender> senders) {
    }

    @Bean
    MongoDeliveries deliveries(MongoDatabase notificationDatabase, FieldCipher fieldCipher) {
        MongoDeliveries deliveries = new MongoDeliveries(notificationDatabase, fieldCipher);
        deliveries.createIndexes().block(START_TIMEOUT);
        return deliveries;
    }

    @Bean
    Channels channels(ChannelsProperties properties, WebClient.Builder webClient, ObjectProvider<JavaMailSender> mail, Clock clock) {
        Map<ContactChannel, ChannelSender> senders = new EnumMap<>(ContactChannel.class);
        senders.put(ContactChannel.INBOX, new InboxSender());
        if (properties.sms().enabled()) {
            senders.put(ContactChannel.SMS, new ResilientChannel(new SmsGatewaySender(webClient, properties.sms()),
                    properties.sms().resilience()));
        }
        if (properties.email().enabled()) {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("suqiu.notification.channels.email.enabled needs spring.mail.host");
            }
            senders.put(ContactChannel.EMAIL, new ResilientChannel(new SmtpEmailSender(sender, properties.email()),
                    properties.email().resilience()));
        }
        if (properties.wechat().enabled()) {
            senders.put(ContactChannel.WECHAT, new ResilientChannel(new WeChatSender(webClient, properties.wechat(), clock),
                    properties.wechat().resilience()));
        }
        log.info("Delivery channels: {}", senders.keySet());
        return new Channels(senders);
    }

    @Bean
    PlanningAlertDeliveries planningAlertDeliveries(EscalationLadder ladder, MongoDeliveries deliveries, MongoAlerts alerts,
            BusinessHours businessHours, Clock clock) {
        return new PlanningAlertDeliveries(ladder, deliveries, alerts, businessHours, clock);
    }

    @Bean
    DispatchingDeliveries dispatchingDeliveries(MongoDeliveries deliveries, Channels channels, People people,
            DeliveryProperties properties, @Value("${spring.application.name}") String serviceName, Clock clock) {
        return new DispatchingDeliveries(deliveries, channels.senders(), people,
                new RetrySchedule(properties.retryFirst(), properties.retryMax(), properties.maxAttempts()),
                properties.lease(), serviceName + ":" + UUID.randomUUID(), clock);
    }

    @Bean
    Dispatcher dispatcher(PlanningAlertDeliveries planning, DispatchingDeliveries dispatching, DeliveryProperties properties) {
        return new Dispatcher(planning, dispatching, properties);
    }
}
