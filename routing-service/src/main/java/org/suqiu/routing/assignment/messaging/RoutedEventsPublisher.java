package org.suqiu.routing.assignment.messaging;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceLinked;
import org.suqiu.contracts.routing.LinkKind;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.routing.assignment.application.RoutedEvents;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes a decision as {@code GrievanceAssigned}, {@code GrievanceSentToTriage} or
 * {@code GrievanceLinked} (key =
 * grievance id) to the {@code routed} binding, always with the same event id for the same attempt (see {@link #eventId}).
 */
public class RoutedEventsPublisher implements RoutedEvents {

    static final String BINDING = "routed";

    private final EventPublisher publisher;

    public RoutedEventsPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Mono<Void> published(RoutingDecision decision) {
        // the send waits for the broker's ack, so keep it off the store's driver threads
        return Mono.<Void>fromRunnable(() -> publisher.publish(BINDING, toEvent(decision), eventId(decision)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** {@code <grievanceId>:routed} for the first decision, {@code <grievanceId>:routed:<attempt>} after it. */
    public static String eventId(RoutingDecision decision) {
        return decision.attempt() == 0 ? decision.grievanceId() + ":routed"
                : decision.grievanceId() + ":routed:" + decision.attempt();
    }

    static Event toEvent(RoutingDecision d) {
        GrievanceToRoute in = d.trace().input();
        Channel channel = in.channel() == null ? null : Channel.valueOf(in.channel());
        if (d.linked()) {
            return new GrievanceLinked(d.grievanceId(), in.trackingNo(), channel, LinkKind.valueOf(d.link().kind()),
                    d.link().linkedGrievanceId(), d.link().linkedTrackingNo(), null, d.jurisdictionCode(), d.link().similarity(),
                    d.decidedAt());
        }
        if (d.assigned()) {
            return new GrievanceAssigned(d.grievanceId(), in.trackingNo(), channel, in.text(), d.unitId(), d.unitName(),
                    d.jurisdictionCode(), d.jurisdictionName(), d.jurisdictionMethod() == null ? null : d.jurisdictionMethod().name(), d.category(), d.confidence(),
                    d.ruleId(), Urgency.valueOf(d.urgency()), d.ruleVersion(), d.assignedBy(), d.attempt(), d.decidedAt());
        }
        return new GrievanceSentToTriage(d.grievanceId(), in.trackingNo(), channel, d.triageReason().name(),
                d.jurisdictionCode(), d.category(), d.decidedAt());
    }
}
