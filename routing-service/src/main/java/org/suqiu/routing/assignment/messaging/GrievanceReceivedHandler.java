package org.suqiu.routing.assignment.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipherException;
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
    private final EventSeal seal;

    public GrievanceReceivedHandler(EventCodec codec, RoutingGrievance routing, EventSeal seal) {
        this.codec = codec;
        this.routing = routing;
        this.seal = seal;
    }

    @Override
    public void accept(Message<byte[]> message) {
        ReceivedEvent<GrievanceReceived> event = codec.decode(message, GrievanceReceived.class);
        RoutingGrievance.Routed routed = routing.route(toRoute(event, seal)).block(TIMEOUT);
        RoutingDecision d = routed.decision();
        if (routed.alreadyDecided()) {
            log.info("Grievance {} ({}) was already routed ({}); published its decision again",
                    d.grievanceId(), event.data().trackingNo(), d.outcome());
        } else if (d.linked()) {
            log.info("Grievance {} ({}) linked as {} to grievance {} (similarity {})", d.grievanceId(),
                    event.data().trackingNo(), d.link().kind(), d.link().linkedGrievanceId(), d.link().similarity());
        } else if (d.assigned()) {
            log.info("Grievance {} ({}) assigned to {} by rule {} (jurisdiction {} by {}, category by {})",
                    d.grievanceId(), event.data().trackingNo(), d.unitId(), d.ruleId(), d.jurisdictionCode(),
                    d.jurisdictionMethod(), d.trace().classification().source());
        } else {
            log.info("Grievance {} ({}) sent to triage: {} (jurisdiction {})",
                    d.grievanceId(), event.data().trackingNo(), d.triageReason(), d.jurisdictionCode());
        }
    }

    /**
     * The grievance as routing sees it, its sealed address opened with the shared event key; an
     * envelope that cannot be opened (unknown key, tampered) is a poison event and goes to the DLQ.
     */
    static GrievanceToRoute toRoute(ReceivedEvent<GrievanceReceived> event, EventSeal seal) {
        GrievanceReceived g = event.data();
        GeoLocation location = g.location() == null ? null
                : new GeoLocation(g.location().lat(), g.location().lng(), g.location().crs());
        String address;
        try {
            address = seal.open(g.sealedAddress(), GrievanceReceived.ADDRESS_CONTEXT);
        } catch (FieldCipherException e) {
            throw new UndecodableEventException("the sealed address of " + g.grievanceId() + " cannot be opened", e);
        }
        return new GrievanceToRoute(g.grievanceId(), g.trackingNo(), g.channel() == null ? null : g.channel().name(),
                g.text(), location, address, g.categoryHint(), g.urgency() == null ? null : g.urgency().name(),
                g.homeJurisdiction(), g.citizenKey(), g.receivedAt(), event.id());
    }
}
