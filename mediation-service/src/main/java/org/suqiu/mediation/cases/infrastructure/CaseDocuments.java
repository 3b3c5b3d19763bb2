package org.suqiu.mediation.cases.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.contracts.EventCatalog;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.model.Acceptance;
import org.suqiu.mediation.cases.model.Assignment;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Closure;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.cases.model.Deadlines;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.mediation.cases.model.Resolution;
import org.suqiu.mediation.cases.model.TimelineEntry;

import tools.jackson.databind.json.JsonMapper;

/**
 * Maps cases to and from their MongoDB documents. A case document also carries its outbox: the
 * events its changes still have to publish, as {@code {eventId, type, data (JSON), queuedAt}}.
 */
public class CaseDocuments {

    static final String ID = "_id";
    static final String GRIEVANCE_ID = "grievanceId";
    static final String TRACKING_NO = "trackingNo";
    static final String UNIT_ID = "unitId";
    static final String JURISDICTION_CODE = "jurisdictionCode";
    static final String STATE = "state";
    static final String VERSION = "version";
    static final String OPENED_AT = "openedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String TIMELINE = "timeline";
    static final String OUTBOX = "outbox";
    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String DATA = "data";

    private final JsonMapper json;

    public CaseDocuments(JsonMapper json) {
        this.json = json;
    }

    /** The path of a deadline's field, e.g. {@code deadlines.accept.overdueNotifiedAt}. */
    static String deadlineField(DeadlineKind kind, String field) {
        return "deadlines." + kind.name().toLowerCase() + "." + field;
    }

    Document toDocument(Case c, List<CaseEvent> outbox, Instant now) {
        Grievance g = c.grievance();
        Assignment a = c.assignment();
        Document doc = new Document(ID, c.caseId())
                .append(GRIEVANCE_ID, g.grievanceId())
                .append(TRACKING_NO, g.trackingNo())
                .append("channel", g.channel() == null ? null : g.channel().name())
                .append("text", g.text())
                .append(UNIT_ID, a.unitId())
                .append("unitName", a.unitName())
                .append(JURISDICTION_CODE, a.jurisdictionCode())
                .append("jurisdictionName", a.jurisdictionName())
                .append("category", a.category())
                .append("assignedAt", date(a.assignedAt()))
                .append(STATE, c.state().name())
                .append(VERSION, c.version())
                .append(OPENED_AT, date(c.openedAt()))
                .append(UPDATED_AT, date(now))
                .append("deadlines", new Document("accept", deadline(c.deadlines().accept()))
                        .append("resolve", deadline(c.deadlines().resolve())));
        stepFields(c).forEach(doc::append);
        doc.append(TIMELINE, c.timeline().stream().map(CaseDocuments::timelineEntry).toList());
        doc.append(OUTBOX, outboxEntries(outbox, now));
        return doc;
    }

    /** The fields a step of the handling sets: acceptance, resolution, closure — those that happened. */
    Document stepFields(Case c) {
        Document fields = new Document();
        if (c.acceptance() != null) {
            fields.append("acceptance", new Document("by", c.acceptance().by()).append("at", date(c.acceptance().at())));
        }
        if (c.resolution() != null) {
            fields.append("resolution", new Document("by", c.resolution().by())
                    .append("answer", c.resolution().answer())
                    .append("at", date(c.resolution().at())));
        }
        if (c.closure() != null) {
            fields.append("closure", new Document("outcome", c.closure().outcome()).append("at", date(c.closure().at())));
        }
        return fields;
    }

    List<Document> outboxEntries(List<CaseEvent> events, Instant now) {
        return events.stream().map(e -> outboxEntry(e, now)).toList();
    }

    Document outboxEntry(CaseEvent event, Instant now) {
        return new Document(EVENT_ID, event.eventId())
                .append(TYPE, EventCatalog.of(event.payload().getClass()).type())
                .append(DATA, json.writeValueAsString(event.payload()))
                .append("queuedAt", date(now));
    }

    static Document timelineEntry(TimelineEntry entry) {
        return new Document("at", date(entry.at()))
                .append("kind", entry.kind().name())
                .append("actor", entry.actor())
                .append("detail", entry.detail());
    }

    Case toCase(Document doc) {
        String channel = doc.getString("channel");
        Grievance grievance = new Grievance(doc.getString(GRIEVANCE_ID), doc.getString(TRACKING_NO),
                channel == null ? null : Channel.valueOf(channel), doc.getString("text"));
        Assignment assignment = new Assignment(doc.getString(UNIT_ID), doc.getString("unitName"),
                doc.getString("jurisdictionCode"), doc.getString("jurisdictionName"), doc.getString("category"),
                instant(doc, "assignedAt"));
        Document deadlines = doc.get("deadlines", Document.class);
        Document acceptance = doc.get("acceptance", Document.class);
        Document resolution = doc.get("resolution", Document.class);
        Document closure = doc.get("closure", Document.class);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Document entry : doc.getList(TIMELINE, Document.class, List.of())) {
            timeline.add(new TimelineEntry(instant(entry, "at"), TimelineEntry.Kind.valueOf(entry.getString("kind")),
                    entry.getString("actor"), entry.getString("detail")));
        }
        return new Case(doc.getString(ID), grievance, assignment, CaseState.valueOf(doc.getString(STATE)),
                new Deadlines(deadline(DeadlineKind.ACCEPT, deadlines.get("accept", Document.class)),
                        deadline(DeadlineKind.RESOLVE, deadlines.get("resolve", Document.class))),
                instant(doc, OPENED_AT),
                acceptance == null ? null : new Acceptance(acceptance.getString("by"), instant(acceptance, "at")),
                resolution == null ? null : new Resolution(resolution.getString("by"), resolution.getString("answer"),
                        instant(resolution, "at")),
                closure == null ? null : new Closure(closure.getString("outcome"), instant(closure, "at")),
                timeline,
                doc.get(VERSION, Number.class).longValue());
    }

    private static Document deadline(Deadline deadline) {
        Document doc = new Document("dueAt", date(deadline.dueAt())).append("warnAt", date(deadline.warnAt()));
        if (deadline.approachingNotifiedAt() != null) {
            doc.append("approachingNotifiedAt", date(deadline.approachingNotifiedAt()));
        }
        if (deadline.overdueNotifiedAt() != null) {
            doc.append("overdueNotifiedAt", date(deadline.overdueNotifiedAt()));
        }
        return doc;
    }

    private static Deadline deadline(DeadlineKind kind, Document doc) {
        return new Deadline(kind, instant(doc, "dueAt"), instant(doc, "warnAt"), instant(doc, "approachingNotifiedAt"),
                instant(doc, "overdueNotifiedAt"));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
