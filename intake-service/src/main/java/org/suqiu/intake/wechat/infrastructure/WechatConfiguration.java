package org.suqiu.intake.wechat.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.attachments.infrastructure.MongoAttachments;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.wechat.application.ReceivingWechatMessage;
import org.suqiu.intake.wechat.application.SweepingDrafts;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the WeChat official account channel (公众号). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatProperties.class)
public class WechatConfiguration {

    @Bean
    MongoConversations wechatConversations(MongoDatabase intakeDatabase, FieldCipher cipher) {
        return new MongoConversations(intakeDatabase, cipher);
    }

    @Bean
    MongoNonces wechatNonces(MongoDatabase intakeDatabase, Clock clock) {
        return new MongoNonces(intakeDatabase, clock);
    }

    @Bean
    HttpPictures wechatPictures(WechatProperties properties) {
        return new HttpPictures(Set.copyOf(properties.pictureHosts()), properties.pictureTimeout());
    }

    @Bean
    WechatProtocol wechatProtocol(MongoNonces nonces, Clock clock, WechatProperties properties) {
        return new WechatProtocol(nonces, clock, properties.timestampWindow());
    }

    @Bean
    ReceivingWechatMessage receivingWechatMessage(MongoConversations conversations, AcceptingGrievance accepting,
            MongoAttachments attachments, HttpPictures pictures, AttachmentLimits limits, Clock clock) {
        return new ReceivingWechatMessage(conversations, accepting, attachments, pictures, limits, clock);
    }

    @Bean
    SweepingDrafts sweepingDrafts(MongoConversations conversations, ReceivingWechatMessage receiving, MongoNonces nonces,
            WechatProperties properties, Clock clock) {
        return new SweepingDrafts(conversations, receiving, nonces, properties.quietPeriod(), Duration.ofSeconds(30),
                properties.timestampWindow().multipliedBy(2), clock);
    }

    @Bean
    ScheduledSweep wechatSweep(SweepingDrafts sweeping, WechatProperties properties) {
        return new ScheduledSweep(sweeping, properties.sweepInterval());
    }
}
