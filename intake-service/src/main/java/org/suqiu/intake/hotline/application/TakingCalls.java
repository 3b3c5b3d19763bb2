package org.suqiu.intake.hotline.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.suqiu.intake.hotline.model.CallNotes;
import org.suqiu.intake.hotline.model.HotlineDraft;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 12345 热线受理: an operator takes a call — sees the caller's recent grievances in the city (a repeat
 * is linked, not entered again), writes a draft, edits it, submits it. Drafts belong to the
 * hotline's city and only its operators see them; every change is on the audit trail.
 */
public class TakingCalls {

    public static final String DRAFT = "hotline-draft";

    private final HotlineDrafts drafts;
    private final ViewingGrievances viewing;
    private final AcceptingGrievance accepting;
    private final AuditTrail audit;
    private final JurisdictionScope city;
    private final Clock clock;
    private final Supplier<String> ids;

    public TakingCalls(HotlineDrafts drafts, ViewingGrievances viewing, AcceptingGrievance accepting, AuditTrail audit,
            JurisdictionScope city, Clock clock) {
        this.drafts = drafts;
        this.viewing = viewing;
        this.accepting = accepting;
        this.audit = audit;
        this.city = city;
        this.clock = clock;
        this.ids = () -> UUID.randomUUID().toString();
    }

    /** A call came in: the caller's grievances of the last 90 days the operator may see (read on the audit trail). */
    public Flux<GrievanceRecord> callStarted(String callerPhone, StaffMember operator, String why) {
        return viewing.callerHistory(callerPhone, operator, why);
    }

    /** A new draft for the call, in the operator's city; the call's draft if it has one already. */
    public Mono<Opened> open(String callId, String callerPhone, CallNotes notes, StaffMember operator) {
        Optional<String> home = cityOf(operator);
        if (home.isEmpty()) {
            return Mono.error(new NotInCityException());
        }
        HotlineDraft draft = HotlineDraft.open(ids.get(), callId, callerPhone, home.get(), operator.subject(), notes,
                clock.instant());
        return checkRelated(draft, operator)
                .then(drafts.add(draft))
                .flatMap(added -> added
                        ? record(operator, "hotline-draft.created", draft).thenReturn(new Opened(draft, true))
                        : drafts.findByCall(callId, home.get()).map(existing -> new Opened(existing, false))
                                .switchIfEmpty(Mono.error(new NotInCityException())));
    }

    /** The draft, if it is in the operator's city. */
    public Mono<HotlineDraft> show(String draftId, StaffMember operator) {
        return cityOf(operator).map(home -> drafts.find(draftId, home)).orElseGet(Mono::empty);
    }

    /** New notes for an open draft (empty when not found in the operator's city). */
    public Mono<HotlineDraft> edit(String draftId, CallNotes notes, StaffMember operator) {
        return show(draftId, operator).flatMap(current -> {
            HotlineDraft changed = current.edit(notes, clock.instant());
            return checkRelated(changed, operator)
                    .then(drafts.replace(changed))
                    .flatMap(saved -> saved ? record(operator, "hotline-draft.edited", changed)
                            .thenReturn(changed.withNextVersion())
                            : Mono.error(new ConcurrentEditException(draftId)));
        });
    }

    /**
     * Hands the draft in as a HOTLINE grievance (the call id is its idempotency key, so a repeated
     * submit answers the first receipt); empty when not found in the operator's city.
     */
    public Mono<HotlineDraft> submit(String draftId, StaffMember operator) {
        return show(draftId, operator).flatMap(current -> {
            if (current.isSubmitted()) {
                return Mono.just(current);
            }
            return accepting.accept(current.toInput()).flatMap(acceptance -> {
                HotlineDraft done = current.submitted(acceptance.receipt().grievanceId(),
                        acceptance.receipt().trackingNo().value(), clock.instant());
                return drafts.replace(done).flatMap(saved -> saved
                        ? record(operator, "hotline-draft.submitted", done).thenReturn(done)
                        // someone else submitted or edited it meanwhile: the stored state is the answer
                        : drafts.find(draftId, current.city()));
            });
        });
    }

    /** The city whose drafts the operator works on: the hotline's, when the operator's jurisdiction lies in it or over it. */
    Optional<String> cityOf(StaffMember operator) {
        return operator.scope()
                .filter(scope -> city.covers(scope) || scope.covers(city))
                .map(scope -> city.code());
    }

    private Mono<Void> checkRelated(HotlineDraft draft, StaffMember operator) {
        String related = draft.notes().relatedTrackingNo();
        if (related == null) {
            return Mono.empty();
        }
        return viewing.isInCallerHistory(draft.callerPhone(), related, operator)
                .flatMap(found -> found ? Mono.<Void>empty() : Mono.error(new UnknownRelatedException()));
    }

    private Mono<AuditEntry> record(StaffMember operator, String action, HotlineDraft draft) {
        return audit.record(AuditEntry.of(operator, action, DRAFT, draft.draftId())
                .with("callId", draft.callId())
                .with("grievanceId", draft.grievanceId())
                .with("trackingNo", draft.trackingNo())
                .with("relatedTrackingNo", draft.notes().relatedTrackingNo())
                .with("urgency", draft.notes().urgency().name()));
    }

    /** A new draft, or the one the call already had. */
    public record Opened(HotlineDraft draft, boolean created) {
    }

    /** The operator's jurisdiction is not in the hotline's city. */
    public static class NotInCityException extends RuntimeException {
        public NotInCityException() {
            super("the operator's jurisdiction is not in the hotline's city", null, false, false);
        }
    }

    /** The repeat named is not one of the caller's recent grievances the operator may see. */
    public static class UnknownRelatedException extends RuntimeException {
        public UnknownRelatedException() {
            super("relatedTrackingNo is not one of the caller's recent grievances", null, false, false);
        }
    }

    /** Two edits of one draft raced; the later one must read it again. */
    public static class ConcurrentEditException extends RuntimeException {
        public ConcurrentEditException(String draftId) {
            super("draft " + draftId + " was changed meanwhile", null, false, false);
        }
    }
}
