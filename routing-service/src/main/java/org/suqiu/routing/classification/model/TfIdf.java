package org.suqiu.routing.classification.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TF-IDF over words and word pairs (unigrams and bigrams) with a vocabulary learnt from a corpus:
 * sublinear term frequency, smoothed idf, L2 norm. Words outside the vocabulary are dropped before
 * pairs are formed, which also drops the stop-words the training corpus was cleaned of. Immutable.
 */
public final class TfIdf {

    private final Map<String, Integer> index;
    private final float[] idf;
    private final boolean pairs;

    private TfIdf(Map<String, Integer> index, float[] idf, boolean pairs) {
        this.index = index;
        this.idf = idf;
        this.pairs = pairs;
    }

    /** Learns the vocabulary (features seen in at least {@code minDocuments} documents) and the idf. */
    public static TfIdf fit(Collection<List<String>> documents, int minDocuments) {
        return fit(documents, minDocuments, true);
    }

    /** As {@link #fit(Collection, int)}, with word pairs or words only. */
    public static TfIdf fit(Collection<List<String>> documents, int minDocuments, boolean pairs) {
        Map<String, Integer> wordDf = new HashMap<>();
        for (List<String> doc : documents) {
            for (String word : new HashSet<>(doc)) {
                wordDf.merge(word, 1, Integer::sum);
            }
        }
        Set<String> words = new HashSet<>();
        wordDf.forEach((w, df) -> {
            if (df >= minDocuments) {
                words.add(w);
            }
        });
        // sorted, so the feature numbering (and the model trained on it) is the same on every start
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> doc : documents) {
            for (String feature : new HashSet<>(features(doc, words, pairs))) {
                df.merge(feature, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<Float> idfs = new ArrayList<>();
        int n = documents.size();
        df.forEach((feature, count) -> {
            if (count >= minDocuments) {
                index.put(feature, index.size());
                idfs.add((float) (Math.log((1.0 + n) / (1.0 + count)) + 1.0));
            }
        });
        float[] idf = new float[idfs.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idfs.get(i);
        }
        return new TfIdf(Map.copyOf(index), idf, pairs);
    }

    private static List<String> features(List<String> tokens, Set<String> vocabulary, boolean pairs) {
        List<String> kept = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (vocabulary.contains(t)) {
                kept.add(t);
            }
        }
        List<String> features = new ArrayList<>(kept.size() * 2);
        features.addAll(kept);
        for (int i = 1; pairs && i < kept.size(); i++) {
            features.add(kept.get(i - 1) + ' ' + kept.get(i));
        }
        return features;
    }

    /** The normalised TF-IDF vector of a tokenised text; {@link SparseVector#EMPTY} if no word is known. */
    public SparseVector vector(List<String> tokens) {
        Map<Integer, Integer> counts = new TreeMap<>();
        String previous = null;
        for (String t : tokens) {
            Integer word = index.get(t);
            if (word == null) {
                continue;
            }
            counts.merge(word, 1, Integer::sum);
            if (pairs && previous != null) {
                Integer pair = index.get(previous + ' ' + t);
                if (pair != null) {
                    counts.merge(pair, 1, Integer::sum);
                }
            }
            previous = t;
        }
        int[] indexes = new int[counts.size()];
        float[] values = new float[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            indexes[i] = e.getKey();
            values[i] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
            norm += values[i] * values[i];
            i++;
        }
        if (norm == 0) {
            return SparseVector.EMPTY;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < values.length; k++) {
            values[k] *= scale;
        }
        return new SparseVector(indexes, values);
    }

    /** How many features (words and word pairs) the vocabulary has. */
    public int dimension() {
        return idf.length;
    }
}
