package org.suqiu.intake.mailbox.application;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.attachments.application.Attachments;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.mailbox.model.IncomingMail;
import org.suqiu.intake.mailbox.model.MailIdentity;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.GrievanceText;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 信箱受理: one mail becomes one grievance. The same mail again (same Message-ID) is the same
 * grievance. Attachments beyond the limits (count, size) are left out and the reply says so; a
 * text beyond 5,000 characters is refused with a reply that says why.
 */
public class ReceivingMail {

    private static final Logger log = LoggerFactory.getLogger(ReceivingMail.class);

    private final AcceptingGrievance accepting;
    private final Attachments attachments;
    private final AttachmentLimits limits;
    private final MailRecords records;

    public ReceivingMail(AcceptingGrievance accepting, Attachments attachments, AttachmentLimits limits, MailRecords records) {
        this.accepting = accepting;
        this.attachments = attachments;
        this.limits = limits;
        this.records = records;
    }

    /** What became of a mail. */
    public sealed interface Outcome {
        String externalId();
    }

    /** Accepted now or before; {@code replyDue}: no automatic reply went out for it yet. */
    public record Accepted(String externalId, String trackingNo, String receiptCode, int droppedAttachments, boolean replyDue)
            implements Outcome {
    }

    /** Not taken in, with a reason the reply explains ({@code text-too-long}). */
    public record Refused(String externalId, String reason) implements Outcome {
    }

    public Mono<Outcome> receive(IncomingMail mail) {
        String externalId = MailIdentity.externalId(mail);
        return records.find(externalId)
                .<Outcome>map(record -> "ACCEPTED".equals(record.state())
                        ? new Accepted(externalId, record.trackingNo(), null, 0, !record.replied())
                        : new Refused(externalId, record.reason()))
                .switchIfEmpty(Mono.defer(() -> take(externalId, mail)));
    }

    private Mono<Outcome> take(String externalId, IncomingMail mail) {
        if (!GrievanceText.isAcceptable(mail.text())) {
            log.info("Mail {} refused: text-too-long", externalId);
            return records.refused(externalId, "text-too-long").thenReturn(new Refused(externalId, "text-too-long"));
        }
        List<IncomingMail.Part> kept = new ArrayList<>();
        for (IncomingMail.Part part : mail.attachments()) {
            if (kept.size() < limits.maxCount() && limits.allowsSize(part.content().length)) {
                kept.add(part);
            }
        }
        int dropped = mail.attachments().size() - kept.size();
        String name = mail.fromName() != null && mail.fromName().codePointCount(0, mail.fromName().length())
                <= GrievanceInput.MAX_CONTACT_NAME_LENGTH ? mail.fromName() : null;
        String email = mail.fromAddress().length() <= GrievanceInput.MAX_EMAIL_LENGTH ? mail.fromAddress() : null;
        return Flux.fromIterable(kept)
                .concatMap(part -> attachments.store(part.content(), part.contentType(), part.fileName()))
                .collectList()
                .flatMap(refs -> accepting.accept(input(externalId, mail, name, email, refs)))
                .flatMap(acceptance -> {
                    String trackingNo = acceptance.receipt().trackingNo().value();
                    log.info("Mail {} accepted as {} ({} attachments left out)", externalId, trackingNo, dropped);
                    return records.accepted(externalId, trackingNo, dropped).thenReturn(
                            new Accepted(externalId, trackingNo, acceptance.receipt().receiptCode(), dropped, true));
                });
    }

    private static GrievanceInput input(String externalId, IncomingMail mail, String name, String email, List<AttachmentRef> refs) {
        return new GrievanceInput(Channel.MAILBOX, externalId, mail.text(), null, null, new Contact(name, null, email), null, refs);
    }
}
