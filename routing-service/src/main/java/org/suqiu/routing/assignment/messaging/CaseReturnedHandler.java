package org.suqiu.routing.assignment.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseReturned;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.routing.assignment.application.ReroutingReturned;

/**
 * Consumes {@code CaseReturned} (退单) from {@code case.lifecycle}, skipping the topic's other event
 * types, and re-routes the grievance. Logs ids only.
 */
public class CaseReturnedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(CaseReturnedHandler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final ReroutingReturned rerouting;

    public CaseReturnedHandler(EventCodec codec, ReroutingReturned rerouting) {
        this.codec = codec;
        this.rerouting = rerouting;
    }

    @Override
    public void accept(Message<byte[]> message) {
        if (!CaseReturned.TYPE.equals(codec.typeOf(message))) {
            return;
        }
        ReceivedEvent<CaseReturned> event = codec.decode(message, CaseReturned.class);
        CaseReturned r = event.data();
        ReroutingReturned.Outcome outcome = rerouting.handle(new ReroutingReturned.Returned(r.grievanceId(), r.unitId(),
                r.reason(), r.returnedBy(), event.id())).block(TIMEOUT);
        log.info("Case {} of grievance {} ({}) returned by unit {}: {}", r.caseId(), r.grievanceId(), r.trackingNo(),
                r.unitId(), outcome);
    }
}
