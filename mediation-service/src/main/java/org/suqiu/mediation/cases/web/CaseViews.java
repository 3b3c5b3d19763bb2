package org.suqiu.mediation.cases.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.application.CaseSnapshot;
import org.suqiu.mediation.cases.model.CallBack;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.Extension;
import org.suqiu.mediation.cases.model.Mediation;
import org.suqiu.mediation.cases.model.Progress;
import org.suqiu.mediation.cases.model.Return;
import org.suqiu.mediation.cases.model.Supervision;
import org.suqiu.mediation.cases.model.Suspension;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.cases.model.TimelineEntry;
import org.suqiu.platform.security.audit.AuditEntry;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of cases: a summary in lists, the whole case with its timeline alone. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A case in a list: no citizen text, no answer, no timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            String caseId, String grievanceId, String trackingNo, String state,
            String unitId, String unitName, String jurisdictionCode, String category,
            Instant openedAt, Instant nextDueAt, Map<String, DeadlineView> deadlines, long version) {
    }

    /** One case with everything a handler needs, including the grievance's text and the timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            String caseId, String grievanceId, String trackingNo, String channel, String text, String state,
            String unitId, String unitName, String jurisdictionCode, String jurisdictionName, String category,
            String urgency, int attempt, int round, Instant assignedAt, Instant openedAt, Map<String, DeadlineView> deadlines,
            String acceptedBy, Instant acceptedAt, Progress progress, String resolvedBy, Instant resolvedAt, String answer,
            List<CallBack> callBacks, Suspension suspension, Extension extension, List<Supervision> supervisions,
            Mediation mediation, List<Return> returns,
            String outcome, Instant closedAt, long version, List<Step> timeline) {
    }

    /**
     * One clock (keys accept, first_contact, resolve, mediation, judicial_confirmation): started, due,
     * warning point (75%), stopped, how it stands now (RUNNING, APPROACHING, OVERDUE, MET, MET_LATE),
     * the notices sent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineView(Instant startedAt, Instant dueAt, Instant warnAt, Instant doneAt, String status,
            Instant approachingNotifiedAt, int overdueLevel, int generation) {
    }

    /** One timeline entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(Instant at, String kind, String actor, String detail) {
    }

    /** One line of a case's audit trail (留痕): who, when, what, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditLine(String id, Instant at, Who actor, String action, String reason, Map<String, String> details) {
    }

    /** Who acted: a staff member (subject, name, roles, unit) or {@code system:mediation-service}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Who(String subject, String name, Set<String> roles, String unitId) {
    }

    static AuditLine auditLine(AuditEntry entry) {
        AuditEntry.Actor actor = entry.actor();
        return new AuditLine(entry.id(), entry.at(),
                new Who(actor.subject(), actor.name(), actor.roleNames(), actor.unitId()),
                entry.action(), entry.reason(), entry.details());
    }

    static Summary summary(CaseSnapshot snapshot) {
        Case c = snapshot.aCase();
        return new Summary(c.caseId(), c.grievance().grievanceId(), c.grievance().trackingNo(), c.state().name(),
                c.assignment().unitId(), snapshot.unitName(), c.assignment().jurisdictionCode(), c.assignment().category(),
                c.openedAt(), c.deadlines().all().stream()
                        .filter(d -> d.isRunning() && d.kind() != DeadlineKind.JUDICIAL_CONFIRMATION)
                        .map(Deadline::dueAt).min(Instant::compareTo).orElse(null),
                deadlines(snapshot), c.version());
    }

    static Detail detail(CaseSnapshot snapshot) {
        Case c = snapshot.aCase();
        return new Detail(c.caseId(), c.grievance().grievanceId(), c.grievance().trackingNo(),
                c.grievance().channel() == null ? null : c.grievance().channel().name(), c.grievance().text(),
                c.state().name(), c.assignment().unitId(), snapshot.unitName(), c.assignment().jurisdictionCode(),
                c.assignment().jurisdictionName(), c.assignment().category(), c.assignment().urgency().name(),
                c.assignment().attempt(), c.round(), c.assignment().assignedAt(), c.openedAt(),
                deadlines(snapshot),
                c.acceptance() == null ? null : c.acceptance().by(), c.acceptance() == null ? null : c.acceptance().at(),
                c.progress(),
                c.resolution() == null ? null : c.resolution().by(), c.resolution() == null ? null : c.resolution().at(),
                c.resolution() == null ? null : c.resolution().answer(),
                c.callBacks(), c.suspension(), c.extension(), c.supervisions(), c.mediation(), c.returns(),
                c.closure() == null ? null : c.closure().outcome(), c.closure() == null ? null : c.closure().at(),
                c.version(), c.timeline().stream().map(CaseViews::step).toList());
    }

    private static Map<String, DeadlineView> deadlines(CaseSnapshot snapshot) {
        Map<String, DeadlineView> views = new LinkedHashMap<>();
        Case c = snapshot.aCase();
        for (Deadline d : c.deadlines().all()) {
            views.put(d.kind().name().toLowerCase(Locale.ROOT), new DeadlineView(d.startedAt(), d.dueAt(), d.warnAt(),
                    d.doneAt(), c.progressOf(d.kind(), snapshot.readAt()).name(), d.approachingNotifiedAt(),
                    d.overdueLevel(), d.generation()));
        }
        return views;
    }

    private static Step step(TimelineEntry entry) {
        return new Step(entry.at(), entry.kind().name(), entry.actor(), entry.detail());
    }
}
