package org.suqiu.intake.wechat.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.attachments.model.AttachmentRef;

/**
 * 草稿: what a citizen has sent since their last grievance — texts, a point (GCJ-02) with its
 * label, images — until they send 提交 or fall quiet.
 */
public record Draft(int number, List<String> texts, GeoPoint location, String address, List<AttachmentRef> attachments,
        Instant startedAt, Instant lastAt) {

    public Draft {
        texts = texts == null ? List.of() : List.copyOf(texts);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Draft start(int number, Instant now) {
        return new Draft(number, List.of(), null, null, List.of(), now, now);
    }

    /** The texts joined, one per line: the grievance's text. */
    public String text() {
        return String.join("\n", texts);
    }

    public int textLength() {
        String text = text();
        return text.codePointCount(0, text.length());
    }

    public boolean hasText() {
        return !texts.isEmpty();
    }

    Draft withText(String text, Instant now) {
        List<String> more = new ArrayList<>(texts);
        more.add(text);
        return new Draft(number, more, location, address, attachments, startedAt, now);
    }

    Draft withLocation(GeoPoint point, String label, Instant now) {
        return new Draft(number, texts, point, label == null || label.isBlank() ? address : label, attachments, startedAt, now);
    }

    Draft withAttachment(AttachmentRef ref, Instant now) {
        List<AttachmentRef> more = new ArrayList<>(attachments);
        more.add(ref);
        return new Draft(number, texts, location, address, more, startedAt, now);
    }

    Draft touched(Instant now) {
        return new Draft(number, texts, location, address, attachments, startedAt, now);
    }

    @Override
    public String toString() {
        return "Draft[" + number + ", " + texts.size() + " texts, " + attachments.size() + " attachments]";
    }
}
