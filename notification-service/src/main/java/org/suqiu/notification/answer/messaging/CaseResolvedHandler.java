package org.suqiu.notification.answer.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.notification.answer.application.AnsweringCitizen;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;

/**
 * Consumes {@code case.lifecycle}: a {@code CaseResolved} has the citizen answered on their own
 * channel; every other type is ignored. Unreadable records are dead-lettered at once; when intake
 * cannot be reached the record is retried, then dead-lettered.
 */
public class CaseResolvedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(CaseResolvedHandler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final AnsweringCitizen answering;

    public CaseResolvedHandler(EventCodec codec, AnsweringCitizen answering) {
        this.codec = codec;
        this.answering = answering;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = codec.typeOf(message);
        if (type == null) {
            throw new UndecodableEventException("a record on case.lifecycle has no ce_type");
        }
        if (!CaseResolved.TYPE.equals(type)) {
            log.debug("Ignoring {} on case.lifecycle", type);
            return;
        }
        ReceivedEvent<CaseResolved> event = codec.decode(message, CaseResolved.class);
        CaseResolved resolved = event.data();
        if (resolved.grievanceId() == null || resolved.trackingNo() == null || resolved.answer() == null) {
            throw new UndecodableEventException("event " + event.id() + " (CaseResolved) lacks grievanceId, trackingNo or answer");
        }
        Long planned = answering.answer(new AnsweringCitizen.Resolved(resolved.caseId(), resolved.grievanceId(),
                resolved.trackingNo(), resolved.unitId(), resolved.answer())).block(TIMEOUT);
        log.info("Case {} resolved: {} new answer deliveries for {} (event {})", resolved.caseId(), planned,
                resolved.trackingNo(), event.id());
    }
}
