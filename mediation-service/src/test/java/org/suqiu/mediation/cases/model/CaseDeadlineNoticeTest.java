package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.contracts.mediation.DeadlineKind.ACCEPT;
import static org.suqiu.contracts.mediation.DeadlineKind.RESOLVE;
import static org.suqiu.mediation.cases.model.CaseFixture.after;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;

class CaseDeadlineNoticeTest {

    @Test
    void shouldOweNothingBeforeTheWarningPoint() {
        assertThat(CaseFixture.openCase().noticeOwedAt(ACCEPT, after(Duration.ofSeconds(59)))).isEmpty();
    }

    @Test
    void shouldOweAnApproachingNoticeInsideTheWarningWindow() {
        assertThat(CaseFixture.openCase().noticeOwedAt(ACCEPT, after(Duration.ofSeconds(60)))).hasValueSatisfying(notice -> {
            assertThat(notice.status()).isEqualTo(DeadlineStatus.APPROACHING);
            assertThat(notice.event().eventId()).isEqualTo("C-g-1:ACCEPT:approaching");
            CaseDeadlineApproaching event = (CaseDeadlineApproaching) notice.event().payload();
            assertThat(event.deadline()).isEqualTo(ACCEPT);
            assertThat(event.dueAt()).isEqualTo(after(Duration.ofMinutes(2)));
            assertThat(event.detectedAt()).isEqualTo(after(Duration.ofSeconds(60)));
            assertThat(event.jurisdictionCode()).isEqualTo("330402");
        });
    }

    @Test
    void shouldOweTheApproachingNoticeOnlyOnce() {
        Case warned = withOwedNotice(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(70)));

        assertThat(warned.noticeOwedAt(ACCEPT, after(Duration.ofSeconds(90)))).isEmpty();
        assertThat(warned.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(2)))).isEmpty();
    }

    @Test
    void shouldOweAnOverdueNoticeAtLevelOneJustAfterTheDueInstant() {
        Case warned = withOwedNotice(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(70)));

        assertThat(warned.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(2)).plusMillis(1))).hasValueSatisfying(notice -> {
            assertThat(notice.status()).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(notice.level()).isEqualTo(1);
            assertThat(notice.event().eventId()).isEqualTo("C-g-1:ACCEPT:overdue:1");
            assertThat(((CaseOverdue) notice.event().payload()).level()).isEqualTo(1);
        });
    }

    @Test
    void shouldOweTheOverdueNoticeOnlyOnce() {
        Case overdue = withOwedNotice(CaseFixture.openCase(), ACCEPT, after(Duration.ofMinutes(3)));

        assertThat(overdue.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(4)))).isEmpty();
    }

    @Test
    void shouldSkipTheWarningWhenTheDeadlineIsAlreadyPastWhenFirstSeen() {
        Case open = CaseFixture.openCase();

        assertThat(open.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(3))))
                .hasValueSatisfying(notice -> assertThat(notice.status()).isEqualTo(DeadlineStatus.OVERDUE));
        Case reported = withOwedNotice(open, ACCEPT, after(Duration.ofMinutes(3)));
        assertThat(reported.deadlines().accept().approachingNotifiedAt()).isNull();
        assertThat(reported.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(3)))).isEmpty();
    }

    @Test
    void shouldOweNoAcceptNoticeOnceAcceptedInTime() {
        Case accepted = CaseFixture.acceptedAfter(Duration.ofSeconds(30));

        assertThat(accepted.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(1)))).isEmpty();
        assertThat(accepted.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void shouldKeepTheResolveClockRunningAfterAcceptance() {
        Case accepted = CaseFixture.acceptedAfter(Duration.ofSeconds(30));

        assertThat(accepted.noticeOwedAt(RESOLVE, after(Duration.ofMinutes(4))))
                .hasValueSatisfying(notice -> assertThat(notice.event().eventId()).isEqualTo("C-g-1:RESOLVE:approaching"));
        assertThat(accepted.noticeOwedAt(RESOLVE, after(Duration.ofMinutes(6))))
                .hasValueSatisfying(notice -> assertThat(notice.event().eventId()).isEqualTo("C-g-1:RESOLVE:overdue:1"));
    }

    @Test
    void shouldOweNoResolveNoticeForAResolvedOrClosedCase() {
        assertThat(CaseFixture.resolvedAfter(Duration.ofMinutes(1)).noticeOwedAt(RESOLVE, after(Duration.ofMinutes(10)))).isEmpty();
        assertThat(CaseFixture.closedCase().noticeOwedAt(RESOLVE, after(Duration.ofMinutes(10)))).isEmpty();
        assertThat(CaseFixture.closedCase().noticeOwedAt(ACCEPT, after(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void shouldRecordTheNoticeInTheTimeline() {
        Case warned = withOwedNotice(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(70)));

        assertThat(warned.timeline()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.OPENED, TimelineEntry.Kind.DEADLINE_APPROACHING);
        assertThat(warned.deadlines().accept().approachingNotifiedAt()).isEqualTo(after(Duration.ofSeconds(70)));
    }

    private static Case withOwedNotice(Case c, DeadlineKind kind, Instant at) {
        return c.withNotice(c.noticeOwedAt(kind, at).orElseThrow());
    }
}
