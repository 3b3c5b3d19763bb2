package org.suqiu.intake.hotline.web;

import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.hotline.model.CallNotes;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.GrievanceText;
import org.suqiu.intake.submission.model.IdempotencyKey;
import org.suqiu.intake.submission.web.GrievanceForm.LocationForm;
import org.suqiu.intake.submission.web.MaxCodePoints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the hotline desk; the 400 answers name the field that broke a rule. */
final class DraftForms {

    static final String URGENCY = "紧急|一般|URGENT|NORMAL";
    static final String TRACKING_NO = "(?i)SQ\\d{8}[0-9A-Z]{6}";
    static final String CALL_ID_MESSAGE = "may contain only letters, digits and . _ : @ -";

    private DraftForms() {
    }

    /** {@code POST /api/hotline/calls}: a call starts. */
    record CallForm(
            @NotBlank @Size(max = IdempotencyKey.MAX_EXTERNAL_ID_LENGTH)
            @Pattern(regexp = IdempotencyKey.EXTERNAL_ID_PATTERN, message = CALL_ID_MESSAGE) String callId,
            @NotBlank @Pattern(regexp = GrievanceInput.PHONE_PATTERN, message = "must be 5 to 20 digits, '+' or '-'")
            String callerNumber) {

        @Override
        public String toString() {
            return "CallForm[" + callId + "]";
        }
    }

    /** {@code POST /api/hotline/drafts}: the call and the first notes. */
    record NewDraftForm(
            @NotBlank @Size(max = IdempotencyKey.MAX_EXTERNAL_ID_LENGTH)
            @Pattern(regexp = IdempotencyKey.EXTERNAL_ID_PATTERN, message = CALL_ID_MESSAGE) String callId,
            @Pattern(regexp = GrievanceInput.PHONE_PATTERN, message = "must be 5 to 20 digits, '+' or '-'")
            String callerNumber,
            @NotBlank @MaxCodePoints(GrievanceText.MAX_CODE_POINTS) String text,
            @MaxCodePoints(GrievanceInput.MAX_ADDRESS_LENGTH) String address,
            @Valid LocationForm location,
            @MaxCodePoints(GrievanceInput.MAX_CATEGORY_HINT_LENGTH) String category,
            @Pattern(regexp = URGENCY, message = "must be 紧急 or 一般") String urgency,
            Boolean callbackWanted,
            @Pattern(regexp = TRACKING_NO, message = "must be a tracking number like SQ20261122K7F3QX") String relatedTrackingNo) {

        CallNotes notes() {
            return new NotesForm(text, address, location, category, urgency, callbackWanted, relatedTrackingNo).notes();
        }

        @Override
        public String toString() {
            return "NewDraftForm[" + callId + "]";
        }
    }

    /** {@code PUT /api/hotline/drafts/{id}}: the notes as they are now. */
    record NotesForm(
            @NotBlank @MaxCodePoints(GrievanceText.MAX_CODE_POINTS) String text,
            @MaxCodePoints(GrievanceInput.MAX_ADDRESS_LENGTH) String address,
            @Valid LocationForm location,
            @MaxCodePoints(GrievanceInput.MAX_CATEGORY_HINT_LENGTH) String category,
            @Pattern(regexp = URGENCY, message = "must be 紧急 or 一般") String urgency,
            Boolean callbackWanted,
            @Pattern(regexp = TRACKING_NO, message = "must be a tracking number like SQ20261122K7F3QX") String relatedTrackingNo) {

        CallNotes notes() {
            return new CallNotes(text, address,
                    location == null ? null : new GeoPoint(location.lat(), location.lng(),
                            location.crs() == null ? GrievanceInput.CRS_WGS84 : location.crs()),
                    category, CallNotes.urgency(urgency), Boolean.TRUE.equals(callbackWanted),
                    relatedTrackingNo == null ? null : relatedTrackingNo.strip().toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return "NotesForm[]";
        }
    }
}
