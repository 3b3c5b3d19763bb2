package org.suqiu.intake.mailbox.infrastructure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.attachments.infrastructure.MongoAttachments;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.mailbox.application.ReceivingMail;
import org.suqiu.intake.submission.application.AcceptingGrievance;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the mailbox channel (网上信箱) when {@code suqiu.intake.mailbox.enabled} is true and a host is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxProperties.class)
@ConditionalOnProperty(name = "suqiu.intake.mailbox.enabled", havingValue = "true")
public class MailboxConfiguration {

    @Bean
    MongoMailRecords mailRecords(MongoDatabase intakeDatabase, Clock clock) {
        return new MongoMailRecords(intakeDatabase, clock);
    }

    @Bean
    ReceivingMail receivingMail(AcceptingGrievance accepting, MongoAttachments attachments, AttachmentLimits limits,
            MongoMailRecords records) {
        return new ReceivingMail(accepting, attachments, limits, records);
    }

    @Bean
    ImapMailbox imapMailbox(MailboxProperties properties, AttachmentLimits limits, ReceivingMail receiving,
            MongoMailRecords records) {
        if (!properties.active()) {
            throw new IllegalStateException("suqiu.intake.mailbox.enabled is true but suqiu.intake.mailbox.host is not set");
        }
        SmtpReplies replies = properties.smtp() == null || properties.smtp().host() == null ? null : new SmtpReplies(properties.smtp());
        return new ImapMailbox(properties, new MailReader(limits.maxBytes()), receiving, records, replies);
    }
}
