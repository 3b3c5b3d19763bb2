package org.suqiu.routing.classification.model;

/**
 * Takes the category hint when it names a category of the taxonomy; anything else stays
 * unclassified. What routing falls back to without a trained model (and what tests use).
 */
public final class HintClassifier implements Classifier {

    private final Taxonomy taxonomy;

    public HintClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public HintClassifier(Categories categories) {
        this(Taxonomy.firstLevelOnly(categories.all()));
    }

    @Override
    public Classification classify(String text, String categoryHint) {
        if (categoryHint == null || categoryHint.isBlank()) {
            return Classification.none(null, "no category hint and no text classifier");
        }
        return taxonomy.resolve(categoryHint)
                .map(path -> Classification.byHint(path, categoryHint))
                .orElseGet(() -> Classification.none(categoryHint, "the hint is not a category"));
    }
}
