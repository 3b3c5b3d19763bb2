package org.suqiu.routing.classification.model;

/**
 * Takes the category hint when it is exactly one of the first-level categories (after trimming);
 * there is no text classifier yet, so anything else stays unclassified and goes to triage.
 */
public final class HintClassifier implements Classifier {

    private final Categories categories;

    public HintClassifier(Categories categories) {
        this.categories = categories;
    }

    @Override
    public Classification classify(String text, String categoryHint) {
        if (categoryHint == null || categoryHint.isBlank()) {
            return Classification.none(null, "no category hint and no text classifier");
        }
        return categories.exactly(categoryHint)
                .map(category -> Classification.byHint(category, categoryHint))
                .orElseGet(() -> Classification.none(categoryHint, "the hint is not a first-level category"));
    }
}
