package org.suqiu.intake.staff.web;

import java.time.Instant;
import java.util.List;

import org.suqiu.intake.submission.model.Contact;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.platform.security.Masking;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A grievance as staff see it: the full text, the status, and the citizen's personal data masked
 * (姓名 王*明, 电话 139****5678, e-mail, the address cut after its first characters).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffGrievanceView(
        String grievanceId,
        String trackingNo,
        String channel,
        String text,
        String categoryHint,
        GeoPoint location,
        String address,
        ContactView contact,
        Instant receivedAt,
        String status,
        String statusLabel,
        Instant updatedAt,
        String jurisdictionCode,
        UnitView unit,
        String answer,
        Instant expectedBy,
        List<HistoryEntry> history) {

    /** How to reach the citizen, masked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(String name, String phone, String email) {
    }

    /** 承办单位. */
    public record UnitView(String id, String name) {
    }

    /** One step of the history. */
    public record HistoryEntry(String status, String statusLabel, Instant at) {
    }

    /** The staff view of a record, personal data masked. */
    public static StaffGrievanceView of(GrievanceRecord record) {
        Tracking tracking = record.tracking();
        Contact contact = record.contact();
        return new StaffGrievanceView(record.grievanceId(), record.trackingNo(), record.channel().name(), record.text(),
                record.categoryHint(), record.location(), Masking.address(record.address()),
                contact == null ? null : new ContactView(Masking.name(contact.name()), Masking.phone(contact.phone()),
                        Masking.email(contact.email())),
                record.receivedAt(), tracking.status().name(), tracking.status().label(), tracking.updatedAt(),
                tracking.jurisdictionCode(),
                tracking.unit() == null ? null : new UnitView(tracking.unit().id(), tracking.unit().name()),
                tracking.answer(), tracking.expectedBy(),
                tracking.history().stream()
                        .map(change -> new HistoryEntry(change.status().name(), change.status().label(), change.at()))
                        .toList());
    }

    @Override
    public String toString() {
        return "StaffGrievanceView[" + grievanceId + "]";
    }
}
