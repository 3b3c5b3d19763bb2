package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.mediation.cases.model.CaseFixture.ANSWER;
import static org.suqiu.mediation.cases.model.CaseFixture.HANDLER;
import static org.suqiu.mediation.cases.model.CaseFixture.POLICY;
import static org.suqiu.mediation.cases.model.CaseFixture.after;
import static org.suqiu.mediation.cases.model.CaseFixture.changed;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.CaseCalledBack;
import org.suqiu.contracts.mediation.CaseExtensionDecided;
import org.suqiu.contracts.mediation.CaseReassigned;
import org.suqiu.contracts.mediation.CaseReopened;
import org.suqiu.contracts.mediation.CaseReturned;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.contracts.mediation.ExtensionDecision;
import org.suqiu.contracts.mediation.MediationConcluded;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;
import org.suqiu.mediation.cases.model.CaseActionRejected.Reason;

/** The rest of the state machine: 退单 and 改派, 办理, 中止/恢复, 延期, 督办, 大调解, 回访 and 重办. */
class CaseLifecycleTest {

    private static Reason refusal(CaseDecision decision) {
        assertThat(decision).isInstanceOf(CaseActionRejected.class);
        return ((CaseActionRejected) decision).reason();
    }

    @Nested
    class ReturningAndReassigning {

        @Test
        void shouldReturnAnOpenCaseWithItsReasonAndStopItsClocks() {
            CaseDecision decision = CaseFixture.openCase().giveBack(HANDLER, "不属于本单位职责", POLICY, after(Duration.ofMinutes(5)));

            CaseChanged change = (CaseChanged) decision;
            assertThat(change.after().state()).isEqualTo(CaseState.RETURNED);
            assertThat(change.after().returns()).singleElement().satisfies(r -> assertThat(r.unitId()).isEqualTo("unit-nanhu-gov"));
            assertThat(change.after().deadlines().all()).allSatisfy(d -> assertThat(d.isRunning()).isFalse());
            assertThat(change.events()).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo("C-g-1:returned");
                assertThat(((CaseReturned) e.payload()).reason()).isEqualTo("不属于本单位职责");
            });
        }

        @Test
        void shouldRefuseReturningAnAcceptedCaseOrAfterTheWindow() {
            assertThat(refusal(CaseFixture.acceptedAfter(Duration.ZERO).giveBack(HANDLER, "x", POLICY, after(Duration.ofMinutes(1)))))
                    .isEqualTo(Reason.NOT_OPEN);
            assertThat(refusal(CaseFixture.openCase().giveBack(HANDLER, "x", POLICY, after(Duration.ofMinutes(61)))))
                    .isEqualTo(Reason.RETURN_WINDOW_CLOSED);
        }

        @Test
        void shouldMoveTheReturnedCaseToTheNextUnitWithFreshClocksAndKeepItsHistory() {
            Case returned = changed(CaseFixture.openCase().giveBack(HANDLER, "不属于本单位职责", POLICY, after(Duration.ofMinutes(5))));
            CaseChanged moved = (CaseChanged) returned.reassign(CaseFixture.assignment("unit-env", 2, after(Duration.ofMinutes(6))),
                    POLICY, after(Duration.ofMinutes(6)));

            Case c = moved.after();
            assertThat(c.caseId()).isEqualTo("C-g-1");
            assertThat(c.state()).isEqualTo(CaseState.OPEN);
            assertThat(c.assignment().unitId()).isEqualTo("unit-env");
            assertThat(c.deadlines().of(DeadlineKind.ACCEPT).dueAt()).isEqualTo(after(Duration.ofMinutes(8)));
            assertThat(c.returns()).hasSize(1);
            assertThat(c.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.OPENED,
                    TimelineEntry.Kind.RETURNED, TimelineEntry.Kind.REASSIGNED);
            assertThat(moved.events()).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo("C-g-1:a2:reassigned");
                assertThat(((CaseReassigned) e.payload()).previousUnitId()).isEqualTo("unit-nanhu-gov");
            });
            assertThat(changed(c.accept("h-env", after(Duration.ofMinutes(7)))).acceptance().by()).isEqualTo("h-env");
            assertThat(changed(c.accept("h-env", after(Duration.ofMinutes(7))))
                    .eventId("accepted")).isEqualTo("C-g-1:a2:accepted");
        }

        @Test
        void shouldTreatTheSameAttemptAgainAsARedelivery() {
            Case returned = changed(CaseFixture.openCase().giveBack(HANDLER, "x", POLICY, after(Duration.ofMinutes(5))));
            Case moved = changed(returned.reassign(CaseFixture.assignment("unit-env", 2, after(Duration.ofMinutes(6))), POLICY,
                    after(Duration.ofMinutes(6))));
            assertThat(moved.reassign(CaseFixture.assignment("unit-env", 2, after(Duration.ofMinutes(6))), POLICY,
                    after(Duration.ofMinutes(7)))).isInstanceOf(CaseUnchanged.class);
        }
    }

    @Nested
    class Handling {

        @Test
        void shouldStartWorkOnlyAfterAcceptance() {
            assertThat(refusal(CaseFixture.openCase().start(HANDLER, null, after(Duration.ofMinutes(1))))).isEqualTo(Reason.NOT_ACCEPTED);
            Case started = changed(CaseFixture.acceptedAfter(Duration.ZERO).start(HANDLER, "电话联系", after(Duration.ofMinutes(1))));
            assertThat(started.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(started.deadlines().of(DeadlineKind.FIRST_CONTACT).doneAt()).isEqualTo(after(Duration.ofMinutes(1)));
        }

        @Test
        void shouldSuspendAndResumeToTheStateItWasIn() {
            Case started = changed(CaseFixture.acceptedAfter(Duration.ZERO).start(HANDLER, null, after(Duration.ofMinutes(1))));
            Case suspended = changed(started.suspend(HANDLER, "等待听证", after(Duration.ofMinutes(2))));
            assertThat(suspended.state()).isEqualTo(CaseState.SUSPENDED);
            assertThat(refusal(suspended.resolve(HANDLER, ANSWER, after(Duration.ofMinutes(3))))).isEqualTo(Reason.NOT_ACCEPTED);
            CaseChanged resumed = (CaseChanged) suspended.resume(HANDLER, after(Duration.ofMinutes(12)));
            assertThat(resumed.after().state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(resumed.after().deadlines().of(DeadlineKind.RESOLVE).dueAt()).isEqualTo(after(Duration.ofMinutes(14)));
            assertThat(resumed.events()).extracting(CaseEvent::eventId).containsExactly("C-g-1:resumed:1");
            assertThat(refusal(resumed.after().resume(HANDLER, after(Duration.ofMinutes(13))))).isEqualTo(Reason.NOT_SUSPENDED);
        }

        @Test
        void shouldAllowOneExtensionDecidedByASupervisor() {
            Case accepted = CaseFixture.acceptedAfter(Duration.ZERO);
            assertThat(refusal(accepted.requestExtension(HANDLER, "需要协调", 6, POLICY, after(Duration.ofMinutes(1)))))
                    .isEqualTo(Reason.EXTENSION_NOT_ALLOWED);
            Case asked = changed(accepted.requestExtension(HANDLER, "需要协调", 5, POLICY, after(Duration.ofMinutes(1))));
            assertThat(refusal(asked.requestExtension(HANDLER, "再来一次", 2, POLICY, after(Duration.ofMinutes(1)))))
                    .isEqualTo(Reason.EXTENSION_NOT_ALLOWED);
            CaseChanged approved = (CaseChanged) asked.decideExtension("sup", true, 3, "同意", POLICY, after(Duration.ofMinutes(2)));
            Deadline resolve = approved.after().deadlines().of(DeadlineKind.RESOLVE);
            assertThat(resolve.dueAt()).isEqualTo(after(Duration.ofMinutes(7)));
            assertThat(resolve.generation()).isEqualTo(2);
            CaseExtensionDecided event = (CaseExtensionDecided) approved.events().get(0).payload();
            assertThat(event.decision()).isEqualTo(ExtensionDecision.APPROVED);
            assertThat(event.days()).isEqualTo(3);
            assertThat(approved.after().noticeOwedAt(DeadlineKind.RESOLVE, after(Duration.ofMinutes(8)), CaseFixture.STEPS))
                    .hasValueSatisfying(n -> assertThat(n.event().eventId()).isEqualTo("C-g-1:RESOLVE:g2:overdue:1"));
            assertThat(refusal(approved.after().requestExtension(HANDLER, "again", 1, POLICY, after(Duration.ofMinutes(3)))))
                    .isEqualTo(Reason.EXTENSION_NOT_ALLOWED);
        }

        @Test
        void shouldDenyAnExtensionWithoutMovingTheDeadline() {
            Case asked = changed(CaseFixture.acceptedAfter(Duration.ZERO).requestExtension(HANDLER, "x", 2, POLICY, after(Duration.ofMinutes(1))));
            Case denied = changed(asked.decideExtension("sup", false, null, "理由不足", POLICY, after(Duration.ofMinutes(2))));
            assertThat(denied.deadlines().of(DeadlineKind.RESOLVE).dueAt()).isEqualTo(after(Duration.ofMinutes(4)));
            assertThat(denied.extension().decision()).isEqualTo(ExtensionDecision.DENIED);
        }

        @Test
        void shouldRecordEverySupervisionWithItsOwnEvent() {
            Case once = changed(CaseFixture.openCase().supervise("sup", "三日内反馈", after(Duration.ofMinutes(1))));
            CaseChanged twice = (CaseChanged) once.supervise("sup", "加快办理", after(Duration.ofMinutes(2)));
            assertThat(twice.after().supervisions()).hasSize(2);
            assertThat(twice.events()).extracting(CaseEvent::eventId).containsExactly("C-g-1:supervised:2");
            assertThat(refusal(CaseFixture.closedCase().supervise("sup", "x", after(Duration.ofMinutes(3))))).isEqualTo(Reason.ALREADY_CLOSED);
        }
    }

    @Nested
    class Mediating {

        @Test
        void shouldMediateWithSessionsAndAnAgreementThatOpensTheJudicialConfirmationWindow() {
            Case accepted = CaseFixture.acceptedAfter(Duration.ZERO);
            Case mediating = changed(accepted.startMediation(HANDLER, MediationKind.PEOPLES, "调解员李", List.of("甲", "乙"), POLICY,
                    after(Duration.ofMinutes(1))));
            assertThat(mediating.state()).isEqualTo(CaseState.IN_MEDIATION);
            assertThat(mediating.deadlines().of(DeadlineKind.MEDIATION).dueAt()).isEqualTo(after(Duration.ofMinutes(11)));
            assertThat(refusal(mediating.resolve(HANDLER, ANSWER, after(Duration.ofMinutes(2))))).isEqualTo(Reason.MEDIATION_CONFLICT);
            Case one = changed(mediating.recordSession(HANDLER, after(Duration.ofMinutes(2)), "调委会", List.of("甲", "乙"), "初步意见",
                    after(Duration.ofMinutes(2))));
            Case two = changed(one.recordSession(HANDLER, after(Duration.ofMinutes(3)), "调委会", List.of("甲", "乙", "调解员李"), "达成一致",
                    after(Duration.ofMinutes(3))));
            assertThat(two.mediation().sessions()).extracting(Mediation.Session::number).containsExactly(1, 2);
            CaseChanged concluded = (CaseChanged) two.concludeMediation(HANDLER, MediationOutcome.AGREEMENT, "乙方赔偿甲方", after(Duration.ofMinutes(4)),
                    null, POLICY, after(Duration.ofMinutes(4)));
            Case c = concluded.after();
            assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(c.deadlines().of(DeadlineKind.MEDIATION).doneAt()).isNotNull();
            // 30 days from Mon 2 Mar end on Wed 1 Apr (a working day), at close of business in Beijing
            assertThat(c.deadlines().of(DeadlineKind.JUDICIAL_CONFIRMATION).dueAt()).isEqualTo(java.time.Instant.parse("2026-04-01T09:30:00Z"));
            assertThat(((MediationConcluded) concluded.events().get(0).payload()).confirmationDueAt())
                    .isEqualTo(java.time.Instant.parse("2026-04-01T09:30:00Z"));
            Case resolved = changed(c.resolve(HANDLER, ANSWER, after(Duration.ofMinutes(5))));
            Case closed = changed(resolved.close("RESOLVED", false, after(Duration.ofMinutes(6))));
            assertThat(closed.deadlines().of(DeadlineKind.JUDICIAL_CONFIRMATION).isRunning()).as("the parties' window outlives the case").isTrue();
        }

        @Test
        void shouldRefuseASecondMediationAndRequireTermsForAnAgreement() {
            Case mediating = changed(CaseFixture.acceptedAfter(Duration.ZERO).startMediation(HANDLER, MediationKind.ADMINISTRATIVE, "m",
                    List.of("甲"), POLICY, after(Duration.ofMinutes(1))));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mediating.concludeMediation(HANDLER, MediationOutcome.AGREEMENT,
                    null, null, null, POLICY, after(Duration.ofMinutes(2)))).isInstanceOf(IllegalArgumentException.class);
            Case failed = changed(mediating.concludeMediation(HANDLER, MediationOutcome.FAILED, null, null, "LITIGATION", POLICY,
                    after(Duration.ofMinutes(2))));
            assertThat(failed.deadlines().find(DeadlineKind.JUDICIAL_CONFIRMATION)).isEmpty();
            assertThat(refusal(failed.startMediation(HANDLER, MediationKind.JUDICIAL, "m2", List.of("甲"), POLICY,
                    after(Duration.ofMinutes(3))))).isEqualTo(Reason.MEDIATION_CONFLICT);
        }
    }

    @Nested
    class CallingBack {

        @Test
        void shouldAwaitClosingAfterASatisfiedCallBack() {
            CaseChanged rated = (CaseChanged) CaseFixture.resolvedAfter(Duration.ofMinutes(1))
                    .callBack("op", CallBackRating.SATISFIED, null, POLICY, after(Duration.ofMinutes(2)));
            assertThat(rated.after().state()).isEqualTo(CaseState.CALLED_BACK);
            assertThat(rated.events()).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo("C-g-1:called-back");
                assertThat(((CaseCalledBack) e.payload()).rating()).isEqualTo(CallBackRating.SATISFIED);
            });
            assertThat(changed(rated.after().close("RESOLVED", false, after(Duration.ofMinutes(3)))).state()).isEqualTo(CaseState.CLOSED);
        }

        @Test
        void shouldReopenOnceWhenDissatisfiedThenEscalateToASupervisor() {
            CaseChanged reopened = (CaseChanged) CaseFixture.resolvedAfter(Duration.ofMinutes(1))
                    .callBack("op", CallBackRating.DISSATISFIED, "路灯仍不亮", POLICY, after(Duration.ofMinutes(2)));
            Case again = reopened.after();
            assertThat(again.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(again.round()).isEqualTo(1);
            assertThat(again.deadlines().of(DeadlineKind.RESOLVE).dueAt()).isEqualTo(after(Duration.ofMinutes(6)));
            assertThat(again.deadlines().of(DeadlineKind.RESOLVE).isRunning()).isTrue();
            assertThat(reopened.events()).extracting(CaseEvent::eventId).containsExactly("C-g-1:called-back", "C-g-1:r1:reopened");
            assertThat(((CaseReopened) reopened.events().get(1).payload()).round()).isEqualTo(1);

            Case resolvedAgain = changed(again.resolve(HANDLER, "已更换灯具", after(Duration.ofMinutes(3))));
            CaseChanged escalated = (CaseChanged) resolvedAgain.callBack("op", CallBackRating.DISSATISFIED, null, POLICY,
                    after(Duration.ofMinutes(4)));
            assertThat(escalated.after().state()).isEqualTo(CaseState.ESCALATED);
            assertThat(escalated.events()).extracting(CaseEvent::eventId).containsExactly("C-g-1:r1:called-back", "C-g-1:r1:escalated");
            assertThat(refusal(escalated.after().close("RESOLVED", false, after(Duration.ofMinutes(5))))).isEqualTo(Reason.NOT_RESOLVED);
            CaseChanged closed = (CaseChanged) escalated.after().close("UPHELD", true, after(Duration.ofMinutes(5)));
            assertThat(closed.events()).extracting(CaseEvent::eventId).containsExactly("C-g-1:r1:closed");
        }

        @Test
        void shouldRefuseCallingBackACaseNotResolved() {
            assertThat(refusal(CaseFixture.acceptedAfter(Duration.ZERO).callBack("op", CallBackRating.SATISFIED, null, POLICY,
                    after(Duration.ofMinutes(1))))).isEqualTo(Reason.NOT_RESOLVED);
        }
    }
}
