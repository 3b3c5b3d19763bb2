package org.suqiu.intake.submission.web;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.GrievanceText;
import org.suqiu.intake.submission.model.IdempotencyKey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /api/grievances}. The limits are the model's; this form only says
 * which field broke which, for the 400 answer.
 */
public record GrievanceForm(
        @NotNull Channel channel,
        @NotBlank @Size(max = IdempotencyKey.MAX_EXTERNAL_ID_LENGTH)
        @Pattern(regexp = IdempotencyKey.EXTERNAL_ID_PATTERN, message = "may contain only letters, digits and . _ : @ -")
        String externalId,
        @NotBlank @MaxCodePoints(GrievanceText.MAX_CODE_POINTS) String text,
        @Valid LocationForm location,
        @MaxCodePoints(GrievanceInput.MAX_ADDRESS_LENGTH) String address,
        @Valid ContactForm contact,
        @MaxCodePoints(GrievanceInput.MAX_CATEGORY_HINT_LENGTH) String categoryHint) {

    /** Where it happened; {@code crs} is WGS84 (GPS) unless it says GCJ02 (Chinese map apps, WeChat). */
    public record LocationForm(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
            @Pattern(regexp = GrievanceInput.CRS_PATTERN, message = "must be WGS84 or GCJ02") String crs) {
    }

    /** How to reach the citizen; all optional. */
    public record ContactForm(
            @MaxCodePoints(GrievanceInput.MAX_CONTACT_NAME_LENGTH) String name,
            @Pattern(regexp = GrievanceInput.PHONE_PATTERN, message = "must be 5 to 20 digits, '+' or '-'") String phone,
            @Email @Size(max = GrievanceInput.MAX_EMAIL_LENGTH) String email) {

        @Override
        public String toString() {
            return "ContactForm[masked]";
        }
    }

    GrievanceInput toInput() {
        return new GrievanceInput(channel, externalId, text,
                location == null ? null : new GeoPoint(location.lat(), location.lng(), location.crs()),
                address,
                contact == null ? null : new Contact(contact.name(), contact.phone(), contact.email()),
                categoryHint);
    }

    @Override
    public String toString() {
        return "GrievanceForm[" + channel + ":" + externalId + "]";
    }
}
