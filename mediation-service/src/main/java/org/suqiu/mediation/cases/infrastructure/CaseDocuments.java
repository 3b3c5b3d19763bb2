package org.suqiu.mediation.cases.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.suqiu.contracts.EventCatalog;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.contracts.mediation.ExtensionDecision;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;
import org.suqiu.mediation.cases.model.Acceptance;
import org.suqiu.mediation.cases.model.Assignment;
import org.suqiu.mediation.cases.model.CallBack;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Closure;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.cases.model.Deadlines;
import org.suqiu.mediation.cases.model.Extension;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.mediation.cases.model.Mediation;
import org.suqiu.mediation.cases.model.Progress;
import org.suqiu.mediation.cases.model.Resolution;
import org.suqiu.mediation.cases.model.Return;
import org.suqiu.mediation.cases.model.Supervision;
import org.suqiu.mediation.cases.model.Suspension;
import org.suqiu.mediation.cases.model.TimelineEntry;

import tools.jackson.databind.json.JsonMapper;

/**
 * Maps cases to and from their MongoDB documents. A case document also carries its outbox: the
 * events its changes still have to publish, as {@code {eventId, type, data (JSON), queuedAt}}, and
 * {@code nextDueAt}: the earliest due instant of its running clocks, for worklists and overdue lists.
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
    static final String NEXT_DUE_AT = "nextDueAt";
    static final String TIMELINE = "timeline";
    static final String OUTBOX = "outbox";
    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String DATA = "data";
    static final String DEADLINES = "deadlines";

    private final JsonMapper json;

    public CaseDocuments(JsonMapper json) {
        this.json = json;
    }

    /** The path of a clock's field, e.g. {@code deadlines.accept.overdueLevel}. */
    static String deadlineField(DeadlineKind kind, String field) {
        return DEADLINES + "." + kind.name().toLowerCase(Locale.ROOT) + (field == null ? "" : "." + field);
    }

    Document toDocument(Case c, List<CaseEvent> outbox, Instant now) {
        Grievance g = c.grievance();
        Document doc = new Document(ID, c.caseId())
                .append(GRIEVANCE_ID, g.grievanceId())
                .append(TRACKING_NO, g.trackingNo())
                .append("channel", g.channel() == null ? null : g.channel().name())
                .append("text", g.text())
                .append(OPENED_AT, date(c.openedAt()))
                .append(UPDATED_AT, date(now));
        doc.putAll(mutableFields(c));
        Document deadlines = new Document();
        c.deadlines().all().forEach(d -> deadlines.append(d.kind().name().toLowerCase(Locale.ROOT), deadline(d)));
        doc.append(DEADLINES, deadlines);
        doc.append(TIMELINE, c.timeline().stream().map(CaseDocuments::timelineEntry).toList());
        doc.append(OUTBOX, outboxEntries(outbox, now));
        return doc;
    }

    /** Every top-level field a step may change (all but the grievance, the clocks, the timeline and the outbox). */
    Document mutableFields(Case c) {
        Assignment a = c.assignment();
        Document fields = new Document(UNIT_ID, a.unitId())
                .append("unitName", a.unitName())
                .append(JURISDICTION_CODE, a.jurisdictionCode())
                .append("jurisdictionName", a.jurisdictionName())
                .append("category", a.category())
                .append("urgency", a.urgency().name())
                .append("attempt", a.attempt())
                .append("assignedAt", date(a.assignedAt()))
                .append(STATE, c.state().name())
                .append(VERSION, c.version())
                .append("round", c.round())
                .append(NEXT_DUE_AT, date(c.deadlines().all().stream()
                        .filter(d -> d.isRunning() && d.kind() != DeadlineKind.JUDICIAL_CONFIRMATION)
                        .map(Deadline::dueAt).min(Instant::compareTo).orElse(null)))
                .append("acceptance", c.acceptance() == null ? null
                        : new Document("by", c.acceptance().by()).append("at", date(c.acceptance().at())))
                .append("progress", c.progress() == null ? null : new Document("by", c.progress().by())
                        .append("note", c.progress().note()).append("at", date(c.progress().at())))
                .append("resolution", c.resolution() == null ? null : new Document("by", c.resolution().by())
                        .append("answer", c.resolution().answer()).append("at", date(c.resolution().at())))
                .append("callBacks", c.callBacks().stream().map(cb -> new Document("round", cb.round())
                        .append("rating", cb.rating().name()).append("comment", cb.comment()).append("by", cb.by())
                        .append("at", date(cb.at()))).toList())
                .append("closure", c.closure() == null ? null
                        : new Document("outcome", c.closure().outcome()).append("at", date(c.closure().at())))
                .append("suspension", c.suspension() == null ? null : new Document("reason", c.suspension().reason())
                        .append("by", c.suspension().by()).append("since", date(c.suspension().since()))
                        .append("resumeTo", c.suspension().resumeTo().name()))
                .append("extension", extension(c.extension()))
                .append("supervisions", c.supervisions().stream().map(s -> new Document("instructions", s.instructions())
                        .append("by", s.by()).append("at", date(s.at()))).toList())
                .append("mediation", mediation(c.mediation()))
                .append("returns", c.returns().stream().map(r -> new Document(UNIT_ID, r.unitId())
                        .append("attempt", r.attempt()).append("reason", r.reason()).append("by", r.by())
                        .append("at", date(r.at()))).toList());
        return fields;
    }

    /** A clock's own fields, without the notice marks the watcher keeps. */
    static Document deadlineCore(Deadline d) {
        return new Document("startedAt", date(d.startedAt()))
                .append("dueAt", date(d.dueAt()))
                .append("warnAt", date(d.warnAt()))
                .append("doneAt", date(d.doneAt()))
                .append("generation", d.generation());
    }

    static Document deadline(Deadline d) {
        return deadlineCore(d)
                .append("approachingNotifiedAt", date(d.approachingNotifiedAt()))
                .append("overdueLevel", d.overdueLevel());
    }

    private static Document extension(Extension e) {
        if (e == null) {
            return null;
        }
        return new Document("reason", e.reason()).append("days", e.days()).append("requestedBy", e.requestedBy())
                .append("requestedAt", date(e.requestedAt()))
                .append("decision", e.decision() == null ? null : e.decision().name())
                .append("grantedDays", e.grantedDays()).append("note", e.note()).append("decidedBy", e.decidedBy())
                .append("decidedAt", date(e.decidedAt()));
    }

    private static Document mediation(Mediation m) {
        if (m == null) {
            return null;
        }
        return new Document("kind", m.kind().name()).append("mediator", m.mediator()).append("parties", m.parties())
                .append("startedAt", date(m.startedAt())).append("startedBy", m.startedBy())
                .append("sessions", m.sessions().stream().map(s -> new Document("number", s.number())
                        .append("heldAt", date(s.heldAt())).append("place", s.place()).append("attendees", s.attendees())
                        .append("agreed", s.agreed()).append("recordedBy", s.recordedBy())).toList())
                .append("outcome", m.outcome() == null ? null : m.outcome().name())
                .append("terms", m.terms()).append("signedAt", date(m.signedAt())).append("nextStep", m.nextStep())
                .append("concludedAt", date(m.concludedAt()));
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
        String urgency = doc.getString("urgency");
        Number attempt = doc.get("attempt", Number.class);
        Assignment assignment = new Assignment(doc.getString(UNIT_ID), doc.getString("unitName"),
                doc.getString(JURISDICTION_CODE), doc.getString("jurisdictionName"), doc.getString("category"),
                urgency == null ? Urgency.NORMAL : Urgency.valueOf(urgency), attempt == null ? 1 : attempt.intValue(),
                instant(doc, "assignedAt"));
        Map<DeadlineKind, Deadline> clocks = new EnumMap<>(DeadlineKind.class);
        Document deadlines = doc.get(DEADLINES, Document.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            Document d = deadlines == null ? null : deadlines.get(kind.name().toLowerCase(Locale.ROOT), Document.class);
            if (d != null) {
                // documents written before issue 6 have no start, stop or level: derive them
                Instant started = instant(d, "startedAt") != null ? instant(d, "startedAt") : assignment.assignedAt();
                int level = d.containsKey("overdueLevel") ? intOf(d, "overdueLevel", 0) : instant(d, "overdueNotifiedAt") != null ? 1 : 0;
                clocks.put(kind, new Deadline(kind, started, instant(d, "dueAt"), instant(d, "warnAt"),
                        d.containsKey("doneAt") ? instant(d, "doneAt") : legacyDoneAt(doc, kind),
                        intOf(d, "generation", 1), instant(d, "approachingNotifiedAt"), level));
            }
        }
        List<TimelineEntry> timeline = list(doc, TIMELINE, e -> new TimelineEntry(instant(e, "at"),
                TimelineEntry.Kind.valueOf(e.getString("kind")), e.getString("actor"), e.getString("detail")));
        Document acceptance = doc.get("acceptance", Document.class);
        Document progress = doc.get("progress", Document.class);
        Document resolution = doc.get("resolution", Document.class);
        Document closure = doc.get("closure", Document.class);
        Document suspension = doc.get("suspension", Document.class);
        Document extension = doc.get("extension", Document.class);
        return new Case(doc.getString(ID), grievance, assignment, CaseState.valueOf(doc.getString(STATE)),
                new Deadlines(clocks), instant(doc, OPENED_AT),
                acceptance == null ? null : new Acceptance(acceptance.getString("by"), instant(acceptance, "at")),
                progress == null ? null : new Progress(progress.getString("by"), progress.getString("note"), instant(progress, "at")),
                resolution == null ? null : new Resolution(resolution.getString("by"), resolution.getString("answer"),
                        instant(resolution, "at")),
                list(doc, "callBacks", cb -> new CallBack(intOf(cb, "round", 0), CallBackRating.valueOf(cb.getString("rating")),
                        cb.getString("comment"), cb.getString("by"), instant(cb, "at"))),
                closure == null ? null : new Closure(closure.getString("outcome"), instant(closure, "at")),
                intOf(doc, "round", 0),
                suspension == null ? null : new Suspension(suspension.getString("reason"), suspension.getString("by"),
                        instant(suspension, "since"), CaseState.valueOf(suspension.getString("resumeTo"))),
                extension == null ? null : new Extension(extension.getString("reason"), intOf(extension, "days", 0),
                        extension.getString("requestedBy"), instant(extension, "requestedAt"),
                        extension.getString("decision") == null ? null : ExtensionDecision.valueOf(extension.getString("decision")),
                        extension.get("grantedDays", Number.class) == null ? null : extension.get("grantedDays", Number.class).intValue(),
                        extension.getString("note"), extension.getString("decidedBy"), instant(extension, "decidedAt")),
                list(doc, "supervisions", s -> new Supervision(s.getString("instructions"), s.getString("by"), instant(s, "at"))),
                mediation(doc.get("mediation", Document.class)),
                list(doc, "returns", r -> new Return(r.getString(UNIT_ID), intOf(r, "attempt", 1), r.getString("reason"),
                        r.getString("by"), instant(r, "at"))),
                timeline,
                doc.get(VERSION, Number.class).longValue());
    }

    /** A clock of a pre-issue-6 document stopped when its step was done. */
    private static Instant legacyDoneAt(Document doc, DeadlineKind kind) {
        Document step = doc.get(kind == DeadlineKind.ACCEPT ? "acceptance" : "resolution", Document.class);
        Document closure = doc.get("closure", Document.class);
        return step != null ? instant(step, "at") : closure != null ? instant(closure, "at") : null;
    }

    private static Mediation mediation(Document m) {
        if (m == null) {
            return null;
        }
        List<Mediation.Session> sessions = list(m, "sessions", s -> new Mediation.Session(intOf(s, "number", 0),
                instant(s, "heldAt"), s.getString("place"), s.getList("attendees", String.class, List.of()),
                s.getString("agreed"), s.getString("recordedBy")));
        String outcome = m.getString("outcome");
        return new Mediation(MediationKind.valueOf(m.getString("kind")), m.getString("mediator"),
                m.getList("parties", String.class, List.of()), instant(m, "startedAt"), m.getString("startedBy"), sessions,
                outcome == null ? null : MediationOutcome.valueOf(outcome), m.getString("terms"), instant(m, "signedAt"),
                m.getString("nextStep"), instant(m, "concludedAt"));
    }

    private static <T> List<T> list(Document doc, String field, Function<Document, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Document d : doc.getList(field, Document.class, List.of())) {
            out.add(mapper.apply(d));
        }
        return out;
    }

    private static int intOf(Document doc, String field, int fallback) {
        Number n = doc.get(field, Number.class);
        return n == null ? fallback : n.intValue();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
