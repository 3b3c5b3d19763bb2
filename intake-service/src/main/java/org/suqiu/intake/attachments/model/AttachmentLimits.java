package org.suqiu.intake.attachments.model;

import java.util.List;

/** 附件限制: how large one attachment and how many attachments per grievance intake takes. */
public record AttachmentLimits(long maxBytes, int maxCount) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_COUNT = 10;

    public AttachmentLimits {
        if (maxBytes <= 0 || maxCount < 0) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
    }

    public static AttachmentLimits defaults() {
        return new AttachmentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_COUNT);
    }

    public boolean allowsSize(long size) {
        return size >= 0 && size <= maxBytes;
    }

    /** Whether one more attachment fits next to {@code existing}. */
    public boolean allowsAnother(List<AttachmentRef> existing) {
        return existing.size() < maxCount;
    }
}
