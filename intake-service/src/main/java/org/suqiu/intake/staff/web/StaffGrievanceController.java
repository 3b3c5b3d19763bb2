package org.suqiu.intake.staff.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.platform.security.Masking;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Mono;

/**
 * Staff views (token required): {@code GET /api/grievances/by-id/{grievanceId}} for 话务员, 受理员,
 * 分拨员 and admins within their jurisdiction, and {@code GET /api/callers/history?phone=…} (来电历史)
 * for operators and admins. Personal data is masked for every role; out of reach answers 404.
 */
@RestController
public class StaffGrievanceController {

    private final ViewingGrievances viewing;

    public StaffGrievanceController(ViewingGrievances viewing) {
        this.viewing = viewing;
    }

    /** A caller's recent grievances: the number masked, newest first. */
    public record CallerHistory(String phone, List<StaffGrievanceView> grievances) {

        @Override
        public String toString() {
            return "CallerHistory[" + grievances.size() + "]";
        }
    }

    @GetMapping(path = "/api/grievances/by-id/{grievanceId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OPERATOR', 'INBOX_CLERK', 'DISPATCHER', 'ADMIN')")
    public Mono<ResponseEntity<StaffGrievanceView>> show(@PathVariable String grievanceId, StaffMember staff) {
        return viewing.show(grievanceId, staff, "GET /api/grievances/by-id/{grievanceId}")
                .map(record -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(StaffGrievanceView.of(record)))
                .switchIfEmpty(Mono.error(StaffGrievanceController::notFound));
    }

    @GetMapping(path = "/api/callers/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    public Mono<ResponseEntity<?>> history(@RequestParam(name = "phone", required = false) String phone, StaffMember staff) {
        if (phone == null || !phone.strip().matches(GrievanceInput.PHONE_PATTERN)) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "phone must be 5 to 20 digits, '+' or '-'");
            problem.setProperty("errors", List.of(Map.of("field", "phone", "message", "must be 5 to 20 digits, '+' or '-'")));
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
        }
        String number = phone.strip();
        return viewing.callerHistory(number, staff, "GET /api/callers/history")
                .map(StaffGrievanceView::of)
                .collectList()
                .map(views -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(new CallerHistory(Masking.phone(number), views)));
    }

    private static ResponseStatusException notFound() {
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "No grievance with this id.");
        notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "grievance-not-found"));
        notFound.getBody().setTitle("Grievance not found");
        return notFound;
    }
}
