package org.suqiu.intake.submission.messaging;

import java.util.Locale;

import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.intake.submission.application.ReceivedEvents;
import org.suqiu.intake.submission.infrastructure.SubmissionDocument;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Publishes {@code GrievanceReceived} to the {@code received} output binding (topic in
 * application.yml), keyed by grievance id, with the event id {@code <grievanceId>:received}. The
 * binding is synchronous, so the send blocks until the broker acknowledges: it runs on a scheduler
 * made for blocking work, never on a Netty or driver thread. The citizen's personal data does not
 * travel: the address is sealed under the shared event key, the citizen is named by a keyed hash
 * ({@code citizenKey}) and the contact stays here.
 */
public class KafkaReceivedEvents implements ReceivedEvents {

    public static final String BINDING = "received";

    private final EventPublisher publisher;
    private final Scheduler blocking;
    private final EventSeal seal;
    private final FieldCipher cipher;

    public KafkaReceivedEvents(EventPublisher publisher, Scheduler blocking, EventSeal seal, FieldCipher cipher) {
        this.publisher = publisher;
        this.blocking = blocking;
        this.seal = seal;
        this.cipher = cipher;
    }

    @Override
    public Mono<Void> publish(Submission submission) {
        return Mono.<Void>fromRunnable(() -> publisher.publish(BINDING, toEvent(submission), submission.receivedEventId()))
                .subscribeOn(blocking);
    }

    GrievanceReceived toEvent(Submission submission) {
        GrievanceInput input = submission.input();
        return new GrievanceReceived(submission.grievanceId(), submission.trackingNo().value(), input.channel(),
                input.externalId(), input.text(), input.location(),
                seal.seal(input.address(), GrievanceReceived.ADDRESS_CONTEXT), citizenKey(input.contact()),
                input.categoryHint(), input.urgency(), input.homeJurisdiction(), input.relatedTrackingNo(),
                input.attachments().size(), submission.receivedAt());
    }

    /** The same citizen gets the same key: their phone's lookup hash, else their e-mail's, else their WeChat openid's. */
    private String citizenKey(Contact contact) {
        if (contact == null) {
            return null;
        }
        if (contact.phone() != null) {
            return SubmissionDocument.phoneLookup(cipher, contact.phone());
        }
        if (contact.email() != null) {
            return cipher.lookupHash("email:" + contact.email().strip().toLowerCase(Locale.ROOT));
        }
        return contact.wechatOpenId() == null ? null : cipher.lookupHash("wechat:" + contact.wechatOpenId());
    }
}
