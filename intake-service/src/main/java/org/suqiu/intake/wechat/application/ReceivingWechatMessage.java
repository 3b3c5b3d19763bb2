package org.suqiu.intake.wechat.application;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.attachments.application.Attachments;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.wechat.model.Conversation;
import org.suqiu.intake.wechat.model.Draft;
import org.suqiu.intake.wechat.model.InboundMessage;
import org.suqiu.intake.wechat.model.Replies;
import org.suqiu.intake.wechat.model.WechatAccount;

import reactor.core.publisher.Mono;

/**
 * 公众号收件: one verified message from a citizen — text, location, image, subscribe — applied to
 * their conversation, and the passive reply (null: answer {@code success}). A MsgId seen before,
 * by this or another instance, answers the stored reply and changes nothing.
 */
public class ReceivingWechatMessage {

    private static final Logger log = LoggerFactory.getLogger(ReceivingWechatMessage.class);
    static final int MAX_CONFLICTS = 8;

    private final Conversations conversations;
    private final AcceptingGrievance accepting;
    private final Attachments attachments;
    private final Pictures pictures;
    private final AttachmentLimits limits;
    private final Clock clock;

    public ReceivingWechatMessage(Conversations conversations, AcceptingGrievance accepting, Attachments attachments,
            Pictures pictures, AttachmentLimits limits, Clock clock) {
        this.conversations = conversations;
        this.accepting = accepting;
        this.attachments = attachments;
        this.pictures = pictures;
        this.limits = limits;
        this.clock = clock;
    }

    public Mono<String> receive(WechatAccount account, InboundMessage message) {
        String openId = message.fromUser();
        if (openId == null || openId.isBlank() || openId.length() > GrievanceInput.MAX_WECHAT_OPENID_LENGTH) {
            return Mono.error(new IllegalArgumentException("FromUserName is missing or too long"));
        }
        String id = conversations.idFor(account.id(), openId);
        return load(id, account, openId).flatMap(current -> {
            var handled = current.handled(message.dedupKey());
            if (handled.isPresent()) {
                log.info("WeChat message {} of conversation {} seen before; answering as then", message.dedupKey(), id);
                return Mono.justOrEmpty(handled.get().reply());
            }
            return image(message).flatMap(picture -> apply(id, account, openId, message, picture, 0));
        });
    }

    /** Finishes submissions that hung (the instance went away between storing the draft and accepting it). */
    public Mono<Conversation> finishPending(Conversation conversation) {
        if (conversation.pending() == null) {
            return Mono.just(conversation);
        }
        return submit(conversation, conversation.pending(), null, 0);
    }

    private Mono<Conversation> load(String id, WechatAccount account, String openId) {
        return conversations.find(id).defaultIfEmpty(Conversation.start(id, account.id(), openId));
    }

    /** The outcome of fetching the picture of an image message (nothing to fetch for other messages). */
    private record PictureOutcome(AttachmentRef ref, String refusal) {
    }

    private Mono<PictureOutcome> image(InboundMessage message) {
        if (!"image".equals(message.msgType())) {
            return Mono.just(new PictureOutcome(null, null));
        }
        String url = message.get("PicUrl");
        if (url == null || url.isBlank()) {
            return Mono.just(new PictureOutcome(null, Replies.IMAGE_FAILED));
        }
        return pictures.fetch(url, limits.maxBytes())
                .flatMap(picture -> attachments.store(picture.content(), picture.contentType(), "wechat-" + message.get("MediaId")))
                .map(ref -> new PictureOutcome(ref, null))
                .onErrorResume(Pictures.TooLarge.class, e -> Mono.just(new PictureOutcome(null, Replies.imageTooLarge(limits.maxBytes()))))
                .onErrorResume(e -> !(e instanceof Error), e -> {
                    log.warn("Could not keep the picture of WeChat message {}: {}", message.dedupKey(), e.toString());
                    return Mono.just(new PictureOutcome(null, Replies.IMAGE_FAILED));
                });
    }

    private Mono<String> apply(String id, WechatAccount account, String openId, InboundMessage message, PictureOutcome picture,
            int conflicts) {
        return load(id, account, openId).flatMap(current -> {
            var handled = current.handled(message.dedupKey());
            if (handled.isPresent()) {
                return Mono.justOrEmpty(handled.get().reply());
            }
            Conversation.Step step = step(current, message, picture, clock.instant());
            if (step.next() == current) {
                return Mono.justOrEmpty(step.reply());
            }
            return conversations.save(step.next()).flatMap(saved -> {
                if (!saved) {
                    return retry(conflicts, () -> apply(id, account, openId, message, picture, conflicts + 1));
                }
                if (step.toSubmit() == null) {
                    return Mono.justOrEmpty(step.reply());
                }
                return submit(step.next().nextVersion(), step.toSubmit(), message.dedupKey(), 0)
                        .flatMap(done -> Mono.justOrEmpty(done.handled(message.dedupKey()).map(Conversation.Handled::reply)));
            });
        });
    }

    private Mono<Conversation> submit(Conversation conversation, Draft draft, String key, int conflicts) {
        return accepting.accept(conversation.toInput(draft)).flatMap(acceptance -> {
            String trackingNo = acceptance.receipt().trackingNo().value();
            log.info("WeChat conversation {} draft {} accepted as {}", conversation.id(), draft.number(), trackingNo);
            return record(conversation.id(), draft.number(), key, trackingNo, acceptance.receipt().receiptCode(), 0);
        });
    }

    private Mono<Conversation> record(String id, int number, String key, String trackingNo, String receiptCode, int conflicts) {
        return conversations.find(id).flatMap(current -> {
            Conversation next = current.submitted(number, key, trackingNo, receiptCode);
            if (next == current) {
                return Mono.just(current);
            }
            return conversations.save(next).flatMap(saved -> saved ? Mono.just(next.nextVersion())
                    : retry(conflicts, () -> record(id, number, key, trackingNo, receiptCode, conflicts + 1)));
        });
    }

    private static <T> Mono<T> retry(int conflicts, java.util.function.Supplier<Mono<T>> again) {
        if (conflicts >= MAX_CONFLICTS) {
            return Mono.error(new IllegalStateException("conversation changed " + conflicts + " times meanwhile"));
        }
        return Mono.defer(again);
    }

    private Conversation.Step step(Conversation current, InboundMessage message, PictureOutcome picture, Instant now) {
        String key = message.dedupKey();
        String type = message.msgType() == null ? "" : message.msgType();
        return switch (type) {
            case "text" -> current.onText(key, message.get("Content"), now, Conversation.maxTextLength());
            case "location" -> location(current, message, now);
            case "image" -> picture.refusal() != null ? current.onRefused(key, picture.refusal())
                    : current.onImage(key, picture.ref(), now, limits);
            case "event" -> "subscribe".equalsIgnoreCase(message.event()) ? current.onSubscribe(key)
                    : new Conversation.Step(current, null, null);
            default -> current.onUnsupported(key);
        };
    }

    private static Conversation.Step location(Conversation current, InboundMessage message, Instant now) {
        try {
            double lat = Double.parseDouble(message.get("Location_X"));
            double lng = Double.parseDouble(message.get("Location_Y"));
            if (!GrievanceInput.isValidLocation(lat, lng, GrievanceInput.CRS_GCJ02)) {
                return current.onRefused(message.dedupKey(), Replies.UNSUPPORTED);
            }
            String label = message.get("Label");
            if (label != null && label.codePointCount(0, label.length()) > GrievanceInput.MAX_ADDRESS_LENGTH) {
                label = null;
            }
            return current.onLocation(message.dedupKey(), new GeoPoint(lat, lng, GrievanceInput.CRS_GCJ02), label, now);
        } catch (RuntimeException e) {
            return current.onRefused(message.dedupKey(), Replies.UNSUPPORTED);
        }
    }
}
