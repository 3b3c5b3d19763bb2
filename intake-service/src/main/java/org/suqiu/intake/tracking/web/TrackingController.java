package org.suqiu.intake.tracking.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.intake.submission.model.PhoneNumber;
import org.suqiu.intake.submission.model.ReceiptCode;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.application.ShowingTracking;
import org.suqiu.intake.tracking.model.StatusChange;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingProof;
import org.suqiu.intake.tracking.model.TrackingStatus;
import org.suqiu.platform.web.Problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/grievances/{trackingNo}?code=…} or {@code ?phoneLast4=…}: 进度查询, a grievance's
 * progress as the citizen holding the tracking number and a proof may see it — status, unit,
 * answer, deadline, history; never the text or any personal data. Public (no token): a missing or
 * wrong proof answers the same 404 as an unknown number.
 */
@RestController
@RequestMapping("/api/grievances")
public class TrackingController {

    private final ShowingTracking showing;

    public TrackingController(ShowingTracking showing) {
        this.showing = showing;
    }

    /** The citizen's view of one grievance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackingView(
            String trackingNo,
            String status,
            String statusLabel,
            String channel,
            Instant receivedAt,
            Instant updatedAt,
            UnitView unit,
            String answer,
            Instant expectedBy,
            List<HistoryEntry> history) {

        static TrackingView of(Tracking tracking) {
            return new TrackingView(tracking.trackingNo(), tracking.status().name(), tracking.status().label(),
                    tracking.channel().name(), tracking.receivedAt(), tracking.updatedAt(),
                    tracking.unit() == null ? null : new UnitView(tracking.unit().id(), tracking.unit().name()),
                    tracking.answer(), tracking.expectedBy(),
                    tracking.history().stream().map(HistoryEntry::of).toList());
        }
    }

    /** 承办单位 as shown to the citizen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitView(String id, String name) {
    }

    /** One step of the history. */
    public record HistoryEntry(String status, String statusLabel, Instant at) {

        static HistoryEntry of(StatusChange change) {
            TrackingStatus status = change.status();
            return new HistoryEntry(status.name(), status.label(), change.at());
        }
    }

    @GetMapping(path = "/{trackingNo}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<TrackingView>> show(@PathVariable String trackingNo,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "phoneLast4", required = false) String phoneLast4) {
        Optional<TrackingProof> proof = proof(code, phoneLast4);
        return TrackingNumber.parse(trackingNo)
                .filter(number -> proof.isPresent())
                .map(number -> showing.show(number, proof.get())
                        .map(tracking -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                                .body(TrackingView.of(tracking)))
                        .switchIfEmpty(Mono.error(() -> notFound())))
                .orElseGet(() -> Mono.error(notFound()));
    }

    /** The receipt code if one is given, else the phone digits; neither or a malformed one: none. */
    private static Optional<TrackingProof> proof(String code, String phoneLast4) {
        if (code != null && !code.isBlank()) {
            return ReceiptCode.parse(code).map(valid -> new TrackingProof(TrackingProof.Kind.RECEIPT_CODE, valid));
        }
        return PhoneNumber.parseLastFour(phoneLast4).map(valid -> new TrackingProof(TrackingProof.Kind.PHONE_LAST4, valid));
    }

    private static ResponseStatusException notFound() {
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No grievance has this tracking number, or the code or phone digits do not match.");
        notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "grievance-not-found"));
        notFound.getBody().setTitle("Grievance not found");
        return notFound;
    }
}
