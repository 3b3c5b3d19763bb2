package org.suqiu.intake.open311.application;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The requests reported through Open311, with what GETs may show of them: no personal data (port). */
public interface ServiceRequests {

    Mono<Void> add(Reported request);

    Mono<Reported> find(String serviceRequestId, String jurisdictionId);

    /** Newest first; {@code ids} and {@code serviceCodes} empty means any. */
    Flux<Reported> find(List<String> ids, List<String> serviceCodes, Instant from, Instant to, String jurisdictionId,
            int limit);

    /**
     * One reported request: its id (the tracking number), the grievance, the service, where (a point
     * and the address cut after its district), the photo link, and when.
     */
    record Reported(String serviceRequestId, String grievanceId, String serviceCode, Double lat, Double lng,
            String maskedAddress, String mediaUrl, String jurisdictionId, Instant requestedAt) {
    }
}
