package org.suqiu.intake.hotline.model;

import java.time.Instant;
import java.util.Objects;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;

/**
 * 工单草稿: a grievance an operator of the 12345 hotline is writing down from a call. It is edited
 * until submitted; submitting hands it to intake as a {@link GrievanceInput} of the HOTLINE channel
 * whose external id is the call id, so a repeated submit takes nothing in twice. It belongs to the
 * hotline's city: only operators of that city see it.
 */
public record HotlineDraft(
        String draftId,
        String callId,
        String callerPhone,
        String city,
        String createdBy,
        CallNotes notes,
        State state,
        String grievanceId,
        String trackingNo,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Open for edits, or handed in. */
    public enum State {
        OPEN,
        SUBMITTED
    }

    public HotlineDraft {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(state, "state");
    }

    /** A new draft for a call, written by {@code operator}. */
    public static HotlineDraft open(String draftId, String callId, String callerPhone, String city, String operator,
            CallNotes notes, Instant now) {
        return new HotlineDraft(draftId, callId, callerPhone, city, operator, notes, State.OPEN, null, null, now, now, 0);
    }

    public boolean isSubmitted() {
        return state == State.SUBMITTED;
    }

    /** The draft with new notes; a submitted one cannot change any more. */
    public HotlineDraft edit(CallNotes changed, Instant now) {
        if (isSubmitted()) {
            throw new AlreadySubmittedException(draftId);
        }
        return new HotlineDraft(draftId, callId, callerPhone, city, createdBy, changed, state, null, null, createdAt, now,
                version);
    }

    /** What intake takes in: the call as a HOTLINE grievance of this city, the caller's number as contact. */
    public GrievanceInput toInput() {
        return new GrievanceInput(Channel.HOTLINE, callId, notes.text(), notes.location(), notes.address(),
                callerPhone == null ? null : new Contact(null, callerPhone, null), notes.category(), notes.urgency(), city,
                notes.relatedTrackingNo(), notes.callbackWanted());
    }

    /** As stored after a successful write. */
    public HotlineDraft withNextVersion() {
        return new HotlineDraft(draftId, callId, callerPhone, city, createdBy, notes, state, grievanceId, trackingNo,
                createdAt, updatedAt, version + 1);
    }

    /** Handed in as that grievance. */
    public HotlineDraft submitted(String grievance, String tracking, Instant now) {
        return new HotlineDraft(draftId, callId, callerPhone, city, createdBy, notes, State.SUBMITTED, grievance, tracking,
                createdAt, now, version);
    }

    /** The draft was submitted already: it can no longer be edited. */
    public static class AlreadySubmittedException extends RuntimeException {
        public AlreadySubmittedException(String draftId) {
            super("draft " + draftId + " was submitted already");
        }
    }

    @Override
    public String toString() {
        return "HotlineDraft[" + draftId + ", " + callId + ", " + state + "]";
    }
}
