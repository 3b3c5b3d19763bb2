package org.suqiu.intake.wechat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.submission.model.GrievanceInput;

class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
    private final Conversation start = Conversation.start("demo:abc123", "demo", "oOPENID");

    @Test
    void shouldCollectTextsInOneDraftAndSubmitThemOnTheSubmitWord() {
        Conversation.Step first = start.onText("msg:1", "路灯坏了", T0, 5000);
        Conversation.Step second = first.next().onText("msg:2", "在隆源路口", T0.plusSeconds(20), 5000);
        Conversation.Step submit = second.next().onText("msg:3", " 提交 ", T0.plusSeconds(40), 5000);

        assertThat(first.reply()).contains("第1条");
        assertThat(second.reply()).contains("第2条");
        assertThat(submit.toSubmit()).isNotNull();
        assertThat(submit.next().draft()).isNull();
        GrievanceInput input = submit.next().toInput(submit.toSubmit());
        assertThat(input.channel()).isEqualTo(Channel.WECHAT);
        assertThat(input.text()).isEqualTo("路灯坏了\n在隆源路口");
        assertThat(input.contact().wechatOpenId()).isEqualTo("oOPENID");
        assertThat(input.externalId()).isEqualTo("wx.demo.abc123.1");
    }

    @Test
    void shouldAnswerTheAcceptedReplyToTheSubmitMessageOnceSubmitted() {
        Conversation pending = start.onText("msg:1", "路灯坏了", T0, 5000).next().onText("msg:2", "提交", T0, 5000).next();
        Conversation done = pending.submitted(1, "msg:2", "SQ20261122ABC123", "K7P2");
        assertThat(done.pending()).isNull();
        assertThat(done.handled("msg:2")).get().extracting(Conversation.Handled::reply).asString()
                .contains("SQ20261122ABC123").contains("K7P2");
    }

    @Test
    void shouldRememberTheReplyOfAMessageSoARetryChangesNothing() {
        Conversation.Step first = start.onText("msg:1", "路灯坏了", T0, 5000);
        assertThat(first.next().handled("msg:1")).get().extracting(Conversation.Handled::reply).isEqualTo(first.reply());
        assertThat(start.handled("msg:1")).isEmpty();
    }

    @Test
    void shouldRefuseSubmittingWithoutText() {
        Conversation located = start.onLocation("msg:1", new GeoPoint(30.6, 120.5, "GCJ02"), "庆丰路", T0).next();
        Conversation.Step submit = located.onText("msg:2", "提交", T0, 5000);
        assertThat(submit.toSubmit()).isNull();
        assertThat(submit.reply()).isEqualTo(Replies.NOTHING_TO_SUBMIT);
    }

    @Test
    void shouldKeepTheTextUnderTheLimitAndSayWhenItIsTooLong() {
        Conversation.Step kept = start.onText("msg:1", "一".repeat(4000), T0, 5000);
        Conversation.Step tooLong = kept.next().onText("msg:2", "二".repeat(1001), T0, 5000);
        assertThat(tooLong.reply()).contains("超过5000字");
        assertThat(tooLong.next().draft().texts()).hasSize(1);
    }

    @Test
    void shouldAddLocationAndImagesToTheOpenDraftWithinTheLimits() {
        AttachmentLimits limits = new AttachmentLimits(1000, 1);
        Conversation draft = start.onText("msg:1", "垃圾没人清理", T0, 5000).next()
                .onLocation("msg:2", new GeoPoint(30.6, 120.5, "GCJ02"), "庆丰路", T0).next();
        Conversation.Step image = draft.onImage("msg:3", new AttachmentRef("a1", "image/png", 500, "h"), T0, limits);
        Conversation.Step second = image.next().onImage("msg:4", new AttachmentRef("a2", "image/png", 500, "h"), T0, limits);
        Conversation.Step large = draft.onImage("msg:5", new AttachmentRef("a3", "image/png", 5000, "h"), T0, limits);

        assertThat(image.next().draft().attachments()).hasSize(1);
        assertThat(image.next().draft().location().crs()).isEqualTo("GCJ02");
        assertThat(image.next().draft().address()).isEqualTo("庆丰路");
        assertThat(second.reply()).contains("最多1个附件");
        assertThat(large.reply()).contains("图片超过");
    }

    @Test
    void shouldSubmitAQuietDraftAndTellTheCitizenWithTheirNextMessage() {
        Conversation draft = start.onText("msg:1", "噪声扰民", T0, 5000).next();
        assertThat(draft.sweep(T0.plus(Duration.ofMinutes(29)), Duration.ofMinutes(30))).isEmpty();
        Conversation pending = draft.sweep(T0.plus(Duration.ofMinutes(31)), Duration.ofMinutes(30)).orElseThrow();
        assertThat(pending.pending()).isNotNull();
        Conversation submitted = pending.submitted(1, null, "SQ20261122XYZ789", "Q1W2");
        Conversation.Step next = submitted.onText("msg:9", "还有一件事", T0.plus(Duration.ofHours(1)), 5000);
        assertThat(next.reply()).startsWith("您上一件诉求已自动登记，受理编号：SQ20261122XYZ789").contains("第1条");
        assertThat(next.next().notice()).isNull();
        assertThat(next.next().draft().number()).isEqualTo(2);
    }

    @Test
    void shouldDropAQuietDraftWithoutText() {
        Conversation located = start.onLocation("msg:1", new GeoPoint(30.6, 120.5, "GCJ02"), null, T0).next();
        Conversation swept = located.sweep(T0.plus(Duration.ofHours(1)), Duration.ofMinutes(30)).orElseThrow();
        assertThat(swept.draft()).isNull();
        assertThat(swept.pending()).isNull();
    }

    @Test
    void shouldKeepOnlyTheLatestHandledMessages() {
        Conversation conversation = start;
        for (int i = 0; i < Conversation.RECENT_KEPT + 5; i++) {
            conversation = conversation.onSubscribe("event:" + i).next();
        }
        assertThat(conversation.recent()).hasSize(Conversation.RECENT_KEPT);
        assertThat(conversation.handled("event:0")).isEmpty();
    }
}
