package org.suqiu.routing.classification.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 智能分类: gives a grievance its category: the hint when it names a category of the taxonomy (it
 * wins), else the text model's most probable first-level category when its probability reaches
 * {@code minConfidence}; below it, no category (the grievance goes to triage) but the guess and the
 * best candidates stay in the trace. Thread-safe.
 */
public final class TextClassifier implements Classifier {

    private static final int CANDIDATES = 3;

    private final Taxonomy taxonomy;
    private final Tokenizer tokenizer;
    private final TfIdf features;
    private final SoftmaxRegression model;
    private final List<String> labels;
    private final double minConfidence;

    public TextClassifier(Taxonomy taxonomy, Tokenizer tokenizer, TfIdf features, SoftmaxRegression model,
                          List<String> labels, double minConfidence) {
        this.taxonomy = taxonomy;
        this.tokenizer = tokenizer;
        this.features = features;
        this.model = model;
        this.labels = List.copyOf(labels);
        this.minConfidence = minConfidence;
    }

    /** Trains the model on tokenised texts and their first-level categories (deterministic for a seed). */
    public static TextClassifier train(Taxonomy taxonomy, Tokenizer tokenizer, List<List<String>> texts,
                                       List<String> categories, SoftmaxRegression.Settings settings, double minConfidence) {
        List<String> labels = taxonomy.firstLevel();
        TfIdf features = TfIdf.fit(texts, 2, false);
        List<SparseVector> vectors = new ArrayList<>(texts.size());
        int[] y = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            vectors.add(features.vector(texts.get(i)));
            y[i] = labels.indexOf(categories.get(i));
            if (y[i] < 0) {
                throw new IllegalArgumentException("training row " + (i + 1) + ": '" + categories.get(i)
                        + "' is not a first-level category");
            }
        }
        SoftmaxRegression model = SoftmaxRegression.train(vectors, y, labels.size(), features.dimension(), settings);
        return new TextClassifier(taxonomy, tokenizer, features, model, labels, minConfidence);
    }

    @Override
    public Classification classify(String text, String categoryHint) {
        boolean hinted = categoryHint != null && !categoryHint.isBlank();
        if (hinted) {
            var path = taxonomy.resolve(categoryHint);
            if (path.isPresent()) {
                return Classification.byHint(path.get(), categoryHint);
            }
        }
        String hintNote = hinted ? "the hint names no category; " : "";
        if (text == null || text.isBlank()) {
            return Classification.none(hinted ? categoryHint : null, hintNote + "no text to classify");
        }
        SparseVector x = features.vector(tokenizer.tokens(text));
        if (x.size() == 0) {
            return Classification.none(hinted ? categoryHint : null, hintNote + "the text has no word the model knows");
        }
        List<CategoryScore> scores = scores(x);
        CategoryScore best = scores.get(0);
        String guess = String.format(Locale.ROOT, "%s at %.2f", best.category(), best.probability());
        if (best.probability() < minConfidence) {
            return new Classification(null, List.of(), CategorySource.MODEL, best.probability(), hinted ? categoryHint : null,
                    hintNote + "best guess " + guess + " is below min-confidence " + minConfidence,
                    scores.subList(0, Math.min(CANDIDATES, scores.size())));
        }
        return new Classification(best.category(), List.of(best.category()), CategorySource.MODEL, best.probability(),
                hinted ? categoryHint : null, hintNote + "classified as " + guess,
                scores.subList(0, Math.min(CANDIDATES, scores.size())));
    }

    /** Every first-level category with its probability, most probable first. */
    public List<CategoryScore> scores(String text) {
        return scores(features.vector(tokenizer.tokens(text)));
    }

    private List<CategoryScore> scores(SparseVector x) {
        double[] p = model.probabilities(x);
        List<CategoryScore> scores = new ArrayList<>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            scores.add(new CategoryScore(labels.get(c), p[c]));
        }
        scores.sort(Comparator.comparingDouble(CategoryScore::probability).reversed());
        return scores;
    }

    /** The text as the classifier sees it (for similarity between grievances): its TF-IDF vector. */
    public SparseVector vector(String text) {
        return text == null ? SparseVector.EMPTY : features.vector(tokenizer.tokens(text));
    }

    /** The first-level categories the model chooses from, in its order. */
    public List<String> labels() {
        return labels;
    }

    public double minConfidence() {
        return minConfidence;
    }
}
