package org.suqiu.routing.jurisdiction.model;

import java.util.List;

/**
 * One attempt at finding the jurisdiction, for the decision trace: which method on which input
 * ({@code location}, {@code address}, {@code text}), what came of it and the candidates seen.
 */
public record JurisdictionStep(
        JurisdictionMethod method,
        String input,
        Outcome outcome,
        String detail,
        List<String> candidates,
        List<PlaceNameHit> placeNames) {

    /** What one attempt gave. */
    public enum Outcome {
        FOUND, NONE, AMBIGUOUS, SKIPPED
    }

    public JurisdictionStep {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        placeNames = placeNames == null ? List.of() : List.copyOf(placeNames);
    }
}
