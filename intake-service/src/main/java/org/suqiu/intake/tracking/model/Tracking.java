package org.suqiu.intake.tracking.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.suqiu.contracts.intake.Channel;

/**
 * 进度查询: a grievance's progress as the citizen may see it — status, unit, answer, deadline and
 * history, without any personal data — plus the jurisdiction it was routed to (staff scope). Events arrive at least once and in any order: the status only
 * moves forward by rank, facts fill in, and each applied event id is remembered.
 */
public record Tracking(
        String grievanceId,
        String trackingNo,
        Channel channel,
        Instant receivedAt,
        TrackingStatus status,
        Instant updatedAt,
        AssignedUnit unit,
        String answer,
        Instant expectedBy,
        List<StatusChange> history,
        List<String> appliedEventIds,
        long version,
        String jurisdictionCode) {

    /**
     * How many event ids a grievance remembers. Older ids can go: by then the forward-only status
     * and fill-in facts already make a repeat of such an old event change nothing.
     */
    public static final int REMEMBERED_EVENTS = 100;

    public Tracking {
        Objects.requireNonNull(grievanceId, "grievanceId");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        appliedEventIds = List.copyOf(appliedEventIds);
    }

    /** A tracking not (yet) routed to a jurisdiction. */
    public Tracking(String grievanceId, String trackingNo, Channel channel, Instant receivedAt, TrackingStatus status,
            Instant updatedAt, AssignedUnit unit, String answer, Instant expectedBy, List<StatusChange> history,
            List<String> appliedEventIds, long version) {
        this(grievanceId, trackingNo, channel, receivedAt, status, updatedAt, unit, answer, expectedBy, history,
                appliedEventIds, version, null);
    }

    /** A grievance just taken in: 已受理. */
    public static Tracking received(String grievanceId, String trackingNo, Channel channel, Instant receivedAt) {
        return new Tracking(grievanceId, trackingNo, channel, receivedAt, TrackingStatus.RECEIVED, receivedAt,
                null, null, null, List.of(new StatusChange(TrackingStatus.RECEIVED, receivedAt)), List.of(), 0);
    }

    /** What applying an update did. */
    public enum Outcome {
        /** The status moved forward (and the facts with it). */
        ADVANCED,
        /** The status stayed (an old or same-rank event); facts may have filled in, the event is remembered. */
        RECORDED,
        /** This event was applied before: nothing changes. */
        DUPLICATE
    }

    /** The tracking after an update, and what the update did. */
    public record Applied(Tracking tracking, Outcome outcome) {
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /**
     * Applies one event. Rule {@code statusOnlyMovesForward}: a status of higher rank is reached and
     * recorded in the history; anything else leaves the status alone. Rule {@code factsFillIn}: the
     * unit, answer and deadline an event carries are taken when its status is reached or when none is
     * known yet, so a late event still tells what it knows without overriding newer facts.
     */
    public Applied apply(TrackingUpdate update) {
        if (hasApplied(update.eventId())) {
            return new Applied(this, Outcome.DUPLICATE);
        }
        // 重办 is the one step back: an answered case handled again (a late reopening of an older round is old news)
        boolean reopens = update.reopens() && status == TrackingStatus.RESOLVED;
        boolean advances = reopens || update.status() != null && update.status().isAfter(status);
        TrackingStatus nextStatus = advances ? update.status() : status;
        List<StatusChange> nextHistory = history;
        if (advances) {
            nextHistory = new ArrayList<>(history);
            nextHistory.add(new StatusChange(update.status(), update.at()));
        }
        AssignedUnit nextUnit = take(update.unit(), unit, advances);
        String nextAnswer = reopens ? null : take(update.answer(), answer, advances);
        Instant nextExpectedBy = take(update.expectedBy(), expectedBy, advances);
        String nextJurisdiction = take(update.jurisdictionCode(), jurisdictionCode, advances);
        boolean factsChanged = !Objects.equals(nextUnit, unit) || !Objects.equals(nextAnswer, answer)
                || !Objects.equals(nextExpectedBy, expectedBy);
        Instant nextUpdatedAt = advances || factsChanged ? later(updatedAt, update.at()) : updatedAt;
        Tracking next = new Tracking(grievanceId, trackingNo, channel, receivedAt, nextStatus, nextUpdatedAt,
                nextUnit, nextAnswer, nextExpectedBy, nextHistory, remember(update.eventId()), version, nextJurisdiction);
        return new Applied(next, advances ? Outcome.ADVANCED : Outcome.RECORDED);
    }

    private static <T> T take(T offered, T known, boolean advances) {
        if (offered == null) {
            return known;
        }
        return advances || known == null ? offered : known;
    }

    private List<String> remember(String eventId) {
        List<String> ids = new ArrayList<>(appliedEventIds);
        ids.add(eventId);
        return ids.size() > REMEMBERED_EVENTS ? ids.subList(ids.size() - REMEMBERED_EVENTS, ids.size()) : ids;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b.isAfter(a) ? b : a;
    }

    @Override
    public String toString() {
        return "Tracking[" + grievanceId + ", " + trackingNo + ", " + status + ", v" + version + "]";
    }
}
