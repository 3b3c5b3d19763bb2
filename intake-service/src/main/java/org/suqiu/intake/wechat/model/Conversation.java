package org.suqiu.intake.wechat.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.GrievanceText;

/**
 * 公众号会话: one citizen's exchange with one official account, kept in one document so that
 * every rule holds under concurrent pushes (optimistic version): the open draft, the draft being
 * submitted ({@code pending}), an automatic submission the citizen has not been told of yet
 * ({@code notice}) and the messages handled lately with their replies ({@code recent}, which is how
 * WeChat's retries of a {@code MsgId} — three within 15 s — become one grievance, on any instance).
 *
 * <p>The rule: texts, a location and images go into the open draft; "提交" submits it and the
 * reply carries the tracking number and receipt code; a draft quiet for {@code quietPeriod} is
 * submitted by the sweeper and the citizen is told its number with their next message.
 */
public record Conversation(String id, String accountId, String openId, long version, int drafts, Draft draft,
        Draft pending, Instant pendingSince, Notice notice, List<Handled> recent) {

    public static final int RECENT_KEPT = 50;
    public static final String SUBMIT_WORD = "提交";

    public Conversation {
        Objects.requireNonNull(id, "id");
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** An automatic submission not yet told to the citizen. */
    public record Notice(String trackingNo, String receiptCode) {

        @Override
        public String toString() {
            return "Notice[" + trackingNo + "]";
        }
    }

    /** A message handled, by its dedup key, and the reply it got (null while its submission runs). */
    public record Handled(String key, String reply) {
    }

    /** What a message did: the conversation after it, and the reply — or a draft to submit first. */
    public record Step(Conversation next, String reply, Draft toSubmit) {

        public Optional<Draft> submission() {
            return Optional.ofNullable(toSubmit);
        }
    }

    public static Conversation start(String id, String accountId, String openId) {
        return new Conversation(id, accountId, openId, 0, 0, null, null, null, null, List.of());
    }

    /** The reply already given to this message, when WeChat sends it again. */
    public Optional<Handled> handled(String key) {
        return recent.stream().filter(h -> h.key().equals(key)).findFirst();
    }

    public Step onText(String key, String content, Instant now, int maxTextLength) {
        String text = content == null ? "" : content.strip();
        if (text.equals(SUBMIT_WORD) || text.equalsIgnoreCase("submit")) {
            return onSubmit(key, now);
        }
        if (text.isEmpty()) {
            return answered(key, this, Replies.EMPTY_TEXT);
        }
        Draft open = openDraft(now);
        Draft longer = open.withText(text, now);
        if (longer.textLength() > maxTextLength) {
            return answered(key, this, Replies.tooLong(maxTextLength));
        }
        return answered(key, with(longer), Replies.textKept(longer.texts().size()));
    }

    public Step onLocation(String key, GeoPoint point, String label, Instant now) {
        Draft open = openDraft(now).withLocation(point, label, now);
        return answered(key, with(open), open.hasText() ? Replies.LOCATION_KEPT : Replies.LOCATION_KEPT_DESCRIBE);
    }

    /** {@code ref} is null when the image could not be fetched. */
    public Step onImage(String key, AttachmentRef ref, Instant now, AttachmentLimits limits) {
        Draft open = openDraft(now);
        if (!limits.allowsAnother(open.attachments())) {
            return answered(key, this, Replies.tooManyAttachments(limits.maxCount()));
        }
        if (ref == null) {
            return answered(key, this, Replies.IMAGE_FAILED);
        }
        if (!limits.allowsSize(ref.size())) {
            return answered(key, this, Replies.imageTooLarge(limits.maxBytes()));
        }
        Draft more = open.withAttachment(ref, now);
        return answered(key, with(more), Replies.imageKept(more.attachments().size()));
    }

    public Step onSubscribe(String key) {
        return answered(key, this, Replies.GREETING);
    }

    public Step onUnsupported(String key) {
        return answered(key, this, Replies.UNSUPPORTED);
    }

    /** A message turned away with {@code reply} (the draft stays as it was). */
    public Step onRefused(String key, String reply) {
        return answered(key, this, reply);
    }

    /** This conversation as stored one version later. */
    public Conversation nextVersion() {
        return new Conversation(id, accountId, openId, version + 1, drafts, draft, pending, pendingSince, notice, recent);
    }

    /** 提交: moves the draft to pending (the caller submits it, then calls {@link #submitted}). */
    public Step onSubmit(String key, Instant now) {
        if (draft == null || !draft.hasText()) {
            return answered(key, this, Replies.NOTHING_TO_SUBMIT);
        }
        if (pending != null) {
            // an earlier submission has not finished: it is finished first, this draft waits for the next 提交
            return answered(key, this, Replies.BUSY);
        }
        Conversation next = new Conversation(id, accountId, openId, version, drafts, null, draft, now, notice,
                remember(key, null));
        return new Step(next, null, draft);
    }

    /** The pending draft {@code number} was accepted; {@code key} is the 提交 message, null for the sweeper. */
    public Conversation submitted(int number, String key, String trackingNo, String receiptCode) {
        if (pending == null || pending.number() != number) {
            return this;
        }
        if (key == null) {
            return new Conversation(id, accountId, openId, version, drafts, draft, null, null,
                    new Notice(trackingNo, receiptCode), recent);
        }
        String reply = notice == null ? Replies.accepted(trackingNo, receiptCode)
                : Replies.autoSubmitted(notice.trackingNo(), notice.receiptCode()) + "\n" + Replies.accepted(trackingNo, receiptCode);
        List<Handled> replies = new ArrayList<>();
        for (Handled handled : recent) {
            replies.add(handled.key().equals(key) ? new Handled(key, reply) : handled);
        }
        return new Conversation(id, accountId, openId, version, drafts, draft, null, null, null, replies);
    }

    /** The sweeper's move: a draft quiet since {@code quietSince} becomes pending, or is dropped without text. */
    public Optional<Conversation> sweep(Instant now, Duration quietPeriod) {
        if (pending != null || draft == null || !draft.lastAt().isBefore(now.minus(quietPeriod))) {
            return Optional.empty();
        }
        if (!draft.hasText()) {
            return Optional.of(new Conversation(id, accountId, openId, version, drafts, null, null, null, notice, recent));
        }
        return Optional.of(new Conversation(id, accountId, openId, version, drafts, null, draft, now, notice, recent));
    }

    /** The grievance a draft becomes: the channel id names the account, the citizen and the draft. */
    public GrievanceInput toInput(Draft submitted) {
        return new GrievanceInput(Channel.WECHAT, externalId(submitted), submitted.text(), submitted.location(),
                submitted.address(), new Contact(null, null, null, openId), null, submitted.attachments());
    }

    /** {@code wx.<account>.<conversation id>.<draft number>}: stable across retries of the submission. */
    public String externalId(Draft submitted) {
        return "wx." + accountId + "." + id.substring(id.lastIndexOf(':') + 1) + "." + submitted.number();
    }

    private Draft openDraft(Instant now) {
        return draft != null ? draft : Draft.start(drafts + 1, now);
    }

    private Conversation with(Draft changed) {
        return new Conversation(id, accountId, openId, version, Math.max(drafts, changed.number()), changed, pending,
                pendingSince, notice, recent);
    }

    /** The reply, with an automatic submission the citizen has not heard of told first (and then forgotten). */
    private Step answered(String key, Conversation next, String reply) {
        String full = next.notice == null ? reply
                : Replies.autoSubmitted(next.notice.trackingNo(), next.notice.receiptCode()) + "\n" + reply;
        return new Step(new Conversation(next.id, accountId, openId, version, next.drafts, next.draft, next.pending,
                next.pendingSince, null, next.remember(key, full)), full, null);
    }

    private List<Handled> remember(String key, String reply) {
        List<Handled> kept = new ArrayList<>(recent);
        kept.add(new Handled(key, reply));
        return kept.size() > RECENT_KEPT ? kept.subList(kept.size() - RECENT_KEPT, kept.size()) : kept;
    }

    /** The longest text a draft may collect: the grievance's limit. */
    public static int maxTextLength() {
        return GrievanceText.MAX_CODE_POINTS;
    }

    @Override
    public String toString() {
        return "Conversation[" + id + ", v" + version + "]";
    }
}
