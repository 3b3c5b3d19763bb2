package org.suqiu.intake.submission.messaging;

import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.intake.submission.application.ReceivedEvents;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.platform.events.EventPublisher;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Publishes {@code GrievanceReceived} to the {@code received} output binding (topic in
 * application.yml), keyed by grievance id, with the event id {@code <grievanceId>:received}. The
 * binding is synchronous, so the send blocks until the broker acknowledges: it runs on a scheduler
 * made for blocking work, never on a Netty or driver thread.
 */
public class KafkaReceivedEvents implements ReceivedEvents {

    public static final String BINDING = "received";

    private final EventPublisher publisher;
    private final Scheduler blocking;

    public KafkaReceivedEvents(EventPublisher publisher, Scheduler blocking) {
        this.publisher = publisher;
        this.blocking = blocking;
    }

    @Override
    public Mono<Void> publish(Submission submission) {
        return Mono.<Void>fromRunnable(() -> publisher.publish(BINDING, toEvent(submission), submission.receivedEventId()))
                .subscribeOn(blocking);
    }

    static GrievanceReceived toEvent(Submission submission) {
        GrievanceInput input = submission.input();
        return new GrievanceReceived(submission.grievanceId(), submission.trackingNo().value(), input.channel(),
                input.externalId(), input.text(), input.location(), input.address(), input.contact(),
                input.categoryHint(), submission.receivedAt());
    }
}
