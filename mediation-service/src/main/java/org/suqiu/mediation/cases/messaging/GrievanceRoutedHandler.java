package org.suqiu.mediation.cases.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.mediation.StoreRetries;
import org.suqiu.mediation.cases.application.OpeningCase;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;

/**
 * Consumes {@code grievance.routed}: a {@code GrievanceAssigned} opens the grievance's case (once,
 * however often it arrives); {@code GrievanceSentToTriage} and other types are not this service's business.
 */
public class GrievanceRoutedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(GrievanceRoutedHandler.class);

    private final EventCodec codec;
    private final OpeningCase openingCase;

    public GrievanceRoutedHandler(EventCodec codec, OpeningCase openingCase) {
        this.codec = codec;
        this.openingCase = openingCase;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = codec.typeOf(message);
        if (type == null) {
            throw new UndecodableEventException("record without ce_type on grievance.routed");
        }
        if (!GrievanceAssigned.TYPE.equals(type)) {
            log.debug("Ignoring {} on grievance.routed", type);
            return;
        }
        ReceivedEvent<GrievanceAssigned> event = codec.decode(message, GrievanceAssigned.class);
        GrievanceAssigned assigned = event.data();
        require(assigned.trackingNo(), "trackingNo", event);
        require(assigned.unitId(), "unitId", event);
        StoreRetries.block(openingCase.open(assigned), "opening the case of " + assigned.grievanceId());
    }

    private static void require(String value, String field, ReceivedEvent<?> event) {
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException("event " + event.id() + " (" + event.type() + ") has no " + field);
        }
    }
}
