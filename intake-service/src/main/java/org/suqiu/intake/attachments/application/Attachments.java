package org.suqiu.intake.attachments.application;

import org.suqiu.intake.attachments.model.AttachmentRef;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The attachment store (附件库): files kept in chunks, found by id. */
public interface Attachments {

    /** Stores {@code content} and answers its reference; the original name is kept sealed. */
    Mono<AttachmentRef> store(byte[] content, String contentType, String originalName);

    /** The reference of a stored attachment; empty when unknown. */
    Mono<AttachmentRef> find(String attachmentId);

    /** The content of a stored attachment, chunk by chunk, in order. */
    Flux<byte[]> content(String attachmentId);

    /** Whether the grievance refers to the attachment. */
    Mono<Boolean> isAttachedTo(String attachmentId, String grievanceId);
}
