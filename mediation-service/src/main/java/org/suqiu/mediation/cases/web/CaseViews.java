package org.suqiu.mediation.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.application.CaseSnapshot;
import org.suqiu.mediation.cases.model.Case;
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
            Instant openedAt, Deadlines deadlines, long version) {
    }

    /** One case with everything a handler needs, including the grievance's text and the timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            String caseId, String grievanceId, String trackingNo, String channel, String text, String state,
            String unitId, String unitName, String jurisdictionCode, String jurisdictionName, String category,
            Instant assignedAt, Instant openedAt, Deadlines deadlines,
            String acceptedBy, Instant acceptedAt, String resolvedBy, Instant resolvedAt, String answer,
            String outcome, Instant closedAt, long version, List<Step> timeline) {
    }

    /** Both deadlines of a case. */
    public record Deadlines(DeadlineView accept, DeadlineView resolve) {
    }

    /** One deadline: due, warning point, how it stands now (RUNNING, APPROACHING, OVERDUE, MET, MET_LATE), notices sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineView(Instant dueAt, Instant warnAt, String status, Instant approachingNotifiedAt,
            Instant overdueNotifiedAt) {
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
                c.openedAt(), deadlines(snapshot), c.version());
    }

    static Detail detail(CaseSnapshot snapshot) {
        Case c = snapshot.aCase();
        return new Detail(c.caseId(), c.grievance().grievanceId(), c.grievance().trackingNo(),
                c.grievance().channel() == null ? null : c.grievance().channel().name(), c.grievance().text(),
                c.state().name(), c.assignment().unitId(), snapshot.unitName(), c.assignment().jurisdictionCode(),
                c.assignment().jurisdictionName(), c.assignment().category(), c.assignment().assignedAt(), c.openedAt(),
                deadlines(snapshot),
                c.acceptance() == null ? null : c.acceptance().by(), c.acceptance() == null ? null : c.acceptance().at(),
                c.resolution() == null ? null : c.resolution().by(), c.resolution() == null ? null : c.resolution().at(),
                c.resolution() == null ? null : c.resolution().answer(),
                c.closure() == null ? null : c.closure().outcome(), c.closure() == null ? null : c.closure().at(),
                c.version(), c.timeline().stream().map(CaseViews::step).toList());
    }

    private static Deadlines deadlines(CaseSnapshot snapshot) {
        return new Deadlines(deadline(snapshot, DeadlineKind.ACCEPT), deadline(snapshot, DeadlineKind.RESOLVE));
    }

    private static DeadlineView deadline(CaseSnapshot snapshot, DeadlineKind kind) {
        Case c = snapshot.aCase();
        Deadline d = c.deadlines().of(kind);
        return new DeadlineView(d.dueAt(), d.warnAt(), c.progressOf(kind, snapshot.readAt()).name(),
                d.approachingNotifiedAt(), d.overdueNotifiedAt());
    }

    private static Step step(TimelineEntry entry) {
        return new Step(entry.at(), entry.kind().name(), entry.actor(), entry.detail());
    }
}
