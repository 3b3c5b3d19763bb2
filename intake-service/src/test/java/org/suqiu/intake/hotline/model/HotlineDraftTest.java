package org.suqiu.intake.hotline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.intake.submission.model.GrievanceInput;

class HotlineDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void shouldReadTheDesksUrgencyWordsAndRefuseOthers() {
        assertThat(CallNotes.urgency("紧急")).isEqualTo(Urgency.URGENT);
        assertThat(CallNotes.urgency("一般")).isEqualTo(Urgency.NORMAL);
        assertThat(CallNotes.urgency(null)).isEqualTo(Urgency.NORMAL);
        assertThatThrownBy(() -> CallNotes.urgency("很急")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTurnASubmittedCallIntoAHotlineGrievanceOfTheCityKeyedByTheCallId() {
        HotlineDraft draft = HotlineDraft.open("d-1", "call-0001", "13900001111", "330400", "op-1",
                new CallNotes("楼下餐馆油烟直排", "南湖区某路1号", null, "环境保护", Urgency.URGENT, true, "SQ20261120ABC123"), NOW);

        GrievanceInput input = draft.toInput();

        assertThat(input.channel()).isEqualTo(Channel.HOTLINE);
        assertThat(input.externalId()).isEqualTo("call-0001");
        assertThat(input.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(input.homeJurisdiction()).isEqualTo("330400");
        assertThat(input.relatedTrackingNo()).isEqualTo("SQ20261120ABC123");
        assertThat(input.callbackWanted()).isTrue();
        assertThat(input.contact().phone()).isEqualTo("13900001111");
        assertThat(input.categoryHint()).isEqualTo("环境保护");
    }

    @Test
    void shouldRefuseToEditASubmittedDraft() {
        HotlineDraft submitted = HotlineDraft.open("d-1", "call-0001", "13900001111", "330400", "op-1",
                        new CallNotes("路灯坏了", null, null, null, null, false, null), NOW)
                .submitted("g-1", "SQ20261122AAAAAA", NOW);

        assertThatThrownBy(() -> submitted.edit(new CallNotes("改了", null, null, null, null, false, null), NOW))
                .isInstanceOf(HotlineDraft.AlreadySubmittedException.class);
    }
}
