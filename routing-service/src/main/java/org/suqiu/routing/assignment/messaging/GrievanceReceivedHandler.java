package org.suqiu.routing.assignment.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.routing.assignment.application.RoutingGrievance;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.jurisdiction.model.GeoLocation;

/**
 * Consumes {@code GrievanceReceived} from {@code grievance.received} and routes it. Runs on the
 * listener thread and waits for the store and the broker, so the binder retries a failure and
 * dead-letters what can never be decoded. Logs ids only, never the citizen's words.
 */
public class GrievanceReceivedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(GrievanceReceivedHandler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final RoutingGrievance routing;

    public GrievanceReceivedHandler(EventCodec codec, RoutingGrievance routing) {
        this.codec = codec;
        this.routing = routing;
    }

    @Override
    public void accept(Message<byte[]> message) {
        ReceivedEvent<GrievanceReceived> event = codec.decode(message, GrievanceReceived.class);
        RoutingGrievance.Routed routed = routing.route(toRoute(event)).block(TIMEOUT);
        RoutingDecision d = routed.decision();
        if (routed.alreadyDecided()) {
            log.info("Grievance {} ({}) was already routed ({}); published its decision again",
                    d.grievanceId(), event.data().trackingNo(), d.outcome());
        } else if (d.assigned()) {
            log.info("Grievance {} ({}) assigned to {} by rule {} (jurisdiction {} by {}, category by {})",
                    d.grievanceId(), event.data().trackingNo(), d.unitId(), d.ruleId(), d.jurisdictionCode(),
                    d.jurisdictionMethod(), d.trace().classification().source());
        } else {
            log.info("Grievance {} ({}) sent to triage: {} (jurisdiction {})",
                    d.grievanceId(), event.data().trackingNo(), d.triageReason(), d.jurisdictionCode());
        }
    }

    static GrievanceToRoute toRoute(ReceivedEvent<GrievanceReceived> event) {
        GrievanceReceived g = event.data();
        GeoLocation location = g.location() == null ? null
                : new GeoLocation(g.location().lat(), g.location().lng(), g.location().crs());
        return new GrievanceToRoute(g.grievanceId(), g.trackingNo(), g.channel() == null ? null : g.channel().name(),
                g.text(), location, g.address(), g.categoryHint(), g.receivedAt(), event.id());
    }
}
