package org.suqiu.mediation.deadlines.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.suqiu.mediation.MutableClock;
import org.suqiu.mediation.cases.application.InMemoryCases;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseFixture;

class WatchingDeadlinesTest {

    private final InMemoryCases cases = new InMemoryCases();
    private final MutableClock clock = new MutableClock(CaseFixture.ASSIGNED_AT);
    private final AtomicInteger nudges = new AtomicInteger();
    private final WatchingDeadlines watcher = new WatchingDeadlines(cases, nudges::incrementAndGet, clock, 10);

    @Test
    void shouldRecordEachNoticeOnceWhateverTheNumberOfRoundsAndWatchers() {
        cases.add(CaseFixture.opening("g-1")).block();
        WatchingDeadlines afterRestart = new WatchingDeadlines(cases, nudges::incrementAndGet, clock, 10);

        assertThat(watcher.watch().block()).isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(watcher.watch().block()).isEqualTo(1);
        assertThat(watcher.watch().block()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(afterRestart.watch().block()).isEqualTo(1);
        assertThat(watcher.watch().block()).isZero();
        assertThat(afterRestart.watch().block()).isZero();

        assertThat(cases.queued()).extracting(CaseEvent::eventId)
                .containsExactly("C-g-1:opened", "C-g-1:ACCEPT:approaching", "C-g-1:ACCEPT:overdue:1");
        assertThat(nudges).hasValue(2);
    }

    @Test
    void shouldReportBothDeadlinesOfACaseNobodyTouches() {
        cases.add(CaseFixture.opening("g-1")).block();

        clock.advance(Duration.ofMinutes(10));
        assertThat(watcher.watch().block()).isEqualTo(2);

        assertThat(cases.queued()).extracting(CaseEvent::eventId)
                .containsExactly("C-g-1:opened", "C-g-1:ACCEPT:overdue:1", "C-g-1:RESOLVE:overdue:1");
    }

    @Test
    void shouldTakeAtMostOneBatchOfCasesPerRoundAndTheRestNextRound() {
        WatchingDeadlines small = new WatchingDeadlines(cases, nudges::incrementAndGet, clock, 2);
        for (int i = 0; i < 3; i++) {
            cases.add(CaseFixture.opening("g-" + i)).block();
        }
        clock.advance(Duration.ofSeconds(61));

        assertThat(small.watch().block()).isEqualTo(2);
        assertThat(small.watch().block()).isEqualTo(1);
        assertThat(small.watch().block()).isZero();
    }
}
