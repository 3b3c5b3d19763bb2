package org.suqiu.routing.classification.model;

/**
 * 分类: the category of a grievance, where it came from and how sure we are; {@code category} is
 * null when none could be given, and {@code detail} says why, for the decision trace.
 */
public record Classification(String category, CategorySource source, Double confidence, String hint, String detail) {

    public static Classification byHint(String category, String hint) {
        return new Classification(category, CategorySource.HINT, 1.0, hint, "the hint is a first-level category");
    }

    public static Classification none(String hint, String detail) {
        return new Classification(null, null, null, hint, detail);
    }

    public boolean classified() {
        return category != null;
    }
}
