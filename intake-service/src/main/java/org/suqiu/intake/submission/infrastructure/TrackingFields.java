package org.suqiu.intake.submission.infrastructure;

import static org.suqiu.intake.submission.infrastructure.SubmissionDocument.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.tracking.model.AssignedUnit;
import org.suqiu.intake.tracking.model.StatusChange;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingStatus;

/** Maps the tracking part of a submission document to and from {@link Tracking}. */
public final class TrackingFields {

    private TrackingFields() {
    }

    /** The tracking fields to {@code $set}, version included. */
    public static Map<String, Object> write(Tracking tracking) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(STATUS, tracking.status().name());
        fields.put(UPDATED_AT, date(tracking.updatedAt()));
        fields.put(UNIT, tracking.unit() == null ? null
                : new Document("id", tracking.unit().id()).append("name", tracking.unit().name()));
        fields.put(ANSWER, tracking.answer());
        fields.put(EXPECTED_BY, date(tracking.expectedBy()));
        List<Document> history = new ArrayList<>();
        for (StatusChange change : tracking.history()) {
            history.add(new Document("status", change.status().name()).append("at", date(change.at())));
        }
        fields.put(HISTORY, history);
        fields.put(APPLIED_EVENTS, tracking.appliedEventIds());
        fields.put(TRACKING_VERSION, tracking.version());
        fields.put(JURISDICTION_CODE, tracking.jurisdictionCode());
        return fields;
    }

    public static Tracking read(Document document) {
        Document unit = document.get(UNIT, Document.class);
        List<StatusChange> history = new ArrayList<>();
        for (Document change : document.getList(HISTORY, Document.class, List.of())) {
            history.add(new StatusChange(TrackingStatus.valueOf(change.getString("status")), instant(change.getDate("at"))));
        }
        Number version = document.get(TRACKING_VERSION, Number.class);
        String status = document.getString(STATUS);
        return new Tracking(
                document.getString(ID),
                document.getString(TRACKING_NO),
                Channel.valueOf(document.getString(CHANNEL)),
                instant(document.getDate(RECEIVED_AT)),
                status == null ? TrackingStatus.RECEIVED : TrackingStatus.valueOf(status),
                instant(document.getDate(UPDATED_AT)),
                unit == null ? null : new AssignedUnit(unit.getString("id"), unit.getString("name")),
                document.getString(ANSWER),
                instant(document.getDate(EXPECTED_BY)),
                history,
                document.getList(APPLIED_EVENTS, String.class, List.of()),
                version == null ? 0 : version.longValue(),
                document.getString(JURISDICTION_CODE));
    }
}
