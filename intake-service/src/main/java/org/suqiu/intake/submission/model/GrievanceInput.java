package org.suqiu.intake.submission.model;

import java.util.List;
import java.util.regex.Pattern;

import org.suqiu.intake.attachments.model.AttachmentRef;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.Urgency;

/**
 * 诉求登记: what a channel hands in for one grievance, checked against the intake rules. Optional:
 * location, address, contact, categoryHint, homeJurisdiction (the city whose hotline took it),
 * relatedTrackingNo (a repeat of that grievance), attachments (references to stored files); urgency
 * defaults to 一般 (NORMAL), callbackWanted (回访) to false. Blank optional values count as absent.
 * Holds personal data: its {@code toString} shows none of it.
 */
public record GrievanceInput(
        Channel channel,
        String externalId,
        String text,
        GeoPoint location,
        String address,
        Contact contact,
        String categoryHint,
        Urgency urgency,
        String homeJurisdiction,
        String relatedTrackingNo,
        boolean callbackWanted,
        List<AttachmentRef> attachments) {

    public static final int MAX_ADDRESS_LENGTH = 500;
    public static final int MAX_CATEGORY_HINT_LENGTH = 64;
    public static final int MAX_CONTACT_NAME_LENGTH = 50;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_WECHAT_OPENID_LENGTH = 64;
    public static final String PHONE_PATTERN = "[0-9+\\-]{5,20}";
    public static final String CRS_WGS84 = "WGS84";
    public static final String CRS_GCJ02 = "GCJ02";
    public static final String CRS_PATTERN = CRS_WGS84 + "|" + CRS_GCJ02;

    private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);

    public GrievanceInput {
        new IdempotencyKey(channel, externalId);
        if (!GrievanceText.isAcceptable(text)) {
            throw new IllegalArgumentException("text must be present and at most " + GrievanceText.MAX_CODE_POINTS + " characters");
        }
        location = location == null ? null : checked(location);
        address = absentIfBlank(address);
        requireAtMost(address, MAX_ADDRESS_LENGTH, "address");
        contact = contact == null ? null : checked(contact);
        categoryHint = absentIfBlank(categoryHint);
        requireAtMost(categoryHint, MAX_CATEGORY_HINT_LENGTH, "categoryHint");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        homeJurisdiction = absentIfBlank(homeJurisdiction);
        if (homeJurisdiction != null && !homeJurisdiction.matches("\\d{6}")) {
            throw new IllegalArgumentException("homeJurisdiction is not a division code");
        }
        relatedTrackingNo = absentIfBlank(relatedTrackingNo);
        if (relatedTrackingNo != null && TrackingNumber.parse(relatedTrackingNo).isEmpty()) {
            throw new IllegalArgumentException("relatedTrackingNo is not a tracking number");
        }
        relatedTrackingNo = relatedTrackingNo == null ? null : TrackingNumber.parse(relatedTrackingNo).get().value();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A normal grievance of no particular city, related to none, without call-back (the shape before the hotline). */
    public GrievanceInput(Channel channel, String externalId, String text, GeoPoint location, String address,
            Contact contact, String categoryHint) {
        this(channel, externalId, text, location, address, contact, categoryHint, Urgency.NORMAL, null, null, false, List.of());
    }

    /** A hotline-shaped grievance without attachments. */
    public GrievanceInput(Channel channel, String externalId, String text, GeoPoint location, String address,
            Contact contact, String categoryHint, Urgency urgency, String homeJurisdiction, String relatedTrackingNo,
            boolean callbackWanted) {
        this(channel, externalId, text, location, address, contact, categoryHint, urgency, homeJurisdiction,
                relatedTrackingNo, callbackWanted, List.of());
    }

    /** A normal grievance with attachments (WeChat images, mail attachments). */
    public GrievanceInput(Channel channel, String externalId, String text, GeoPoint location, String address,
            Contact contact, String categoryHint, List<AttachmentRef> attachments) {
        this(channel, externalId, text, location, address, contact, categoryHint, Urgency.NORMAL, null, null, false,
                attachments);
    }

    public IdempotencyKey idempotencyKey() {
        return new IdempotencyKey(channel, externalId);
    }

    /** A latitude and longitude on Earth, in a reference system we can convert. */
    public static boolean isValidLocation(double lat, double lng, String crs) {
        return lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180
                && (CRS_WGS84.equals(crs) || CRS_GCJ02.equals(crs));
    }

    private static GeoPoint checked(GeoPoint point) {
        String crs = point.crs() == null ? CRS_WGS84 : point.crs();
        if (!isValidLocation(point.lat(), point.lng(), crs)) {
            throw new IllegalArgumentException("location is outside lat -90..90 / lng -180..180 or has an unknown crs");
        }
        return new GeoPoint(point.lat(), point.lng(), crs);
    }

    private static Contact checked(Contact contact) {
        String name = absentIfBlank(contact.name());
        String phone = absentIfBlank(contact.phone());
        String email = absentIfBlank(contact.email());
        String wechatOpenId = absentIfBlank(contact.wechatOpenId());
        requireAtMost(wechatOpenId, MAX_WECHAT_OPENID_LENGTH, "contact.wechatOpenId");
        requireAtMost(name, MAX_CONTACT_NAME_LENGTH, "contact.name");
        requireAtMost(email, MAX_EMAIL_LENGTH, "contact.email");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("contact.phone is not a phone number");
        }
        if (name == null && phone == null && email == null && wechatOpenId == null) {
            return null;
        }
        return new Contact(name, phone, email, wechatOpenId);
    }

    private static void requireAtMost(String value, int max, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
    }

    private static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "GrievanceInput[" + idempotencyKey() + "]";
    }
}
