package org.suqiu.intake.attachments.model;

import java.util.Objects;

/**
 * 附件: a reference from a grievance to one stored attachment — its id, content type, size and
 * SHA-256. The original file name can hold personal data, so it stays in the store, sealed.
 */
public record AttachmentRef(String id, String contentType, long size, String sha256) {

    public AttachmentRef {
        Objects.requireNonNull(id, "id");
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
