package org.suqiu.intake.attachments.infrastructure;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.attachments.application.DownloadingAttachment;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the attachment store, its limits and the staff download. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentConfiguration {

    @Bean
    MongoAttachments attachments(MongoDatabase intakeDatabase, FieldCipher cipher, Clock clock) {
        return new MongoAttachments(intakeDatabase, cipher, clock);
    }

    @Bean
    AttachmentLimits attachmentLimits(AttachmentProperties properties) {
        return properties.limits();
    }

    @Bean
    DownloadingAttachment downloadingAttachment(ViewingGrievances viewing, MongoAttachments attachments, AuditTrail audit) {
        return new DownloadingAttachment(viewing, attachments, audit);
    }
}
