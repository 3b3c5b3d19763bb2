package org.suqiu.intake.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.tracking.model.Tracking.Outcome;

class TrackingTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T02:30:00Z");
    private static final AssignedUnit WUZHEN = new AssignedUnit("unit-330483-env", "桐乡市生态环境分局");
    private static final AssignedUnit CITY = new AssignedUnit("unit-330400-gov", "嘉兴市人民政府");

    private final Tracking received = Tracking.received("g-1", "SQ20261122K7F3QX", Channel.WEB, RECEIVED);

    @Test
    void shouldStartAsReceivedWithThatInItsHistory() {
        assertThat(received.status()).isEqualTo(TrackingStatus.RECEIVED);
        assertThat(received.history()).containsExactly(new StatusChange(TrackingStatus.RECEIVED, RECEIVED));
        assertThat(received.updatedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldMoveForwardThroughTheWholeLifecycle() {
        Tracking tracking = received
                .apply(TrackingUpdate.of("e1", TrackingStatus.IN_TRIAGE, at(1))).tracking()
                .apply(TrackingUpdate.of("e2", TrackingStatus.ASSIGNED, at(2)).withUnit(WUZHEN)).tracking()
                .apply(TrackingUpdate.of("e3", TrackingStatus.ACCEPTED, at(3))).tracking()
                .apply(TrackingUpdate.of("e4", TrackingStatus.RESOLVED, at(4)).withAnswer("已责令整改")).tracking()
                .apply(TrackingUpdate.of("e5", TrackingStatus.CLOSED, at(5))).tracking();

        assertThat(tracking.status()).isEqualTo(TrackingStatus.CLOSED);
        assertThat(tracking.history()).extracting(StatusChange::status).containsExactly(TrackingStatus.RECEIVED,
                TrackingStatus.IN_TRIAGE, TrackingStatus.ASSIGNED, TrackingStatus.ACCEPTED, TrackingStatus.RESOLVED,
                TrackingStatus.CLOSED);
        assertThat(tracking.unit()).isEqualTo(WUZHEN);
        assertThat(tracking.answer()).isEqualTo("已责令整改");
        assertThat(tracking.updatedAt()).isEqualTo(at(5));
    }

    @Test
    void shouldChangeNothingWhenTheSameEventComesTwice() {
        Tracking once = received.apply(TrackingUpdate.of("e1", TrackingStatus.ASSIGNED, at(1)).withUnit(WUZHEN)).tracking();

        Tracking.Applied twice = once.apply(TrackingUpdate.of("e1", TrackingStatus.ASSIGNED, at(1)).withUnit(WUZHEN));

        assertThat(twice.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(twice.tracking()).isSameAs(once);
        assertThat(twice.tracking().history()).hasSize(2);
    }

    @Test
    void shouldNotMoveBackWhenAnOlderEventArrivesLate() {
        Tracking accepted = received
                .apply(TrackingUpdate.of("e2", TrackingStatus.ASSIGNED, at(2)).withUnit(WUZHEN)).tracking()
                .apply(TrackingUpdate.of("e3", TrackingStatus.ACCEPTED, at(3))).tracking();

        Tracking.Applied late = accepted.apply(TrackingUpdate.of("e1", TrackingStatus.IN_TRIAGE, at(1)));

        assertThat(late.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(late.tracking().status()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(late.tracking().history()).hasSize(3);
        assertThat(late.tracking().updatedAt()).isEqualTo(at(3));
        assertThat(late.tracking().hasApplied("e1")).isTrue();
    }

    @Test
    void shouldNotAddHistoryForAnotherEventOfTheSameStatus() {
        Tracking assigned = received.apply(TrackingUpdate.of("assigned", TrackingStatus.ASSIGNED, at(1)).withUnit(WUZHEN)).tracking();

        Tracking.Applied opened = assigned.apply(TrackingUpdate.of("opened", TrackingStatus.ASSIGNED, at(2))
                .withUnit(CITY).withExpectedBy(at(100)));

        assertThat(opened.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(opened.tracking().history()).hasSize(2);
        assertThat(opened.tracking().unit()).as("the unit already known stays").isEqualTo(WUZHEN);
        assertThat(opened.tracking().expectedBy()).as("a fact not known yet fills in").isEqualTo(at(100));
        assertThat(opened.tracking().updatedAt()).isEqualTo(at(2));
    }

    @Test
    void shouldFillInTheUnitFromALateAssignmentAfterTheCaseMovedOn() {
        Tracking resolved = received.apply(TrackingUpdate.of("r", TrackingStatus.RESOLVED, at(5)).withAnswer("已处理")).tracking();

        Tracking late = resolved.apply(TrackingUpdate.of("a", TrackingStatus.ASSIGNED, at(2)).withUnit(WUZHEN)).tracking();

        assertThat(late.status()).isEqualTo(TrackingStatus.RESOLVED);
        assertThat(late.unit()).isEqualTo(WUZHEN);
        assertThat(late.history()).extracting(StatusChange::status)
                .containsExactly(TrackingStatus.RECEIVED, TrackingStatus.RESOLVED);
    }

    @Test
    void shouldRankStatusesInTheOrderTheCitizenSeesThem() {
        assertThat(TrackingStatus.values()).extracting(TrackingStatus::label)
                .containsExactly("已受理", "分拨中", "已派单", "已签收", "办理中", "已办结", "已结案");
        assertThat(TrackingStatus.ACCEPTED.isAfter(TrackingStatus.ASSIGNED)).isTrue();
        assertThat(TrackingStatus.ASSIGNED.isAfter(TrackingStatus.ASSIGNED)).isFalse();
        assertThat(TrackingStatus.IN_TRIAGE.isAfter(TrackingStatus.RESOLVED)).isFalse();
    }

    @Test
    void shouldRememberOnlyTheMostRecentEventIds() {
        Tracking tracking = received;
        for (int i = 0; i < Tracking.REMEMBERED_EVENTS + 5; i++) {
            tracking = tracking.apply(TrackingUpdate.of("e" + i, null, at(1))).tracking();
        }

        assertThat(tracking.appliedEventIds()).hasSize(Tracking.REMEMBERED_EVENTS);
        assertThat(tracking.hasApplied("e0")).isFalse();
        assertThat(tracking.hasApplied("e" + (Tracking.REMEMBERED_EVENTS + 4))).isTrue();
    }

    private static Instant at(int minutes) {
        return RECEIVED.plusSeconds(60L * minutes);
    }
}
