package org.suqiu.intake.submission.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.suqiu.intake.submission.application.Acceptance;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.infrastructure.IntakeLimits;
import org.suqiu.platform.web.Problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/grievances}: takes a grievance in and answers {@code 202 Accepted} with its
 * tracking number as soon as it is stored — publishing happens afterwards, off this path. A repeat
 * of the same channel and external id answers the first receipt with {@code Idempotent-Replayed: true}
 * (without the receipt code). Public (no token): the citizen's web form, rate limited per client
 * ({@code RateLimitingFilter}); the text within {@code suqiu.intake.limits.max-text-length}.
 */
@RestController
@RequestMapping("/api/grievances")
public class GrievanceSubmissionController {

    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final AcceptingGrievance accepting;
    private final IntakeLimits limits;

    public GrievanceSubmissionController(AcceptingGrievance accepting, IntakeLimits limits) {
        this.accepting = accepting;
        this.limits = limits;
    }

    /**
     * The body of a 202 answer; {@code receiptCode} (查询码) only in the first answer — the citizen
     * needs it (or the phone's last four digits) to follow the grievance, and it is stored only as a hash.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receipt(String grievanceId, String trackingNo, String status, String trackingUrl, String receiptCode) {

        @Override
        public String toString() {
            return "Receipt[" + grievanceId + ", " + trackingNo + "]";
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<?>> submit(@Valid @RequestBody GrievanceForm form, ServerHttpRequest request) {
        if (!limits.textFits(form.text())) {
            String message = "must be at most " + limits.maxTextLength() + " characters";
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "text " + message);
            problem.setProperty("errors", List.of(Map.of("field", "text", "message", message)));
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
        }
        return accepting.accept(form.toInput()).<ResponseEntity<?>>map(acceptance -> answer(acceptance, request));
    }

    private static ResponseEntity<Receipt> answer(Acceptance acceptance, ServerHttpRequest request) {
        String trackingNo = acceptance.receipt().trackingNo().value();
        URI trackingUri = UriComponentsBuilder.fromUri(request.getURI())
                .replacePath("/api/grievances/{trackingNo}")
                .replaceQuery(null)
                .fragment(null)
                .build(trackingNo);
        ResponseEntity.BodyBuilder response = ResponseEntity.accepted().location(trackingUri);
        if (acceptance.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.body(new Receipt(acceptance.receipt().grievanceId(), trackingNo,
                acceptance.receipt().status().name(), trackingUri.toString(), acceptance.receipt().receiptCode()));
    }
}
