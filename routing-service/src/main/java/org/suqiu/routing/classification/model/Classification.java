package org.suqiu.routing.classification.model;

import java.util.List;

/**
 * 分类: the category of a grievance: its first-level name, its path in the taxonomy (deeper when a
 * hint said so), where it came from and how sure we are; {@code category} is null when none could
 * be given for certain, and {@code detail} says why, for the decision trace. {@code scores} are the
 * classifier's best first-level candidates, most probable first (empty for a hint).
 */
public record Classification(String category, List<String> path, CategorySource source, Double confidence, String hint,
                             String detail, List<CategoryScore> scores) {

    public Classification {
        path = path == null ? List.of() : List.copyOf(path);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public static Classification byHint(List<String> path, String hint) {
        return new Classification(path.get(0), path, CategorySource.HINT, 1.0, hint, "the hint names "
                + Taxonomy.written(path), List.of());
    }

    public static Classification none(String hint, String detail) {
        return new Classification(null, List.of(), null, null, hint, detail, List.of());
    }

    public boolean classified() {
        return category != null;
    }

    /** The model had a best guess, but below the confidence routing needs. */
    public boolean uncertain() {
        return category == null && source == CategorySource.MODEL;
    }
}
