package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.suqiu.mediation.cases.model.CaseFixture.ANSWER;
import static org.suqiu.mediation.cases.model.CaseFixture.ASSIGNED_AT;
import static org.suqiu.mediation.cases.model.CaseFixture.HANDLER;
import static org.suqiu.mediation.cases.model.CaseFixture.after;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.model.CaseActionRejected.Reason;

class CaseTest {

    @Nested
    class Opening {

        @Test
        void shouldOpenWithDeadlinesCountedFromTheAssignmentAndPublishCaseOpened() {
            CaseChanged opened = CaseFixture.opening("g-7");

            Case c = opened.after();
            assertThat(c.caseId()).isEqualTo("C-g-7");
            assertThat(c.state()).isEqualTo(CaseState.OPEN);
            assertThat(c.version()).isEqualTo(1);
            assertThat(opened.expectedVersion()).isZero();
            assertThat(c.deadlines().of(DeadlineKind.ACCEPT).dueAt()).isEqualTo(after(Duration.ofMinutes(2)));
            assertThat(c.deadlines().of(DeadlineKind.RESOLVE).dueAt()).isEqualTo(after(Duration.ofMinutes(4)));
            assertThat(opened.added()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.OPENED);
            assertThat(opened.events()).singleElement().satisfies(event -> {
                assertThat(event.eventId()).isEqualTo("C-g-7:opened");
                CaseOpened payload = (CaseOpened) event.payload();
                assertThat(payload.grievanceId()).isEqualTo("g-7");
                assertThat(payload.unitId()).isEqualTo("unit-nanhu-gov");
                assertThat(payload.acceptDueAt()).isEqualTo(c.deadlines().of(DeadlineKind.ACCEPT).dueAt());
                assertThat(payload.resolveDueAt()).isEqualTo(c.deadlines().of(DeadlineKind.RESOLVE).dueAt());
            });
        }

        @Test
        void shouldStartTheClocksNowWhenTheAssignmentClaimsALaterTime() {
            Instant now = ASSIGNED_AT;
            CaseChanged opened = Case.open(new Grievance("g-8", "T-8", Channel.WEB, "text"),
                    CaseFixture.assignment("u", 1, now.plusSeconds(30)), CaseFixture.POLICY, now);

            assertThat(opened.after().deadlines().of(DeadlineKind.ACCEPT).dueAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        }
    }

    @Nested
    class Accepting {

        @Test
        void shouldAcceptAnOpenCaseAndPublishCaseAccepted() {
            CaseDecision decision = CaseFixture.openCase().accept(HANDLER, after(Duration.ofSeconds(30)));

            assertThat(decision).isInstanceOfSatisfying(CaseChanged.class, change -> {
                assertThat(change.after().state()).isEqualTo(CaseState.ACCEPTED);
                assertThat(change.after().acceptance()).isEqualTo(new Acceptance(HANDLER, after(Duration.ofSeconds(30))));
                assertThat(change.after().version()).isEqualTo(2);
                assertThat(change.expectedVersion()).isEqualTo(1);
                assertThat(change.events()).singleElement().satisfies(event -> {
                    assertThat(event.eventId()).isEqualTo("C-g-1:accepted");
                    assertThat(((CaseAccepted) event.payload()).acceptedBy()).isEqualTo(HANDLER);
                });
            });
        }

        @Test
        void shouldTreatAcceptingAgainBySameHandlerAsARepeat() {
            Case accepted = CaseFixture.acceptedAfter(Duration.ofSeconds(10));

            assertThat(accepted.accept(HANDLER, after(Duration.ofSeconds(40)))).isEqualTo(new CaseUnchanged(accepted));
        }

        @Test
        void shouldRefuseAcceptingACaseAnotherHandlerAccepted() {
            CaseDecision decision = CaseFixture.acceptedAfter(Duration.ofSeconds(10)).accept("handler-li", after(Duration.ofSeconds(40)));

            assertThat(decision).isInstanceOfSatisfying(CaseActionRejected.class, rejected -> {
                assertThat(rejected.reason()).isEqualTo(Reason.NOT_OPEN);
                assertThat(rejected.state()).isEqualTo(CaseState.ACCEPTED);
            });
        }

        @Test
        void shouldRefuseAcceptingAResolvedCase() {
            assertThat(CaseFixture.resolvedAfter(Duration.ofMinutes(1)).accept(HANDLER, after(Duration.ofMinutes(2))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_OPEN));
        }

        @Test
        void shouldRequireAHandler() {
            assertThatThrownBy(() -> CaseFixture.openCase().accept(" ", ASSIGNED_AT)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Resolving {

        @Test
        void shouldResolveAnAcceptedCaseWithTheAnswerAndPublishCaseResolved() {
            CaseDecision decision = CaseFixture.acceptedAfter(Duration.ofSeconds(10)).resolve(HANDLER, ANSWER, after(Duration.ofMinutes(3)));

            assertThat(decision).isInstanceOfSatisfying(CaseChanged.class, change -> {
                assertThat(change.after().state()).isEqualTo(CaseState.RESOLVED);
                assertThat(change.after().resolution()).isEqualTo(new Resolution(HANDLER, ANSWER, after(Duration.ofMinutes(3))));
                assertThat(change.events()).singleElement().satisfies(event -> {
                    assertThat(event.eventId()).isEqualTo("C-g-1:resolved");
                    assertThat(((CaseResolved) event.payload()).answer()).isEqualTo(ANSWER);
                });
            });
        }

        @Test
        void shouldRefuseResolvingACaseNotYetAccepted() {
            assertThat(CaseFixture.openCase().resolve(HANDLER, ANSWER, after(Duration.ofMinutes(1))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, rejected -> {
                        assertThat(rejected.reason()).isEqualTo(Reason.NOT_ACCEPTED);
                        assertThat(rejected.state()).isEqualTo(CaseState.OPEN);
                    });
        }

        @Test
        void shouldTreatTheSameResolutionAgainAsARepeatButRefuseADifferentOne() {
            Case resolved = CaseFixture.resolvedAfter(Duration.ofMinutes(1));

            assertThat(resolved.resolve(HANDLER, ANSWER, after(Duration.ofMinutes(2)))).isEqualTo(new CaseUnchanged(resolved));
            assertThat(resolved.resolve(HANDLER, "another answer", after(Duration.ofMinutes(2))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.ALREADY_RESOLVED));
        }

        @Test
        void shouldRefuseResolvingAClosedCase() {
            assertThat(CaseFixture.closedCase().resolve(HANDLER, "again", after(Duration.ofMinutes(3))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.ALREADY_CLOSED));
        }
    }

    @Nested
    class Closing {

        @Test
        void shouldCloseAResolvedCaseAndPublishCaseClosed() {
            CaseDecision decision = CaseFixture.resolvedAfter(Duration.ofMinutes(1)).close("RESOLVED", false, after(Duration.ofMinutes(2)));

            assertThat(decision).isInstanceOfSatisfying(CaseChanged.class, change -> {
                assertThat(change.after().state()).isEqualTo(CaseState.CLOSED);
                assertThat(change.after().timeline()).extracting(TimelineEntry::kind).containsExactly(
                        TimelineEntry.Kind.OPENED, TimelineEntry.Kind.ACCEPTED, TimelineEntry.Kind.RESOLVED, TimelineEntry.Kind.CLOSED);
                assertThat(change.events()).singleElement().satisfies(event -> {
                    assertThat(event.eventId()).isEqualTo("C-g-1:closed");
                    assertThat(((CaseClosed) event.payload()).outcome()).isEqualTo("RESOLVED");
                });
            });
        }

        @Test
        void shouldRefuseClosingACaseNotYetResolved() {
            assertThat(CaseFixture.acceptedAfter(Duration.ZERO).close("RESOLVED", false, after(Duration.ofMinutes(1))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_RESOLVED));
        }

        @Test
        void shouldTreatClosingAgainWithTheSameOutcomeAsARepeatButRefuseAnother() {
            Case closed = CaseFixture.closedCase();

            assertThat(closed.close("RESOLVED", false, after(Duration.ofMinutes(4)))).isEqualTo(new CaseUnchanged(closed));
            assertThat(closed.close("WITHDRAWN", false, after(Duration.ofMinutes(4))))
                    .isInstanceOfSatisfying(CaseActionRejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.ALREADY_CLOSED));
        }
    }

    @Nested
    class DeadlineProgressOfACase {

        @Test
        void shouldShowAcceptAsMetWhenAcceptedInTimeAndAsMetLateWhenNot() {
            assertThat(CaseFixture.acceptedAfter(Duration.ofMinutes(2)).progressOf(DeadlineKind.ACCEPT,
                    after(Duration.ofMinutes(3)))).isEqualTo(DeadlineProgress.MET);
            assertThat(CaseFixture.acceptedAfter(Duration.ofMinutes(2).plusMillis(1)).progressOf(
                    DeadlineKind.ACCEPT, after(Duration.ofMinutes(3)))).isEqualTo(DeadlineProgress.MET_LATE);
        }

        @Test
        void shouldShowARunningDeadlineAsRunningApproachingOrOverdue() {
            Case open = CaseFixture.openCase();
            DeadlineKind accept = DeadlineKind.ACCEPT;

            assertThat(open.progressOf(accept, after(Duration.ofSeconds(89)))).isEqualTo(DeadlineProgress.RUNNING);
            assertThat(open.progressOf(accept, after(Duration.ofSeconds(90)))).isEqualTo(DeadlineProgress.APPROACHING);
            assertThat(open.progressOf(accept, after(Duration.ofSeconds(121)))).isEqualTo(DeadlineProgress.OVERDUE);
        }
    }
}
