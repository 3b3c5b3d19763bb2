package org.suqiu.intake.attachments.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.suqiu.intake.attachments.model.AttachmentLimits;

/**
 * {@code suqiu.intake.limits.*}: the attachment limits of every channel (10 MB each, 10 per
 * grievance by default).
 */
@ConfigurationProperties("suqiu.intake.limits")
public record AttachmentProperties(DataSize attachmentMaxBytes, Integer attachmentMaxCount) {

    public AttachmentProperties {
        attachmentMaxBytes = attachmentMaxBytes == null ? DataSize.ofBytes(AttachmentLimits.DEFAULT_MAX_BYTES) : attachmentMaxBytes;
        attachmentMaxCount = attachmentMaxCount == null ? AttachmentLimits.DEFAULT_MAX_COUNT : attachmentMaxCount;
    }

    public AttachmentLimits limits() {
        return new AttachmentLimits(attachmentMaxBytes.toBytes(), attachmentMaxCount);
    }
}
