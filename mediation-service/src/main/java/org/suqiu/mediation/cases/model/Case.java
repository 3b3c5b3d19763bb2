package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.model.CaseActionRejected.Reason;

/**
 * 案件: one grievance's handling by the unit it was assigned to (首办责任制: that unit owns it), from
 * opening through 签收 (accept) and 办结 (resolve, with an answer to the citizen) to closing, against
 * two deadlines. Immutable: every action answers a {@link CaseDecision}. Acceptance, resolution and
 * closure are null until they happen.
 */
public record Case(
        String caseId,
        Grievance grievance,
        Assignment assignment,
        CaseState state,
        Deadlines deadlines,
        Instant openedAt,
        Acceptance acceptance,
        Resolution resolution,
        Closure closure,
        List<TimelineEntry> timeline,
        long version) {

    /** The only overdue level this service emits so far; an escalation ladder adds more later. */
    public static final int FIRST_OVERDUE_LEVEL = 1;

    public Case {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(grievance, "grievance");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(openedAt, "openedAt");
        timeline = List.copyOf(timeline);
    }

    /** One case per grievance: its id follows from the grievance's. */
    public static String idFor(String grievanceId) {
        return "C-" + grievanceId;
    }

    /**
     * Opens a case for an assigned grievance. Its clocks start at the dispatch (派单) — or now, if the
     * assignment claims a later time than this service's clock.
     */
    public static CaseChanged open(Grievance grievance, Assignment assignment, DeadlinePolicy policy, Instant now) {
        Instant start = assignment.assignedAt().isAfter(now) ? now : assignment.assignedAt();
        Deadlines deadlines = policy.deadlinesFrom(start);
        String caseId = idFor(grievance.grievanceId());
        TimelineEntry opened = new TimelineEntry(now, TimelineEntry.Kind.OPENED, null, "assigned to " + assignment.unitId());
        Case created = new Case(caseId, grievance, assignment, CaseState.OPEN, deadlines, now, null, null, null,
                List.of(opened), 1);
        CaseOpened event = new CaseOpened(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                assignment.unitName(), assignment.jurisdictionCode(), assignment.category(), now,
                deadlines.accept().dueAt(), deadlines.resolve().dueAt());
        return new CaseChanged(created, List.of(opened), List.of(new CaseEvent(caseId + ":opened", event)));
    }

    /** 签收. Accepting again by the same handler is a repeat, not an error. */
    public CaseDecision accept(String handler, Instant at) {
        requireText(handler, "handler");
        if (state == CaseState.ACCEPTED && acceptance.by().equals(handler)) {
            return new CaseUnchanged(this);
        }
        if (state != CaseState.OPEN) {
            return reject(Reason.NOT_OPEN, "Case " + caseId + " is " + state + "; only an open case can be accepted.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.ACCEPTED, handler, null);
        Case accepted = next(CaseState.ACCEPTED, new Acceptance(handler, at), resolution, closure, entry);
        CaseAccepted event = new CaseAccepted(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                handler, at);
        return new CaseChanged(accepted, List.of(entry), List.of(new CaseEvent(caseId + ":accepted", event)));
    }

    /** 办结 with the answer (答复) to the citizen. Resolving again by the same handler with the same answer is a repeat. */
    public CaseDecision resolve(String handler, String answer, Instant at) {
        requireText(handler, "handler");
        requireText(answer, "answer");
        if (state == CaseState.RESOLVED && resolution.by().equals(handler) && resolution.answer().equals(answer)) {
            return new CaseUnchanged(this);
        }
        switch (state) {
            case OPEN:
                return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " must be accepted (签收) before it is resolved.");
            case RESOLVED:
                return reject(Reason.ALREADY_RESOLVED, "Case " + caseId + " was already resolved by " + resolution.by() + ".");
            case CLOSED:
                return reject(Reason.ALREADY_CLOSED, "Case " + caseId + " is closed.");
            case ACCEPTED:
            default:
                break;
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.RESOLVED, handler, null);
        Case resolved = next(CaseState.RESOLVED, acceptance, new Resolution(handler, answer, at), closure, entry);
        CaseResolved event = new CaseResolved(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                answer, handler, at);
        return new CaseChanged(resolved, List.of(entry), List.of(new CaseEvent(caseId + ":resolved", event)));
    }

    /** Closes a resolved case. Closing again with the same outcome is a repeat. */
    public CaseDecision close(String outcome, Instant at) {
        requireText(outcome, "outcome");
        if (state == CaseState.CLOSED) {
            return closure.outcome().equals(outcome) ? new CaseUnchanged(this)
                    : reject(Reason.ALREADY_CLOSED, "Case " + caseId + " was already closed as " + closure.outcome() + ".");
        }
        if (state != CaseState.RESOLVED) {
            return reject(Reason.NOT_RESOLVED, "Case " + caseId + " is " + state + "; only a resolved case can be closed.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.CLOSED, null, outcome);
        Case closed = next(CaseState.CLOSED, acceptance, resolution, new Closure(outcome, at), entry);
        CaseClosed event = new CaseClosed(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                outcome, at);
        return new CaseChanged(closed, List.of(entry), List.of(new CaseEvent(caseId + ":closed", event)));
    }

    /**
     * The notice the deadline watcher owes at {@code now} for one deadline, if any. A deadline whose
     * step is done owes nothing. Past due and not reported yet → overdue at level 1, even if the
     * approaching warning never went out (that late, a warning would only be noise). Inside the
     * warning window and not warned yet → approaching.
     */
    public Optional<DeadlineNotice> noticeOwedAt(DeadlineKind kind, Instant now) {
        if (!state.awaits(kind)) {
            return Optional.empty();
        }
        Deadline deadline = deadlines.of(kind);
        if (deadline.overdueNotifiedAt() != null) {
            return Optional.empty();
        }
        DeadlineStatus status = deadline.statusAt(now);
        if (status == DeadlineStatus.OVERDUE) {
            CaseOverdue event = new CaseOverdue(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                    assignment.jurisdictionCode(), kind, deadline.dueAt(), FIRST_OVERDUE_LEVEL, now);
            TimelineEntry entry = new TimelineEntry(now, TimelineEntry.Kind.OVERDUE, null,
                    kind + " was due " + deadline.dueAt() + " (level " + FIRST_OVERDUE_LEVEL + ")");
            return Optional.of(new DeadlineNotice(kind, status, FIRST_OVERDUE_LEVEL, now, entry,
                    new CaseEvent(caseId + ":" + kind + ":overdue:" + FIRST_OVERDUE_LEVEL, event)));
        }
        if (status == DeadlineStatus.APPROACHING && deadline.approachingNotifiedAt() == null) {
            CaseDeadlineApproaching event = new CaseDeadlineApproaching(caseId, grievance.grievanceId(),
                    grievance.trackingNo(), assignment.unitId(), assignment.jurisdictionCode(), kind, deadline.dueAt(), now);
            TimelineEntry entry = new TimelineEntry(now, TimelineEntry.Kind.DEADLINE_APPROACHING, null,
                    kind + " is due " + deadline.dueAt());
            return Optional.of(new DeadlineNotice(kind, status, 0, now, entry,
                    new CaseEvent(caseId + ":" + kind + ":approaching", event)));
        }
        return Optional.empty();
    }

    /** This case with a notice recorded, as the store holds it after {@link Cases#record}. */
    public Case withNotice(DeadlineNotice notice) {
        Deadline deadline = deadlines.of(notice.deadline());
        Deadline marked = notice.overdue() ? deadline.overdueNotified(notice.detectedAt())
                : deadline.approachingNotified(notice.detectedAt());
        return new Case(caseId, grievance, assignment, state, deadlines.with(marked), openedAt, acceptance, resolution,
                closure, append(notice.entry()), version);
    }

    /** How a deadline stands at {@code now}: running, approaching or overdue while its step is open; met or met late after. */
    public DeadlineProgress progressOf(DeadlineKind kind, Instant now) {
        Deadline deadline = deadlines.of(kind);
        if (state.awaits(kind)) {
            return switch (deadline.statusAt(now)) {
                case IN_TIME -> DeadlineProgress.RUNNING;
                case APPROACHING -> DeadlineProgress.APPROACHING;
                case OVERDUE -> DeadlineProgress.OVERDUE;
            };
        }
        Instant doneAt = kind == DeadlineKind.ACCEPT ? acceptance.at() : resolution.at();
        return doneAt.isAfter(deadline.dueAt()) ? DeadlineProgress.MET_LATE : DeadlineProgress.MET;
    }

    private Case next(CaseState newState, Acceptance newAcceptance, Resolution newResolution, Closure newClosure,
            TimelineEntry entry) {
        return new Case(caseId, grievance, assignment, newState, deadlines, openedAt, newAcceptance, newResolution,
                newClosure, append(entry), version + 1);
    }

    private List<TimelineEntry> append(TimelineEntry entry) {
        List<TimelineEntry> entries = new ArrayList<>(timeline);
        entries.add(entry);
        return entries;
    }

    private CaseActionRejected reject(Reason reason, String detail) {
        return new CaseActionRejected(reason, state, detail);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
