package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseCalledBack;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseEscalated;
import org.suqiu.contracts.mediation.CaseExtensionDecided;
import org.suqiu.contracts.mediation.CaseExtensionRequested;
import org.suqiu.contracts.mediation.CaseInProgress;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.CaseReassigned;
import org.suqiu.contracts.mediation.CaseReopened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.mediation.CaseResumed;
import org.suqiu.contracts.mediation.CaseReturned;
import org.suqiu.contracts.mediation.CaseSupervised;
import org.suqiu.contracts.mediation.CaseSuspended;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.contracts.mediation.ExtensionDecision;
import org.suqiu.contracts.mediation.MediationConcluded;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;
import org.suqiu.contracts.mediation.MediationSessionHeld;
import org.suqiu.contracts.mediation.MediationStarted;
import org.suqiu.mediation.cases.model.CaseActionRejected.Reason;
import org.suqiu.mediation.clock.model.Span;

/**
 * 案件: one grievance's handling by the unit it is assigned to (首办责任制), from 派单 through 签收,
 * 办理, 调解, 办结 and 回访 to closing, with 退单, 中止/恢复, 延期, 督办 and one 重办 on the way, against
 * its clocks. One case per grievance: a re-routed case (after 退单) moves to the new unit with its
 * history. Immutable: every action answers a {@link CaseDecision}; refusals are values.
 */
public record Case(
        String caseId,
        Grievance grievance,
        Assignment assignment,
        CaseState state,
        Deadlines deadlines,
        Instant openedAt,
        Acceptance acceptance,
        Progress progress,
        Resolution resolution,
        List<CallBack> callBacks,
        Closure closure,
        int round,
        Suspension suspension,
        Extension extension,
        List<Supervision> supervisions,
        Mediation mediation,
        List<Return> returns,
        List<TimelineEntry> timeline,
        long version) {

    /** How many times 不满意 reopens a case (重办) before it goes to a supervisor. */
    public static final int MAX_REOPENINGS = 1;

    public Case {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(grievance, "grievance");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(openedAt, "openedAt");
        callBacks = callBacks == null ? List.of() : List.copyOf(callBacks);
        supervisions = supervisions == null ? List.of() : List.copyOf(supervisions);
        returns = returns == null ? List.of() : List.copyOf(returns);
        timeline = List.copyOf(timeline);
    }

    /** One case per grievance: its id follows from the grievance's. */
    public static String idFor(String grievanceId) {
        return "C-" + grievanceId;
    }

    /** Opens a case; its clocks start at the dispatch (派单), or now if the assignment claims a later time. */
    public static CaseChanged open(Grievance grievance, Assignment assignment, ClockPolicy policy, Instant now) {
        Instant start = assignment.assignedAt().isAfter(now) ? now : assignment.assignedAt();
        Deadlines deadlines = policy.open(assignment, start);
        String caseId = idFor(grievance.grievanceId());
        TimelineEntry opened = new TimelineEntry(now, TimelineEntry.Kind.OPENED, null,
                "assigned to " + assignment.unitId() + (assignment.attempt() > 1 ? " (attempt " + assignment.attempt() + ")" : ""));
        Case created = new Case(caseId, grievance, assignment, CaseState.OPEN, deadlines, now, null, null, null, List.of(),
                null, 0, null, null, List.of(), null, List.of(), List.of(opened), 1);
        CaseOpened event = new CaseOpened(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                assignment.unitName(), assignment.jurisdictionCode(), assignment.category(), now,
                deadlines.of(DeadlineKind.ACCEPT).dueAt(), deadlines.of(DeadlineKind.RESOLVE).dueAt());
        return new CaseChanged(null, created, List.of(opened), List.of(new CaseEvent(created.eventId("opened"), event)));
    }

    /** The id of the event of a step in this case's current attempt and round: {@code <caseId>[:a2][:r1]:<step>}. */
    public String eventId(String step) {
        return caseId + (assignment.attempt() > 1 ? ":a" + assignment.attempt() : "") + (round > 0 ? ":r" + round : "")
                + ":" + step;
    }

    // ------------------------------------------------------------------ assignment

    /**
     * 改派: routing assigned the returned case to another unit (a later attempt). The new unit gets
     * fresh clocks; the history, returns included, stays; the previous unit no longer reaches it.
     * An attempt not later than the current one is a redelivery.
     */
    public CaseDecision reassign(Assignment next, ClockPolicy policy, Instant now) {
        if (next.attempt() <= assignment.attempt()) {
            return new CaseUnchanged(this);
        }
        if (state != CaseState.RETURNED && state != CaseState.OPEN) {
            return reject(Reason.NOT_OPEN, "Case " + caseId + " is " + state + "; only a returned or open case can be re-assigned.");
        }
        Instant start = next.assignedAt().isAfter(now) ? now : next.assignedAt();
        Deadlines fresh = policy.open(next, start);
        TimelineEntry entry = new TimelineEntry(now, TimelineEntry.Kind.REASSIGNED, null,
                "re-assigned from " + assignment.unitId() + " to " + next.unitId() + " (attempt " + next.attempt() + ")");
        Case moved = new Case(caseId, grievance, next, CaseState.OPEN, fresh, openedAt, null, null, null, callBacks, null,
                round, null, null, supervisions, mediation, returns, append(entry), version + 1);
        CaseReassigned event = new CaseReassigned(caseId, grievance.grievanceId(), grievance.trackingNo(), next.unitId(),
                assignment.unitId(), next.unitName(), next.jurisdictionCode(), next.attempt(), now,
                fresh.of(DeadlineKind.ACCEPT).dueAt(), fresh.of(DeadlineKind.RESOLVE).dueAt());
        return changed(moved, entry, moved.eventId("reassigned"), event);
    }

    /** 签收. Accepting again by the same handler is a repeat. */
    public CaseDecision accept(String handler, Instant at) {
        requireText(handler, "handler");
        if (acceptance != null && acceptance.by().equals(handler) && state == CaseState.ACCEPTED) {
            return new CaseUnchanged(this);
        }
        if (state != CaseState.OPEN) {
            return reject(Reason.NOT_OPEN, "Case " + caseId + " is " + state + "; only an open case can be accepted.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.ACCEPTED, handler, null);
        Case accepted = copy().state(CaseState.ACCEPTED).acceptance(new Acceptance(handler, at))
                .deadlines(deadlines.done(DeadlineKind.ACCEPT, at)).build(entry);
        return changed(accepted, entry, eventId("accepted"), new CaseAccepted(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), handler, at));
    }

    /** 退单 with a reason, before 签收 and, if the profile says so, within its window. Returning again is a repeat. */
    public CaseDecision giveBack(String handler, String reason, ClockPolicy policy, Instant at) {
        requireText(handler, "handler");
        requireText(reason, "reason");
        if (state == CaseState.RETURNED) {
            Return last = returns.get(returns.size() - 1);
            return last.reason().equals(reason) ? new CaseUnchanged(this)
                    : reject(Reason.NOT_OPEN, "Case " + caseId + " was already returned.");
        }
        if (state != CaseState.OPEN) {
            return reject(Reason.NOT_OPEN, "Case " + caseId + " is " + state + "; only a case not yet accepted can be returned.");
        }
        Optional<Instant> window = policy.profile().returnDeadline(deadlines.of(DeadlineKind.ACCEPT).startedAt(), policy.calendar());
        if (window.isPresent() && at.isAfter(window.get())) {
            return reject(Reason.RETURN_WINDOW_CLOSED, "Case " + caseId + " could be returned until " + window.get() + ".");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.RETURNED, handler, reason);
        List<Return> all = new ArrayList<>(returns);
        all.add(new Return(assignment.unitId(), assignment.attempt(), reason, handler, at));
        Deadlines stopped = deadlines;
        for (Deadline d : deadlines.all()) {
            stopped = stopped.done(d.kind(), at);
        }
        Case returned = copy().state(CaseState.RETURNED).returns(all).deadlines(stopped).build(entry);
        return changed(returned, entry, eventId("returned"), new CaseReturned(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), reason, handler, at));
    }

    // ------------------------------------------------------------------ handling

    /** 开始办理 / 首次联系: the unit started work; stops the first-contact clock. Repeats are repeats. */
    public CaseDecision start(String handler, String note, Instant at) {
        requireText(handler, "handler");
        if (progress != null && state != CaseState.ACCEPTED) {
            return state.isWorking() || state == CaseState.SUSPENDED ? new CaseUnchanged(this)
                    : reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is " + state + ".");
        }
        if (state != CaseState.ACCEPTED) {
            return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is " + state + "; accept (签收) it first.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.IN_PROGRESS, handler, note);
        Case started = copy().state(CaseState.IN_PROGRESS).progress(new Progress(handler, note, at))
                .deadlines(deadlines.done(DeadlineKind.FIRST_CONTACT, at)).build(entry);
        return changed(started, entry, eventId("in-progress"), new CaseInProgress(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), handler, note, at));
    }

    /** 中止 with a reason: the clocks stop until {@link #resume}. */
    public CaseDecision suspend(String by, String reason, Instant at) {
        requireText(reason, "reason");
        if (state == CaseState.SUSPENDED) {
            return suspension.reason().equals(reason) ? new CaseUnchanged(this)
                    : reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is already suspended.");
        }
        if (!state.isWorking()) {
            return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is " + state + "; only a case being handled can be suspended.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.SUSPENDED, by, reason);
        Case paused = copy().state(CaseState.SUSPENDED).suspension(new Suspension(reason, by, at, state)).build(entry);
        return changed(paused, entry, eventId("suspended:" + (suspensionsSoFar() + 1)), new CaseSuspended(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), reason, by, at));
    }

    /** 恢复: the unit's running clocks move on by the time the case was suspended. */
    public CaseDecision resume(String by, Instant at) {
        if (state != CaseState.SUSPENDED) {
            return reject(Reason.NOT_SUSPENDED, "Case " + caseId + " is " + state + ", not suspended.");
        }
        Duration pause = Duration.between(suspension.since(), at);
        Deadlines moved = deadlines;
        for (Deadline d : deadlines.all()) {
            if (d.isRunning() && d.kind() != DeadlineKind.JUDICIAL_CONFIRMATION && !pause.isNegative()) {
                moved = moved.with(d.shiftedBy(pause));
            }
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.RESUMED, by, "paused " + pause);
        Case resumed = copy().state(suspension.resumeTo()).suspension(null).deadlines(moved).build(entry);
        Instant resolveDue = moved.find(DeadlineKind.RESOLVE).map(Deadline::dueAt).orElse(null);
        return changed(resumed, entry, eventId("resumed:" + suspensionsSoFar()), new CaseResumed(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), by, at, resolveDue));
    }

    /** 延期申请: one per profile, for at most the profile's maximum, while the case is handled or suspended. */
    public CaseDecision requestExtension(String by, String reason, int days, ClockPolicy policy, Instant at) {
        requireText(reason, "reason");
        if (!state.isWorking() && state != CaseState.SUSPENDED) {
            return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is " + state + "; only a case being handled can be extended.");
        }
        Optional<Span> max = policy.maxExtension();
        if (extension != null && extension.pending() && extension.reason().equals(reason) && extension.days() == days) {
            return new CaseUnchanged(this);
        }
        if (max.isEmpty() || policy.profile().maxExtensions() < 1 || extension != null) {
            return reject(Reason.EXTENSION_NOT_ALLOWED, "Case " + caseId + ": the profile " + policy.profile().name()
                    + " allows " + policy.profile().maxExtensions() + " extension(s), already used or pending.");
        }
        if (days < 1 || days > max.get().amount()) {
            return reject(Reason.EXTENSION_NOT_ALLOWED, "An extension is 1 to " + max.get().amount() + " "
                    + max.get().unit() + " under the profile " + policy.profile().name() + ".");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.EXTENSION_REQUESTED, by, days + " " + max.get().unit() + ": " + reason);
        Case asked = copy().extension(new Extension(reason, days, by, at, null, null, null, null, null)).build(entry);
        return changed(asked, entry, eventId("extension-requested"), new CaseExtensionRequested(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), reason, days, by, at));
    }

    /** 延期审批 by a supervisor: approving moves the 办结 deadline by the days granted (at most those asked). */
    public CaseDecision decideExtension(String supervisor, boolean approve, Integer days, String note, ClockPolicy policy,
            Instant at) {
        if (extension == null || !extension.pending()) {
            if (extension != null && (extension.decision() == ExtensionDecision.APPROVED) == approve) {
                return new CaseUnchanged(this);
            }
            return reject(Reason.NO_PENDING_EXTENSION, "Case " + caseId + " has no pending extension request.");
        }
        int granted = days == null ? extension.days() : days;
        if (approve && (granted < 1 || granted > extension.days())) {
            return reject(Reason.EXTENSION_NOT_ALLOWED, "Grant 1 to " + extension.days() + " (the days asked for).");
        }
        Deadlines moved = deadlines;
        Optional<Deadline> resolveClock = deadlines.find(DeadlineKind.RESOLVE);
        if (approve && resolveClock.isPresent()) {
            moved = moved.with(resolveClock.get().extendedTo(policy.extend(resolveClock.get().dueAt(), granted)));
        }
        ExtensionDecision decision = approve ? ExtensionDecision.APPROVED : ExtensionDecision.DENIED;
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.EXTENSION_DECIDED, supervisor,
                decision + (approve ? " " + granted : "") + (note == null ? "" : ": " + note));
        Case decided = copy().extension(extension.decided(decision, approve ? granted : null, note, supervisor, at))
                .deadlines(moved).build(entry);
        Instant due = moved.find(DeadlineKind.RESOLVE).map(Deadline::dueAt).orElse(at);
        return changed(decided, entry, eventId("extension-decided"), new CaseExtensionDecided(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), decision, approve ? granted : null,
                note, supervisor, due, at));
    }

    /** 督办 by a supervisor with instructions; any case not closed. */
    public CaseDecision supervise(String supervisor, String instructions, Instant at) {
        requireText(instructions, "instructions");
        if (state == CaseState.CLOSED) {
            return reject(Reason.ALREADY_CLOSED, "Case " + caseId + " is closed.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.SUPERVISED, supervisor, instructions);
        List<Supervision> all = new ArrayList<>(supervisions);
        all.add(new Supervision(instructions, supervisor, at));
        Case supervised = copy().supervisions(all).build(entry);
        return changed(supervised, entry, caseId + ":supervised:" + all.size(), new CaseSupervised(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), assignment.jurisdictionCode(),
                instructions, supervisor, at));
    }

    // ------------------------------------------------------------------ mediation

    /** 大调解 begins: one mediation per case, from an accepted case, with its own clock (30 days by default). */
    public CaseDecision startMediation(String by, MediationKind kind, String mediator, List<String> parties,
            ClockPolicy policy, Instant at) {
        Objects.requireNonNull(kind, "kind");
        requireText(mediator, "mediator");
        if (mediation != null) {
            return mediation.kind() == kind && mediation.mediator().equals(mediator) && !mediation.concluded()
                    ? new CaseUnchanged(this)
                    : reject(Reason.MEDIATION_CONFLICT, "Case " + caseId + " already had its mediation.");
        }
        if (state != CaseState.ACCEPTED && state != CaseState.IN_PROGRESS) {
            return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is " + state + "; mediation starts from an accepted case.");
        }
        Deadline clock = policy.start(DeadlineKind.MEDIATION, assignment, at)
                .orElseGet(() -> Deadline.running(DeadlineKind.MEDIATION, at, policy.calendar().add(at, Span.parse("30d"))));
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.MEDIATION_STARTED, by, kind + " by " + mediator);
        Mediation started = new Mediation(kind, mediator, parties, at, by, List.of(), null, null, null, null, null);
        Case inMediation = copy().state(CaseState.IN_MEDIATION).mediation(started).deadlines(deadlines.with(clock)).build(entry);
        return changed(inMediation, entry, eventId("mediation-started"), new MediationStarted(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), kind, mediator, parties.size(),
                clock.dueAt(), at));
    }

    /** A mediation session (调解会): when, where, who came, what was agreed. */
    public CaseDecision recordSession(String by, Instant heldAt, String place, List<String> attendees, String agreed,
            Instant at) {
        Objects.requireNonNull(heldAt, "heldAt");
        if (state != CaseState.IN_MEDIATION) {
            return reject(Reason.MEDIATION_CONFLICT, "Case " + caseId + " is " + state + ", not in mediation.");
        }
        int number = mediation.sessions().size() + 1;
        Mediation.Session session = new Mediation.Session(number, heldAt, place, attendees, agreed, by);
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.MEDIATION_SESSION, by,
                "session " + number + " held " + heldAt + (place == null ? "" : " at " + place));
        Case recorded = copy().mediation(mediation.withSession(session)).build(entry);
        return changed(recorded, entry, eventId("mediation-session:" + number), new MediationSessionHeld(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), number, place, attendees.size(), heldAt));
    }

    /**
     * 调解结束: agreement (terms, signed when: starts the 30-day 司法确认 window), partial, or failed with
     * the next step. The case goes back to the unit's handling, to be resolved with the answer.
     */
    public CaseDecision concludeMediation(String by, MediationOutcome outcome, String terms, Instant signedAt,
            String nextStep, ClockPolicy policy, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        if (state != CaseState.IN_MEDIATION) {
            return mediation != null && mediation.concluded() && mediation.outcome() == outcome ? new CaseUnchanged(this)
                    : reject(Reason.MEDIATION_CONFLICT, "Case " + caseId + " is " + state + ", not in mediation.");
        }
        if (outcome == MediationOutcome.AGREEMENT && (terms == null || terms.isBlank() || signedAt == null)) {
            throw new IllegalArgumentException("an agreement needs its terms and when it was signed");
        }
        Deadlines after = deadlines.done(DeadlineKind.MEDIATION, at);
        Instant confirmationDue = null;
        if (outcome == MediationOutcome.AGREEMENT) {
            confirmationDue = policy.confirmationDue(signedAt);
            after = after.with(Deadline.running(DeadlineKind.JUDICIAL_CONFIRMATION, signedAt, confirmationDue));
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.MEDIATION_CONCLUDED, by,
                outcome + (nextStep == null ? "" : ", next: " + nextStep));
        Case concluded = copy().state(CaseState.IN_PROGRESS)
                .progress(progress == null ? new Progress(by, "mediation", mediation.startedAt()) : progress)
                .mediation(mediation.concluded(outcome, terms, signedAt, nextStep, at)).deadlines(after).build(entry);
        return changed(concluded, entry, eventId("mediation-concluded"), new MediationConcluded(caseId,
                grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(), mediation.kind(), outcome, nextStep,
                signedAt, confirmationDue, at));
    }

    // ------------------------------------------------------------------ answer, call-back, closing

    /** 办结 with the answer (答复). Resolving again by the same handler with the same answer is a repeat. */
    public CaseDecision resolve(String handler, String answer, Instant at) {
        requireText(handler, "handler");
        requireText(answer, "answer");
        if (state == CaseState.RESOLVED && resolution.by().equals(handler) && resolution.answer().equals(answer)) {
            return new CaseUnchanged(this);
        }
        switch (state) {
            case OPEN, RETURNED:
                return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " must be accepted (签收) before it is resolved.");
            case IN_MEDIATION:
                return reject(Reason.MEDIATION_CONFLICT, "Case " + caseId + " is in mediation; conclude it first.");
            case SUSPENDED:
                return reject(Reason.NOT_ACCEPTED, "Case " + caseId + " is suspended; resume it first.");
            case RESOLVED, CALLED_BACK, ESCALATED:
                return reject(Reason.ALREADY_RESOLVED, "Case " + caseId + " was already resolved by " + resolution.by() + ".");
            case CLOSED:
                return reject(Reason.ALREADY_CLOSED, "Case " + caseId + " is closed.");
            default:
                break;
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.RESOLVED, handler, null);
        Case resolved = copy().state(CaseState.RESOLVED).resolution(new Resolution(handler, answer, at))
                .deadlines(deadlines.done(DeadlineKind.RESOLVE, at).done(DeadlineKind.FIRST_CONTACT, at)).build(entry);
        return changed(resolved, entry, eventId("resolved"), new CaseResolved(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), answer, handler, at));
    }

    /**
     * 回访: the citizen's rating of the answer. Satisfied or basically satisfied → awaits closing; not
     * satisfied → 重办 once (a new 办结 clock), and the next time to a supervisor.
     */
    public CaseDecision callBack(String by, CallBackRating rating, String comment, ClockPolicy policy, Instant at) {
        Objects.requireNonNull(rating, "rating");
        Optional<CallBack> thisRound = callBacks.stream().filter(c -> c.round() == round).findFirst();
        if (thisRound.isPresent()) {
            return thisRound.get().rating() == rating ? new CaseUnchanged(this)
                    : reject(Reason.NOT_RESOLVED, "Case " + caseId + " was already called back this round.");
        }
        if (state != CaseState.RESOLVED) {
            return reject(Reason.NOT_RESOLVED, "Case " + caseId + " is " + state + "; only a resolved case is called back.");
        }
        List<CallBack> all = new ArrayList<>(callBacks);
        all.add(new CallBack(round, rating, comment, by, at));
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.CALLED_BACK, by, rating.name());
        CaseEvent calledBack = new CaseEvent(eventId("called-back"), new CaseCalledBack(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), rating, comment, by, at));
        if (rating != CallBackRating.DISSATISFIED) {
            Case rated = copy().state(CaseState.CALLED_BACK).callBacks(all).build(entry);
            return new CaseChanged(this, rated, List.of(entry), List.of(calledBack));
        }
        String reason = comment == null || comment.isBlank() ? "不满意" : comment;
        if (round < MAX_REOPENINGS) {
            int nextRound = round + 1;
            Deadline clock = policy.start(DeadlineKind.RESOLVE, assignment, at).orElseThrow();
            TimelineEntry reopened = new TimelineEntry(at, TimelineEntry.Kind.REOPENED, by, "重办 round " + nextRound);
            Case again = copy().state(CaseState.IN_PROGRESS).callBacks(all).round(nextRound).resolution(null)
                    .deadlines(deadlines.with(clock)).build(entry, reopened);
            CaseEvent event = new CaseEvent(again.eventId("reopened"), new CaseReopened(caseId, grievance.grievanceId(),
                    grievance.trackingNo(), assignment.unitId(), nextRound, reason, clock.dueAt(), at));
            return new CaseChanged(this, again, List.of(entry, reopened), List.of(calledBack, event));
        }
        TimelineEntry escalated = new TimelineEntry(at, TimelineEntry.Kind.ESCALATED, by, reason);
        Case up = copy().state(CaseState.ESCALATED).callBacks(all).build(entry, escalated);
        CaseEvent event = new CaseEvent(eventId("escalated"), new CaseEscalated(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), assignment.jurisdictionCode(), reason, at));
        return new CaseChanged(this, up, List.of(entry, escalated), List.of(calledBack, event));
    }

    /**
     * Closes a case: after the call-back (or a resolved case that could not be called back) by its
     * unit head, or an escalated one by a supervisor ({@code escalatedOnly}). Same outcome again = repeat.
     */
    public CaseDecision close(String outcome, boolean escalatedOnly, Instant at) {
        requireText(outcome, "outcome");
        if (state == CaseState.CLOSED) {
            return closure.outcome().equals(outcome) ? new CaseUnchanged(this)
                    : reject(Reason.ALREADY_CLOSED, "Case " + caseId + " was already closed as " + closure.outcome() + ".");
        }
        if (escalatedOnly && state != CaseState.ESCALATED) {
            return reject(Reason.NOT_ESCALATED, "Case " + caseId + " is " + state + "; supervisors close escalated cases.");
        }
        if (!escalatedOnly && state != CaseState.RESOLVED && state != CaseState.CALLED_BACK) {
            return reject(Reason.NOT_RESOLVED, "Case " + caseId + " is " + state + "; only a resolved case can be closed.");
        }
        TimelineEntry entry = new TimelineEntry(at, TimelineEntry.Kind.CLOSED, null, outcome);
        Deadlines stopped = deadlines;
        for (Deadline d : deadlines.all()) {
            if (d.kind() != DeadlineKind.JUDICIAL_CONFIRMATION) {
                stopped = stopped.done(d.kind(), at);
            }
        }
        Case closed = copy().state(CaseState.CLOSED).closure(new Closure(outcome, at)).deadlines(stopped).build(entry);
        return changed(closed, entry, eventId("closed"), new CaseClosed(caseId, grievance.grievanceId(),
                grievance.trackingNo(), assignment.unitId(), outcome, at));
    }

    // ------------------------------------------------------------------ clocks

    /**
     * The notice the watcher owes at {@code now} for one clock, if any: nothing while the clock is
     * stopped or the case suspended; overdue at the highest level reached and not yet reported
     * (levels jumped over are folded into it); else the approaching warning once inside the last
     * quarter. The judicial-confirmation window only ever reports level 1 (it closed).
     */
    public Optional<DeadlineNotice> noticeOwedAt(DeadlineKind kind, Instant now, List<Duration> steps) {
        Optional<Deadline> found = deadlines.find(kind);
        if (found.isEmpty() || !found.get().isRunning() || state == CaseState.SUSPENDED) {
            return Optional.empty();
        }
        Deadline deadline = found.get();
        List<Duration> ladder = kind == DeadlineKind.JUDICIAL_CONFIRMATION ? List.of() : steps;
        int level = deadline.overdueLevelAt(now, ladder);
        String prefix = eventId(kind.name() + (deadline.generation() > 1 ? ":g" + deadline.generation() : ""));
        if (level > deadline.overdueLevel()) {
            CaseOverdue event = new CaseOverdue(caseId, grievance.grievanceId(), grievance.trackingNo(), assignment.unitId(),
                    assignment.jurisdictionCode(), kind, deadline.dueAt(), level, now);
            TimelineEntry entry = new TimelineEntry(now, TimelineEntry.Kind.OVERDUE, null,
                    kind + " was due " + deadline.dueAt() + " (level " + level + ")");
            return Optional.of(new DeadlineNotice(kind, DeadlineStatus.OVERDUE, level, deadline.generation(), deadline.dueAt(),
                    now, entry, new CaseEvent(prefix + ":overdue:" + level, event)));
        }
        if (level == 0 && deadline.statusAt(now) == DeadlineStatus.APPROACHING && deadline.approachingNotifiedAt() == null
                && deadline.overdueLevel() == 0) {
            CaseDeadlineApproaching event = new CaseDeadlineApproaching(caseId, grievance.grievanceId(),
                    grievance.trackingNo(), assignment.unitId(), assignment.jurisdictionCode(), kind, deadline.dueAt(), now);
            TimelineEntry entry = new TimelineEntry(now, TimelineEntry.Kind.DEADLINE_APPROACHING, null,
                    kind + " is due " + deadline.dueAt());
            return Optional.of(new DeadlineNotice(kind, DeadlineStatus.APPROACHING, 0, deadline.generation(),
                    deadline.dueAt(), now, entry, new CaseEvent(prefix + ":approaching", event)));
        }
        return Optional.empty();
    }

    /** Every notice owed at {@code now}, one per clock at most. */
    public List<DeadlineNotice> noticesOwedAt(Instant now, List<Duration> steps) {
        List<DeadlineNotice> owed = new ArrayList<>();
        for (Deadline d : deadlines.all()) {
            noticeOwedAt(d.kind(), now, steps).ifPresent(owed::add);
        }
        return owed;
    }

    /** This case with a notice recorded, as the store holds it after {@link Cases#record}. */
    public Case withNotice(DeadlineNotice notice) {
        Deadline deadline = deadlines.of(notice.deadline());
        Deadline marked = notice.overdue() ? deadline.overdueNotified(notice.level()) : deadline.approachingNotified(notice.detectedAt());
        return copy().deadlines(deadlines.with(marked)).keepVersion().build(notice.entry());
    }

    /** How a clock stands at {@code now}: running, approaching or overdue while it runs; met or met late once stopped. */
    public DeadlineProgress progressOf(DeadlineKind kind, Instant now) {
        Deadline deadline = deadlines.of(kind);
        if (deadline.isRunning()) {
            return switch (deadline.statusAt(now)) {
                case IN_TIME -> DeadlineProgress.RUNNING;
                case APPROACHING -> DeadlineProgress.APPROACHING;
                case OVERDUE -> DeadlineProgress.OVERDUE;
            };
        }
        return deadline.doneAt().isAfter(deadline.dueAt()) ? DeadlineProgress.MET_LATE : DeadlineProgress.MET;
    }

    // ------------------------------------------------------------------ helpers

    private int suspensionsSoFar() {
        return (int) timeline.stream().filter(t -> t.kind() == TimelineEntry.Kind.SUSPENDED).count();
    }

    private CaseChanged changed(Case after, TimelineEntry entry, String eventId, Event event) {
        return new CaseChanged(this, after, List.of(entry), List.of(new CaseEvent(eventId, event)));
    }

    private List<TimelineEntry> append(TimelineEntry... entries) {
        List<TimelineEntry> all = new ArrayList<>(timeline);
        all.addAll(List.of(entries));
        return all;
    }

    private CaseActionRejected reject(Reason reason, String detail) {
        return new CaseActionRejected(reason, state, detail);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private Draft copy() {
        return new Draft(this);
    }

    /** A mutable copy for one transition; {@link #build} makes the next version. */
    private static final class Draft {
        private final Case from;
        private CaseState state;
        private Deadlines deadlines;
        private Acceptance acceptance;
        private Progress progress;
        private Resolution resolution;
        private List<CallBack> callBacks;
        private Closure closure;
        private int round;
        private Suspension suspension;
        private Extension extension;
        private List<Supervision> supervisions;
        private Mediation mediation;
        private List<Return> returns;
        private long version;

        Draft(Case c) {
            from = c;
            state = c.state;
            deadlines = c.deadlines;
            acceptance = c.acceptance;
            progress = c.progress;
            resolution = c.resolution;
            callBacks = c.callBacks;
            closure = c.closure;
            round = c.round;
            suspension = c.suspension;
            extension = c.extension;
            supervisions = c.supervisions;
            mediation = c.mediation;
            returns = c.returns;
            version = c.version + 1;
        }

        Draft state(CaseState s) { state = s; return this; }
        Draft deadlines(Deadlines d) { deadlines = d; return this; }
        Draft acceptance(Acceptance a) { acceptance = a; return this; }
        Draft progress(Progress p) { progress = p; return this; }
        Draft resolution(Resolution r) { resolution = r; return this; }
        Draft callBacks(List<CallBack> c) { callBacks = c; return this; }
        Draft closure(Closure c) { closure = c; return this; }
        Draft round(int r) { round = r; return this; }
        Draft suspension(Suspension s) { suspension = s; return this; }
        Draft extension(Extension e) { extension = e; return this; }
        Draft supervisions(List<Supervision> s) { supervisions = s; return this; }
        Draft mediation(Mediation m) { mediation = m; return this; }
        Draft returns(List<Return> r) { returns = r; return this; }
        Draft keepVersion() { version = from.version; return this; }

        Case build(TimelineEntry... entries) {
            return new Case(from.caseId, from.grievance, from.assignment, state, deadlines, from.openedAt, acceptance,
                    progress, resolution, callBacks, closure, round, suspension, extension, supervisions, mediation,
                    returns, from.append(entries), version);
        }
    }
}
