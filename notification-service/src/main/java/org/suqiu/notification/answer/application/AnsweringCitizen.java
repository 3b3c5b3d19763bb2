package org.suqiu.notification.answer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.notification.answer.model.ReplyAddress;
import org.suqiu.notification.answer.model.ReplyAddresses;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.directory.model.Unit;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.notification.people.model.ContactChannel;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 答复群众: when a case is resolved, the citizen gets the answer on their own channel — an SMS to the
 * hotline caller, a WeChat customer-service message, an e-mail reply in the same thread to a mailbox
 * sender, an e-mail to a web user who gave an address — with the tracking link for the call-back
 * rating (回访评价). One delivery per grievance and channel: a redelivered event adds nothing.
 */
public class AnsweringCitizen {

    public static final String CITIZEN = "citizen";
    private static final Logger log = LoggerFactory.getLogger(AnsweringCitizen.class);

    /** A resolved case, as far as the answer needs it. */
    public record Resolved(String caseId, String grievanceId, String trackingNo, String unitId, String answer) {
    }

    private final ReplyAddresses replyAddresses;
    private final Deliveries deliveries;
    private final Units units;
    private final String trackingUrl;
    private final Clock clock;

    public AnsweringCitizen(ReplyAddresses replyAddresses, Deliveries deliveries, Units units, String trackingUrl, Clock clock) {
        this.replyAddresses = replyAddresses;
        this.deliveries = deliveries;
        this.units = units;
        this.trackingUrl = trackingUrl;
        this.clock = clock;
    }

    /** Stores the answer's deliveries; emits how many were new. */
    public Mono<Long> answer(Resolved resolved) {
        return replyAddresses.of(resolved.grievanceId())
                .flatMap(address -> jurisdictionOf(resolved.unitId())
                        .flatMap(jurisdiction -> Flux.fromIterable(plan(resolved, address, jurisdiction))
                                .concatMap(deliveries::addIfAbsent)
                                .filter(Boolean::booleanValue)
                                .count()))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    log.warn("No reply address for grievance {} ({}): the answer is on the tracking page only",
                            resolved.grievanceId(), resolved.trackingNo());
                    return 0L;
                }));
    }

    List<Delivery> plan(Resolved resolved, ReplyAddress address, String jurisdictionCode) {
        Instant now = clock.instant();
        String link = trackingUrl + resolved.trackingNo();
        String text = "【嘉兴12345】您反映的诉求（" + resolved.trackingNo() + "）已办结。答复：" + resolved.answer()
                + "\n查看详情并评价：" + link;
        String subject = "您的诉求 " + resolved.trackingNo() + " 已办结";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("trackingNo", resolved.trackingNo());
        params.put("answer", resolved.answer());
        params.put("link", link);
        List<Delivery> planned = new ArrayList<>();
        String channel = address.channel() == null ? "" : address.channel();
        switch (channel) {
            case "HOTLINE" -> add(planned, resolved, ContactChannel.SMS, address.phone(), subject, text, params, null, jurisdictionCode, now);
            case "WECHAT" -> add(planned, resolved, ContactChannel.WECHAT, address.wechatOpenId(), subject, text, params, null,
                    jurisdictionCode, now);
            case "MAILBOX" -> add(planned, resolved, ContactChannel.EMAIL, address.email(), "Re: " + subject, text, params,
                    address.messageId(), jurisdictionCode, now);
            case "WEB" -> add(planned, resolved, ContactChannel.EMAIL, address.email(), subject, text, params, null, jurisdictionCode, now);
            default -> log.warn("Grievance {} came by channel '{}': no way to answer it but the tracking page",
                    resolved.grievanceId(), channel);
        }
        return planned;
    }

    private static void add(List<Delivery> planned, Resolved resolved, ContactChannel channel, String destination, String subject,
            String text, Map<String, String> params, String inReplyTo, String jurisdictionCode, Instant now) {
        if (destination == null || destination.isBlank()) {
            log.info("Grievance {} has no {} address: the answer is on the tracking page only", resolved.grievanceId(), channel);
            return;
        }
        planned.add(Delivery.planned(Purpose.ANSWER, resolved.grievanceId(), 0, CITIZEN, channel, destination, subject, text,
                params, inReplyTo, List.of(), resolved.trackingNo(), jurisdictionCode, now, now));
    }

    private Mono<String> jurisdictionOf(String unitId) {
        if (unitId == null) {
            return Mono.just("");
        }
        return units.byId(unitId).map(Unit::jurisdictionCode).defaultIfEmpty("");
    }
}
