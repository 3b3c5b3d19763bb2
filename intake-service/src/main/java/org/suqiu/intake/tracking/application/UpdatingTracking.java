package org.suqiu.intake.tracking.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.Tracking.Outcome;
import org.suqiu.intake.tracking.model.TrackingUpdate;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies what routing and case events say to a grievance's tracking. Routing and case events come
 * in on different topics, so two updates of one grievance may race: the write is conditional on
 * the version read, and a lost race is simply read and applied again.
 */
public class UpdatingTracking {

    private static final Logger log = LoggerFactory.getLogger(UpdatingTracking.class);
    private static final int MAX_RACES = 10;

    /** What happened to one update. */
    public enum Result {
        ADVANCED,
        RECORDED,
        DUPLICATE,
        /** No grievance with that id here: ignored. */
        UNKNOWN_GRIEVANCE
    }

    private final Trackings trackings;

    public UpdatingTracking(Trackings trackings) {
        this.trackings = trackings;
    }

    public Mono<Result> apply(String grievanceId, TrackingUpdate update) {
        return Mono.defer(() -> trackings.findByGrievanceId(grievanceId)
                        .flatMap(current -> applyTo(current, update))
                        .switchIfEmpty(Mono.fromSupplier(() -> {
                            log.warn("Event {} is about unknown grievance {}: ignored", update.eventId(), grievanceId);
                            return Result.UNKNOWN_GRIEVANCE;
                        })))
                .retryWhen(Retry.backoff(MAX_RACES, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(200))
                        .filter(ConcurrentUpdateException.class::isInstance));
    }

    private Mono<Result> applyTo(Tracking current, TrackingUpdate update) {
        Tracking.Applied applied = current.apply(update);
        if (applied.outcome() == Outcome.DUPLICATE) {
            log.debug("Event {} already applied to {}", update.eventId(), current.grievanceId());
            return Mono.just(Result.DUPLICATE);
        }
        return trackings.save(applied.tracking()).flatMap(saved -> {
            if (!saved) {
                return Mono.error(new ConcurrentUpdateException(current.grievanceId()));
            }
            log.info("Tracking {} of {} is {} after event {} ({})", current.trackingNo(), current.grievanceId(),
                    applied.tracking().status(), update.eventId(), applied.outcome());
            return Mono.just(applied.outcome() == Outcome.ADVANCED ? Result.ADVANCED : Result.RECORDED);
        });
    }

    /** Someone else updated the same tracking between our read and our write. */
    static class ConcurrentUpdateException extends RuntimeException {
        ConcurrentUpdateException(String grievanceId) {
            super("tracking of " + grievanceId + " changed concurrently", null, false, false);
        }
    }
}
