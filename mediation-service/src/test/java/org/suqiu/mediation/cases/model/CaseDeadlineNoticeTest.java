package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.contracts.mediation.DeadlineKind.ACCEPT;
import static org.suqiu.contracts.mediation.DeadlineKind.FIRST_CONTACT;
import static org.suqiu.contracts.mediation.DeadlineKind.RESOLVE;
import static org.suqiu.mediation.cases.model.CaseFixture.STEPS;
import static org.suqiu.mediation.cases.model.CaseFixture.after;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;

/** What the watcher owes when: 签收 is due 2 min after the assignment, warns at 90 s (75%); levels at +1 min, +3 min. */
class CaseDeadlineNoticeTest {

    @Test
    void shouldOweNothingBeforeTheWarningPoint() {
        assertThat(CaseFixture.openCase().noticeOwedAt(ACCEPT, after(Duration.ofSeconds(89)), STEPS)).isEmpty();
    }

    @Test
    void shouldOweAnApproachingNoticeAtSeventyFivePercent() {
        assertThat(CaseFixture.openCase().noticeOwedAt(ACCEPT, after(Duration.ofSeconds(90)), STEPS)).hasValueSatisfying(notice -> {
            assertThat(notice.status()).isEqualTo(DeadlineStatus.APPROACHING);
            assertThat(notice.event().eventId()).isEqualTo("C-g-1:ACCEPT:approaching");
        });
    }

    @Test
    void shouldOweTheApproachingNoticeOnlyOnce() {
        Case warned = noticed(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(90)));
        assertThat(warned.noticeOwedAt(ACCEPT, after(Duration.ofSeconds(100)), STEPS)).isEmpty();
        assertThat(warned.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(2)), STEPS)).isEmpty();
    }

    @Test
    void shouldOweEachOverdueLevelOnceAtItsStep() {
        Case warned = noticed(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(90)));
        Instant justLate = after(Duration.ofMinutes(2)).plusMillis(1);
        assertThat(warned.noticeOwedAt(ACCEPT, justLate, STEPS)).hasValueSatisfying(notice -> {
            assertThat(notice.level()).isEqualTo(1);
            assertThat(notice.event().eventId()).isEqualTo("C-g-1:ACCEPT:overdue:1");
            assertThat(((CaseOverdue) notice.event().payload()).level()).isEqualTo(1);
        });
        Case level1 = noticed(warned, ACCEPT, justLate);
        assertThat(level1.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(3)), STEPS)).isEmpty();
        Case level2 = noticed(level1, ACCEPT, after(Duration.ofMinutes(3)).plusMillis(1));
        assertThat(level2.deadlines().of(ACCEPT).overdueLevel()).isEqualTo(2);
        assertThat(level2.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(4)), STEPS)).isEmpty();
        assertThat(level2.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(6)), STEPS))
                .hasValueSatisfying(n -> assertThat(n.event().eventId()).isEqualTo("C-g-1:ACCEPT:overdue:3"));
    }

    @Test
    void shouldSkipTheWarningAndFoldLevelsWhenFirstSeenLate() {
        Case open = CaseFixture.openCase();
        assertThat(open.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(10)), STEPS))
                .hasValueSatisfying(notice -> assertThat(notice.level()).isEqualTo(3));
    }

    @Test
    void shouldOweNoAcceptNoticeOnceAccepted() {
        Case accepted = CaseFixture.acceptedAfter(Duration.ofSeconds(30));
        assertThat(accepted.noticeOwedAt(ACCEPT, after(Duration.ofMinutes(10)), STEPS)).isEmpty();
        assertThat(accepted.progressOf(ACCEPT, after(Duration.ofMinutes(10)))).isEqualTo(DeadlineProgress.MET);
    }

    @Test
    void shouldKeepTheFirstContactAndResolveClocksRunningAfterAcceptanceAndStopFirstContactAtTheStart() {
        Case accepted = CaseFixture.acceptedAfter(Duration.ofSeconds(30));
        assertThat(accepted.noticeOwedAt(RESOLVE, after(Duration.ofMinutes(3)), STEPS))
                .hasValueSatisfying(n -> assertThat(n.status()).isEqualTo(DeadlineStatus.APPROACHING));
        Case started = CaseFixture.changed(accepted.start(CaseFixture.HANDLER, "called", after(Duration.ofMinutes(1))));
        assertThat(started.noticeOwedAt(FIRST_CONTACT, after(Duration.ofMinutes(10)), STEPS)).isEmpty();
        assertThat(started.noticeOwedAt(RESOLVE, after(Duration.ofMinutes(5)), STEPS))
                .hasValueSatisfying(n -> assertThat(n.overdue()).isTrue());
    }

    @Test
    void shouldOweNothingForAResolvedOrClosedCase() {
        assertThat(CaseFixture.resolvedAfter(Duration.ofMinutes(1)).noticesOwedAt(after(Duration.ofMinutes(10)), STEPS)).isEmpty();
        assertThat(CaseFixture.closedCase().noticesOwedAt(after(Duration.ofMinutes(10)), STEPS)).isEmpty();
    }

    @Test
    void shouldOweNothingWhileSuspendedAndMoveTheClocksByThePause() {
        Case accepted = CaseFixture.acceptedAfter(Duration.ZERO);
        Case suspended = CaseFixture.changed(accepted.suspend(CaseFixture.HANDLER, "等待鉴定", after(Duration.ofMinutes(1))));
        assertThat(suspended.noticesOwedAt(after(Duration.ofMinutes(30)), STEPS)).isEmpty();
        Case resumed = CaseFixture.changed(suspended.resume(CaseFixture.HANDLER, after(Duration.ofMinutes(31))));
        assertThat(resumed.deadlines().of(RESOLVE).dueAt()).isEqualTo(after(Duration.ofMinutes(34)));
        assertThat(resumed.noticeOwedAt(RESOLVE, after(Duration.ofMinutes(33)), STEPS))
                .hasValueSatisfying(n -> assertThat(n.status()).isEqualTo(DeadlineStatus.APPROACHING));
    }

    @Test
    void shouldRecordTheNoticeInTheTimeline() {
        Case warned = noticed(CaseFixture.openCase(), ACCEPT, after(Duration.ofSeconds(90)));
        assertThat(warned.timeline()).last().satisfies(e -> assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.DEADLINE_APPROACHING));
        assertThat(warned.version()).isEqualTo(CaseFixture.openCase().version());
    }

    private static Case noticed(Case c, DeadlineKind kind, Instant at) {
        return c.withNotice(c.noticeOwedAt(kind, at, STEPS).orElseThrow());
    }
}
