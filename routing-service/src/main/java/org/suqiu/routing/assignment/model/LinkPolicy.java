package org.suqiu.routing.assignment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * 重复件与并单: decides whether a new grievance repeats an earlier one of the same citizen (within
 * {@code repeatWindow}, similarity at least {@code repeatSimilarity}) or is the same matter as an
 * earlier one from another citizen in the same jurisdiction (within {@code mergeWindow}, similarity
 * at least {@code mergeSimilarity}); a repeat is checked first. Similarity is the cosine of the
 * texts' TF-IDF vectors.
 */
public record LinkPolicy(Duration repeatWindow, double repeatSimilarity, Duration mergeWindow, double mergeSimilarity) {

    public static final String REPEAT = "REPEAT";
    public static final String MERGED = "MERGED";

    /** The link for {@code fresh} among {@code earlier} candidates, if any. */
    public Optional<GrievanceLink> link(TextFingerprint fresh, Collection<TextFingerprint> earlier) {
        if (fresh.vector().size() == 0) {
            return Optional.empty();
        }
        Optional<GrievanceLink> repeat = fresh.citizenKey() == null ? Optional.empty() : earlier.stream()
                .filter(e -> !e.grievanceId().equals(fresh.grievanceId()))
                .filter(e -> fresh.citizenKey().equals(e.citizenKey()))
                .filter(e -> within(e.receivedAt(), fresh.receivedAt(), repeatWindow))
                .map(e -> new Scored(e, e.vector().dot(fresh.vector())))
                .filter(s -> s.similarity >= repeatSimilarity)
                .max(Comparator.comparingDouble(Scored::similarity).thenComparing(s -> s.fingerprint.receivedAt()))
                .map(s -> new GrievanceLink(REPEAT, s.fingerprint.grievanceId(), s.fingerprint.trackingNo(), round(s.similarity)));
        if (repeat.isPresent() || fresh.jurisdictionCode() == null) {
            return repeat;
        }
        return earlier.stream()
                .filter(e -> !e.grievanceId().equals(fresh.grievanceId()))
                .filter(e -> fresh.jurisdictionCode().equals(e.jurisdictionCode()))
                .filter(e -> e.citizenKey() == null || !e.citizenKey().equals(fresh.citizenKey()))
                .filter(e -> within(e.receivedAt(), fresh.receivedAt(), mergeWindow))
                .map(e -> new Scored(e, e.vector().dot(fresh.vector())))
                .filter(s -> s.similarity >= mergeSimilarity)
                .max(Comparator.comparingDouble(Scored::similarity))
                .map(s -> new GrievanceLink(MERGED, s.fingerprint.rootGrievanceId(), s.fingerprint.rootTrackingNo(),
                        round(s.similarity)));
    }

    private record Scored(TextFingerprint fingerprint, double similarity) {
    }

    private static boolean within(Instant earlier, Instant now, Duration window) {
        return earlier != null && now != null && !earlier.isAfter(now) && !earlier.isBefore(now.minus(window));
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
