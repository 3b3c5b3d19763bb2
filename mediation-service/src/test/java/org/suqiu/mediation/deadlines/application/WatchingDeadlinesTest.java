package org.suqiu.mediation.deadlines.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.suqiu.mediation.MutableClock;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.application.InMemoryCases;
import org.suqiu.mediation.cases.application.InMemoryNoticeSchedule;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseFixture;

class WatchingDeadlinesTest {

    private final InMemoryNoticeSchedule schedule = new InMemoryNoticeSchedule(Duration.ofSeconds(10), Duration.ofSeconds(10));
    private final InMemoryCases cases = new InMemoryCases(schedule, CaseFixture.STEPS);
    private final MutableClock clock = new MutableClock(CaseFixture.ASSIGNED_AT);
    private final AtomicInteger nudges = new AtomicInteger();
    private final WatchingDeadlines watcher = watcher();

    private WatchingDeadlines watcher() {
        return new WatchingDeadlines(cases, schedule, nudges::incrementAndGet, clock, CaseAudit.none(), CaseFixture.STEPS);
    }

    @Test
    void shouldRecordEachNoticeOnceWhateverTheNumberOfRoundsAndWatchers() {
        cases.add(CaseFixture.opening("g-1")).block();
        WatchingDeadlines afterRestart = watcher();

        assertThat(watcher.watch().block()).isZero();
        clock.advance(Duration.ofSeconds(91));
        assertThat(watcher.watch().block()).isEqualTo(1);
        assertThat(watcher.watch().block()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(afterRestart.watch().block()).isEqualTo(1);
        assertThat(watcher.watch().block()).isZero();
        assertThat(afterRestart.watch().block()).isZero();

        assertThat(cases.queued()).extracting(CaseEvent::eventId)
                .containsExactly("C-g-1:opened", "C-g-1:ACCEPT:approaching", "C-g-1:ACCEPT:overdue:1");
        assertThat(nudges).hasValue(2);
    }

    @Test
    void shouldReportEveryClockOfACaseNobodyTouchesAtItsHighestLevel() {
        cases.add(CaseFixture.opening("g-1")).block();

        clock.advance(Duration.ofMinutes(10));
        assertThat(watcher.watch().block()).isEqualTo(3);

        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened",
                "C-g-1:ACCEPT:overdue:3", "C-g-1:RESOLVE:overdue:3", "C-g-1:FIRST_CONTACT:overdue:3");
    }

    @Test
    void shouldReadOnlyTheBucketsThatCameDueNotEveryOpenCase() {
        for (int i = 0; i < 50; i++) {
            cases.add(CaseFixture.opening("g-" + i)).block();
        }
        clock.advance(Duration.ofSeconds(30));
        WatchingDeadlines.Round quiet = watcher.watchDetailed().block();
        assertThat(quiet.casesRead()).isZero();
        assertThat(quiet.recorded()).isZero();

        clock.advance(Duration.ofSeconds(61));
        WatchingDeadlines.Round warned = watcher.watchDetailed().block();
        assertThat(warned.recorded()).isEqualTo(50);
        assertThat(warned.casesRead()).isEqualTo(50);
        clock.advance(Duration.ofSeconds(20));
        assertThat(watcher.watchDetailed().block().recorded()).as("read again until its grace passed, but nothing owed").isZero();
        assertThat(watcher.watchDetailed().block().casesRead()).as("finished buckets are gone").isZero();
    }

    @Test
    void shouldOweNothingForACaseResolvedBeforeItsTimersFire() {
        cases.add(CaseFixture.opening("g-1")).block();
        cases.save((org.suqiu.mediation.cases.model.CaseChanged) cases.byId("C-g-1").block()
                .accept(CaseFixture.HANDLER, CaseFixture.after(Duration.ofSeconds(10)))).block();
        cases.save((org.suqiu.mediation.cases.model.CaseChanged) cases.byId("C-g-1").block()
                .resolve(CaseFixture.HANDLER, CaseFixture.ANSWER, CaseFixture.after(Duration.ofSeconds(20)))).block();

        clock.advance(Duration.ofMinutes(20));
        assertThat(watcher.watch().block()).isZero();
        assertThat(schedule.size()).isZero();
    }
}
