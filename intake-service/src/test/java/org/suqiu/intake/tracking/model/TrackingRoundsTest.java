package org.suqiu.intake.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;

class TrackingRoundsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static Tracking answered() {
        Tracking tracking = Tracking.received("g-1", "SQ20261122AAAAAA", Channel.WEB, T0);
        tracking = tracking.apply(TrackingUpdate.of("e-accepted", TrackingStatus.ACCEPTED, T0.plusSeconds(60))).tracking();
        tracking = tracking.apply(TrackingUpdate.of("e-progress", TrackingStatus.IN_PROGRESS, T0.plusSeconds(120))).tracking();
        return tracking.apply(TrackingUpdate.of("e-resolved", TrackingStatus.RESOLVED, T0.plusSeconds(180))
                .withAnswer("已修复")).tracking();
    }

    @Test
    void shouldPassThroughInProgressBetweenAcceptedAndResolved() {
        assertThat(answered().history()).extracting(StatusChange::status).containsExactly(TrackingStatus.RECEIVED,
                TrackingStatus.ACCEPTED, TrackingStatus.IN_PROGRESS, TrackingStatus.RESOLVED);
        assertThat(TrackingStatus.IN_PROGRESS.label()).isEqualTo("办理中");
    }

    @Test
    void shouldGoBackToInProgressWithANewDeadlineWhenAnAnsweredCaseIsReopened() {
        Instant due = T0.plusSeconds(86_400);

        Tracking.Applied reopened = answered().apply(TrackingUpdate.reopening("e-reopened", T0.plusSeconds(240), due));

        assertThat(reopened.outcome()).isEqualTo(Tracking.Outcome.ADVANCED);
        assertThat(reopened.tracking().status()).isEqualTo(TrackingStatus.IN_PROGRESS);
        assertThat(reopened.tracking().expectedBy()).isEqualTo(due);
        assertThat(reopened.tracking().answer()).isNull();
        assertThat(reopened.tracking().apply(TrackingUpdate.reopening("e-reopened", T0.plusSeconds(240), due)).outcome())
                .as("the same reopening twice").isEqualTo(Tracking.Outcome.DUPLICATE);
    }

    @Test
    void shouldNotReopenAClosedCaseNorMoveBackForALateInProgress() {
        Tracking closed = answered().apply(TrackingUpdate.of("e-closed", TrackingStatus.CLOSED, T0.plusSeconds(300))).tracking();

        assertThat(closed.apply(TrackingUpdate.reopening("e-late-reopen", T0.plusSeconds(240), null)).tracking().status())
                .isEqualTo(TrackingStatus.CLOSED);
        assertThat(answered().apply(TrackingUpdate.of("e-late", TrackingStatus.IN_PROGRESS, T0.plusSeconds(100)))
                .tracking().status()).isEqualTo(TrackingStatus.RESOLVED);
    }
}
