package org.suqiu.routing.classification.model;

import java.util.Arrays;

/**
 * A sparse, usually L2-normalised feature vector: sorted feature indexes and their weights. What a
 * text is reduced to for classifying and for comparing texts (a fingerprint, not the text).
 */
public record SparseVector(int[] indexes, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public int size() {
        return indexes.length;
    }

    /** The dot product; for two L2-normalised vectors, their cosine similarity. */
    public double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < indexes.length && j < other.indexes.length) {
            int a = indexes[i];
            int b = other.indexes[j];
            if (a == b) {
                sum += (double) values[i++] * other.values[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indexes, v.indexes) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indexes) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[" + indexes.length + " features]";
    }
}
