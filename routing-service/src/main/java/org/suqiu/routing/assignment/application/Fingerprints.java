package org.suqiu.routing.assignment.application;

import java.time.Instant;

import org.suqiu.routing.assignment.model.Matter;
import org.suqiu.routing.assignment.model.TextFingerprint;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The texts' fingerprints (never the texts) and the merged matters (并单) they form. */
public interface Fingerprints {

    /** The fingerprints of a citizen since {@code citizenSince} and of a jurisdiction since {@code jurisdictionSince}. */
    Flux<TextFingerprint> candidates(String citizenKey, Instant citizenSince, String jurisdictionCode, Instant jurisdictionSince);

    /** Stores a fingerprint; storing it again changes nothing. */
    Mono<Void> add(TextFingerprint fingerprint);

    /** Counts {@code member} into the matter of {@code root} (the root itself counts once); idempotent. */
    Mono<Void> merge(TextFingerprint root, TextFingerprint member);

    /** The matters merged since {@code since} within {@code scope}, biggest first. */
    Flux<Matter> matters(Instant since, DecisionScope scope, int limit);
}
