package org.suqiu.intake.submission.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.suqiu.intake.submission.model.GrievanceText;

/**
 * What every channel takes in at most ({@code suqiu.intake.limits.*}): the text in characters
 * (Unicode code points), each attachment's size and the number of attachments. Over a limit is
 * refused in the channel's own form (problem+json, Open311 errors). The text limit may be lowered,
 * never raised above the model's {@value GrievanceText#MAX_CODE_POINTS}.
 */
@ConfigurationProperties("suqiu.intake.limits")
public record IntakeLimits(@DefaultValue("5000") int maxTextLength,
                           @DefaultValue("10MB") DataSize maxAttachmentSize,
                           @DefaultValue("10") int maxAttachments) {

    public IntakeLimits {
        if (maxTextLength < 1 || maxTextLength > GrievanceText.MAX_CODE_POINTS) {
            throw new IllegalArgumentException("suqiu.intake.limits.max-text-length must be 1.." + GrievanceText.MAX_CODE_POINTS);
        }
        if (maxAttachments < 0 || maxAttachmentSize.isNegative()) {
            throw new IllegalArgumentException("suqiu.intake.limits: attachment limits must not be negative");
        }
    }

    /** Whether a text of this many characters fits. */
    public boolean textFits(String text) {
        return text == null || GrievanceText.length(text) <= maxTextLength;
    }

    /** Whether {@code count} attachments of at most {@code largestBytes} each fit. */
    public boolean attachmentsFit(int count, long largestBytes) {
        return count <= maxAttachments && largestBytes <= maxAttachmentSize.toBytes();
    }
}
