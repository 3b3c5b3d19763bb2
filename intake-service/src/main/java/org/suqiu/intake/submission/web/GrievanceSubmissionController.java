package org.suqiu.intake.submission.web;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.suqiu.intake.submission.application.Acceptance;
import org.suqiu.intake.submission.application.AcceptingGrievance;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/grievances}: takes a grievance in and answers {@code 202 Accepted} with its
 * tracking number as soon as it is stored — publishing happens afterwards, off this path. A repeat
 * of the same channel and external id answers the first receipt with {@code Idempotent-Replayed: true}.
 */
@RestController
@RequestMapping("/api/grievances")
public class GrievanceSubmissionController {

    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final AcceptingGrievance accepting;

    public GrievanceSubmissionController(AcceptingGrievance accepting) {
        this.accepting = accepting;
    }

    /** The body of a 202 answer. */
    public record Receipt(String grievanceId, String trackingNo, String status, String trackingUrl) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Receipt>> submit(@Valid @RequestBody GrievanceForm form, ServerHttpRequest request) {
        return accepting.accept(form.toInput()).map(acceptance -> answer(acceptance, request));
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
                acceptance.receipt().status().name(), trackingUri.toString()));
    }
}
