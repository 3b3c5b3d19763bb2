package org.suqiu.intake.mailbox.application;

import reactor.core.publisher.Mono;

/**
 * 来信记录: what became of each mail, by its channel id — accepted (with its tracking number and
 * whether the automatic reply went out), refused or quarantined (with the reason).
 */
public interface MailRecords {

    /** What was recorded of a mail. */
    record MailRecord(String externalId, String state, String trackingNo, boolean replied, String reason) {
    }

    Mono<MailRecord> find(String externalId);

    Mono<Void> accepted(String externalId, String trackingNo, int droppedAttachments);

    Mono<Void> replied(String externalId);

    Mono<Void> refused(String externalId, String reason);

    /** A quarantined mail: {@code key} is its channel id, or the folder's UID where it has no readable id. */
    Mono<Void> quarantined(String key, String reason, String detail);
}
