package org.suqiu.intake.submission.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.PhoneNumber;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.platform.security.crypto.FieldCipher;

/**
 * The one document per grievance in {@code submissions}: the input, the outbox state
 * ({@code relay}) and the citizen-facing tracking, so that every invariant lives in one document
 * (the store has no transactions). Field names and mapping live here and nowhere else.
 * Personal data (contact name, phone, e-mail, WeChat openid; the address) is stored sealed with {@link FieldCipher},
 * the field name as context; the phone is found by its {@code lookupHash}, and the citizen's proofs
 * (receipt code, last four digits of the phone) are kept as keyed hashes only.
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
    public static final String CONTACT_NAME = "contact.name";
    public static final String CONTACT_PHONE = "contact.phone";
    public static final String CONTACT_EMAIL = "contact.email";
    public static final String CONTACT_PHONE_LOOKUP = "contact.phoneLookup";
    public static final String CONTACT_WECHAT_OPENID = "contact.wechatOpenId";
    public static final String ATTACHMENTS = "attachments";
    public static final String PROOF_RECEIPT_CODE = "proof.receiptCode";
    public static final String PROOF_PHONE_LAST4 = "proof.phoneLast4";
    public static final String JURISDICTION_CODE = "jurisdictionCode";
    public static final String CATEGORY_HINT = "categoryHint";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String URGENCY = "urgency";
    public static final String HOME_JURISDICTION = "homeJurisdiction";
    public static final String RELATED_TRACKING_NO = "relatedTrackingNo";
    public static final String CALLBACK_WANTED = "callbackWanted";

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
            UPDATED_AT, UNIT, ANSWER, EXPECTED_BY, HISTORY, APPLIED_EVENTS, TRACKING_VERSION, JURISDICTION_CODE);

    private SubmissionDocument() {
    }

    /** A new submission: pending for the relay, 已受理 for the citizen. */
    public static Document of(Submission submission, FieldCipher cipher) {
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
                .append(ADDRESS, cipher.encrypt(input.address(), ADDRESS))
                .append(CONTACT, input.contact() == null ? null
                        : new Document("name", cipher.encrypt(input.contact().name(), CONTACT_NAME))
                                .append("phone", cipher.encrypt(input.contact().phone(), CONTACT_PHONE))
                                .append("email", cipher.encrypt(input.contact().email(), CONTACT_EMAIL))
                                .append("phoneLookup", phoneLookup(cipher, input.contact().phone()))
                                .append("wechatOpenId", cipher.encrypt(input.contact().wechatOpenId(), CONTACT_WECHAT_OPENID)))
                .append("proof", new Document("receiptCode", receiptCodeHash(cipher, submission.receiptCode()))
                        .append("phoneLast4", phoneLast4Hash(cipher,
                                input.contact() == null ? null : PhoneNumber.lastFour(input.contact().phone()))))
                .append(CATEGORY_HINT, input.categoryHint())
                .append(URGENCY, input.urgency().name())
                .append(HOME_JURISDICTION, input.homeJurisdiction())
                .append(RELATED_TRACKING_NO, input.relatedTrackingNo())
                .append(CALLBACK_WANTED, input.callbackWanted())
                .append(RECEIVED_AT, receivedAt)
                .append(ATTACHMENTS, input.attachments().stream().map(SubmissionDocument::attachment).toList())
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

    public static Submission toSubmission(Document document, FieldCipher cipher) {
        Document location = document.get(LOCATION, Document.class);
        GrievanceInput input = new GrievanceInput(
                Channel.valueOf(document.getString(CHANNEL)),
                document.getString(EXTERNAL_ID),
                document.getString(TEXT),
                location == null ? null : new GeoPoint(number(location, "lat"), number(location, "lng"),
                        location.getString("crs")),
                open(cipher, document.getString(ADDRESS), ADDRESS),
                contact(document, cipher),
                document.getString(CATEGORY_HINT),
                document.getString(URGENCY) == null ? Urgency.NORMAL : Urgency.valueOf(document.getString(URGENCY)),
                document.getString(HOME_JURISDICTION),
                document.getString(RELATED_TRACKING_NO),
                Boolean.TRUE.equals(document.getBoolean(CALLBACK_WANTED)),
                attachments(document));
        return new Submission(document.getString(ID), new TrackingNumber(document.getString(TRACKING_NO)), input,
                instant(document.getDate(RECEIVED_AT)));
    }

    /** The contact as handed in, opened with whichever key sealed it; null when none was given. */
    public static Contact contact(Document document, FieldCipher cipher) {
        Document contact = document.get(CONTACT, Document.class);
        return contact == null ? null : new Contact(open(cipher, contact.getString("name"), CONTACT_NAME),
                open(cipher, contact.getString("phone"), CONTACT_PHONE), open(cipher, contact.getString("email"), CONTACT_EMAIL),
                open(cipher, contact.getString("wechatOpenId"), CONTACT_WECHAT_OPENID));
    }

    /** The attachment references of a grievance (none in documents stored before attachments existed). */
    public static List<AttachmentRef> attachments(Document document) {
        List<Document> stored = document.getList(ATTACHMENTS, Document.class);
        return stored == null ? List.of() : stored.stream()
                .map(a -> new AttachmentRef(a.getString("id"), a.getString("contentType"),
                        a.get("size", Number.class).longValue(), a.getString("sha256")))
                .toList();
    }

    private static Document attachment(AttachmentRef ref) {
        return new Document("id", ref.id()).append("contentType", ref.contentType()).append("size", ref.size())
                .append("sha256", ref.sha256());
    }

    /** The address as handed in, opened with whichever key sealed it. */
    public static String address(Document document, FieldCipher cipher) {
        return open(cipher, document.getString(ADDRESS), ADDRESS);
    }

    /** What a phone number is found by: the keyed hash of its normalised form. */
    public static String phoneLookup(FieldCipher cipher, String phone) {
        return cipher.lookupHash(PhoneNumber.normalise(phone));
    }

    /** The stored form of a receipt code (domain-separated, so it never equals any other hash). */
    public static String receiptCodeHash(FieldCipher cipher, String code) {
        return code == null ? null : cipher.lookupHash("receipt-code:" + code);
    }

    /** The stored form of the last four digits of the contact phone. */
    public static String phoneLast4Hash(FieldCipher cipher, String lastFour) {
        return lastFour == null ? null : cipher.lookupHash("phone-last4:" + lastFour);
    }

    /** Values stored before encryption was switched on are read as they are. */
    private static String open(FieldCipher cipher, String value, String context) {
        return FieldCipher.isEncrypted(value) ? cipher.decrypt(value, context) : value;
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
