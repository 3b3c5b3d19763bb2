package org.suqiu.intake.submission.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Contact;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.Tracking;

/**
 * The one document per grievance in {@code submissions}: the input, the outbox state
 * ({@code relay}) and the citizen-facing tracking, so that every invariant lives in one document
 * (the store has no transactions). Field names and mapping live here and nowhere else.
 */
public final class SubmissionDocument {

    public static final String COLLECTION = "submissions";

    public static final String ID = "_id";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String TRACKING_NO = "trackingNo";
    public static final String CHANNEL = "channel";
    public static final String EXTERNAL_ID = "externalId";
    public static final String TEXT = "text";
    public static final String LOCATION = "location";
    public static final String ADDRESS = "address";
    public static final String CONTACT = "contact";
    public static final String CATEGORY_HINT = "categoryHint";
    public static final String RECEIVED_AT = "receivedAt";

    public static final String RELAY = "relay";
    public static final String RELAY_STATE = "relay.state";
    public static final String RELAY_ATTEMPTS = "relay.attempts";
    public static final String RELAY_NEXT_ATTEMPT_AT = "relay.nextAttemptAt";
    public static final String RELAY_LEASE_UNTIL = "relay.leaseUntil";
    public static final String RELAY_CLAIM = "relay.claim";
    public static final String RELAY_SENT_AT = "relay.sentAt";
    public static final String RELAY_LAST_ERROR = "relay.lastError";
    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";

    public static final String STATUS = "status";
    public static final String UPDATED_AT = "updatedAt";
    public static final String UNIT = "unit";
    public static final String ANSWER = "answer";
    public static final String EXPECTED_BY = "expectedBy";
    public static final String HISTORY = "history";
    public static final String APPLIED_EVENTS = "appliedEvents";
    public static final String TRACKING_VERSION = "trackingVersion";

    /** Everything the citizen's tracking view may read: no text, no contact, no address, no location. */
    public static final List<String> TRACKING_FIELDS = List.of(ID, TRACKING_NO, CHANNEL, RECEIVED_AT, STATUS,
            UPDATED_AT, UNIT, ANSWER, EXPECTED_BY, HISTORY, APPLIED_EVENTS, TRACKING_VERSION);

    private SubmissionDocument() {
    }

    /** A new submission: pending for the relay, 已受理 for the citizen. */
    public static Document of(Submission submission) {
        GrievanceInput input = submission.input();
        Date receivedAt = date(submission.receivedAt());
        Document document = new Document(ID, submission.grievanceId())
                .append(IDEMPOTENCY_KEY, submission.idempotencyKey().value())
                .append(TRACKING_NO, submission.trackingNo().value())
                .append(CHANNEL, input.channel().name())
                .append(EXTERNAL_ID, input.externalId())
                .append(TEXT, input.text())
                .append(LOCATION, input.location() == null ? null : new Document("lat", input.location().lat())
                        .append("lng", input.location().lng())
                        .append("crs", input.location().crs()))
                .append(ADDRESS, input.address())
                .append(CONTACT, input.contact() == null ? null : new Document("name", input.contact().name())
                        .append("phone", input.contact().phone())
                        .append("email", input.contact().email()))
                .append(CATEGORY_HINT, input.categoryHint())
                .append(RECEIVED_AT, receivedAt)
                .append(RELAY, new Document("state", PENDING)
                        .append("attempts", 0)
                        .append("nextAttemptAt", receivedAt)
                        .append("leaseUntil", null)
                        .append("sentAt", null));
        Tracking tracking = Tracking.received(submission.grievanceId(), submission.trackingNo().value(),
                input.channel(), submission.receivedAt());
        TrackingFields.write(tracking).forEach(document::append);
        return document;
    }

    public static Submission toSubmission(Document document) {
        Document location = document.get(LOCATION, Document.class);
        Document contact = document.get(CONTACT, Document.class);
        GrievanceInput input = new GrievanceInput(
                Channel.valueOf(document.getString(CHANNEL)),
                document.getString(EXTERNAL_ID),
                document.getString(TEXT),
                location == null ? null : new GeoPoint(number(location, "lat"), number(location, "lng"),
                        location.getString("crs")),
                document.getString(ADDRESS),
                contact == null ? null : new Contact(contact.getString("name"), contact.getString("phone"),
                        contact.getString("email")),
                document.getString(CATEGORY_HINT));
        return new Submission(document.getString(ID), new TrackingNumber(document.getString(TRACKING_NO)), input,
                instant(document.getDate(RECEIVED_AT)));
    }

    public static int attempts(Document document) {
        Document relay = document.get(RELAY, Document.class);
        Number attempts = relay == null ? null : relay.get("attempts", Number.class);
        return attempts == null ? 0 : attempts.intValue();
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static double number(Document document, String field) {
        return document.get(field, Number.class).doubleValue();
    }
}
