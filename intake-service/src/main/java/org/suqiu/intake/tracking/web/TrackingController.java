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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.application.ShowingTracking;
import org.suqiu.intake.tracking.model.StatusChange;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingStatus;
import org.suqiu.platform.web.Problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/grievances/{trackingNo}}: 进度查询, a grievance's progress as anyone holding the
 * tracking number may see it — status, unit, answer, deadline, history; never the text or any
 * personal data.
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
    public Mono<ResponseEntity<TrackingView>> show(@PathVariable String trackingNo) {
        return TrackingNumber.parse(trackingNo)
                .map(number -> showing.show(number)
                        .map(tracking -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                                .body(TrackingView.of(tracking)))
                        .switchIfEmpty(Mono.error(() -> notFound())))
                .orElseGet(() -> Mono.error(notFound()));
    }

    private static ResponseStatusException notFound() {
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No grievance has this tracking number.");
        notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "grievance-not-found"));
        notFound.getBody().setTitle("Grievance not found");
        return notFound;
    }
}
