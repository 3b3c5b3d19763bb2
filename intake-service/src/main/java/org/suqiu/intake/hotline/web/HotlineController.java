package org.suqiu.intake.hotline.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.intake.hotline.application.TakingCalls;
import org.suqiu.intake.hotline.model.HotlineDraft;
import org.suqiu.intake.staff.web.StaffGrievanceView;
import org.suqiu.platform.security.Masking;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/**
 * The 12345 operator's desk (话务员, role OPERATOR): {@code POST /api/hotline/calls} when a call
 * starts (the caller's recent grievances in the city, masked, with status), then a draft per call
 * ({@code POST /api/hotline/drafts}), edited ({@code PUT …/{draftId}}) until submitted
 * ({@code POST …/{draftId}/submit}). Drafts of another city answer 404.
 */
@RestController
@RequestMapping("/api/hotline")
public class HotlineController {

    /** Only 话务员 take calls (the method-level check: exception handlers must stay unsecured). */
    static final String OPERATOR = "hasRole('OPERATOR')";

    private final TakingCalls calls;

    public HotlineController(TakingCalls calls) {
        this.calls = calls;
    }

    /** The answer to a starting call: the caller's number masked and their recent grievances. */
    public record CallView(String callId, String callerNumber, List<StaffGrievanceView> recentGrievances) {
    }

    /** A draft as the desk shows it; the caller's number masked, the address as the operator typed it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftView(String draftId, String callId, String callerNumber, String city, String createdBy,
            String text, String address, GeoPoint location, String category, String urgency, String urgencyLabel,
            boolean callbackWanted, String relatedTrackingNo, String state, String grievanceId, String trackingNo,
            Instant createdAt, Instant updatedAt) {

        static DraftView of(HotlineDraft draft) {
            var notes = draft.notes();
            return new DraftView(draft.draftId(), draft.callId(), Masking.phone(draft.callerPhone()), draft.city(),
                    draft.createdBy(), notes.text(), notes.address(), notes.location(), notes.category(),
                    notes.urgency().name(), notes.urgency() == Urgency.URGENT ? "紧急" : "一般", notes.callbackWanted(),
                    notes.relatedTrackingNo(), draft.state().name(), draft.grievanceId(), draft.trackingNo(),
                    draft.createdAt(), draft.updatedAt());
        }

        @Override
        public String toString() {
            return "DraftView[" + draftId + "]";
        }
    }

    @PreAuthorize(OPERATOR)
    @PostMapping(path = "/calls", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<CallView>> callStarted(@Valid @RequestBody DraftForms.CallForm form, StaffMember operator) {
        String number = form.callerNumber().strip();
        return calls.callStarted(number, operator, "POST /api/hotline/calls")
                .map(StaffGrievanceView::of)
                .collectList()
                .map(views -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(new CallView(form.callId(), Masking.phone(number), views)));
    }

    @PreAuthorize(OPERATOR)
    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<DraftView>> open(@Valid @RequestBody DraftForms.NewDraftForm form, StaffMember operator) {
        return calls.open(form.callId(), form.callerNumber() == null ? null : form.callerNumber().strip(), form.notes(),
                        operator)
                .map(opened -> (opened.created()
                        ? ResponseEntity.created(URI.create("/api/hotline/drafts/" + opened.draft().draftId()))
                        : ResponseEntity.ok().location(URI.create("/api/hotline/drafts/" + opened.draft().draftId())))
                        .cacheControl(CacheControl.noStore())
                        .body(DraftView.of(opened.draft())));
    }

    @PreAuthorize(OPERATOR)
    @GetMapping(path = "/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<DraftView>> show(@PathVariable String draftId, StaffMember operator) {
        return calls.show(draftId, operator).map(this::ok).switchIfEmpty(Mono.error(HotlineController::notFound));
    }

    @PreAuthorize(OPERATOR)
    @PutMapping(path = "/drafts/{draftId}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<DraftView>> edit(@PathVariable String draftId, @Valid @RequestBody DraftForms.NotesForm form,
            StaffMember operator) {
        return calls.edit(draftId, form.notes(), operator).map(this::ok).switchIfEmpty(Mono.error(HotlineController::notFound));
    }

    @PreAuthorize(OPERATOR)
    @PostMapping(path = "/drafts/{draftId}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<DraftView>> submit(@PathVariable String draftId, StaffMember operator) {
        return calls.submit(draftId, operator)
                .map(draft -> ResponseEntity.accepted()
                        .location(URI.create("/api/grievances/by-id/" + draft.grievanceId()))
                        .cacheControl(CacheControl.noStore())
                        .body(DraftView.of(draft)))
                .switchIfEmpty(Mono.error(HotlineController::notFound));
    }

    @ExceptionHandler(TakingCalls.NotInCityException.class)
    ResponseEntity<ProblemDetail> notInCity() {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "not-in-hotline-city", "Not an operator of this hotline's city",
                "Your jurisdiction is not in the city this hotline serves."));
    }

    @ExceptionHandler(TakingCalls.UnknownRelatedException.class)
    ResponseEntity<ProblemDetail> unknownRelated(TakingCalls.UnknownRelatedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "relatedTrackingNo",
                "message", "is not one of the caller's recent grievances")));
        return problem(problem);
    }

    @ExceptionHandler({HotlineDraft.AlreadySubmittedException.class, TakingCalls.ConcurrentEditException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, "draft-conflict", "The draft cannot be changed now", e.getMessage()));
    }

    private ResponseEntity<DraftView> ok(HotlineDraft draft) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(DraftView.of(draft));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseStatusException notFound() {
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "No draft with this id in your city.");
        notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "draft-not-found"));
        notFound.getBody().setTitle("Draft not found");
        return notFound;
    }
}
