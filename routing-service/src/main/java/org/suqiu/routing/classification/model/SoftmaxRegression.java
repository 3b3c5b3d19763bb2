package org.suqiu.routing.classification.model;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression (softmax) on sparse vectors, trained by stochastic gradient
 * descent with a decaying step and L2 regularisation, in a fixed order drawn from a seeded random:
 * the same data and seed give the same model. Its probabilities are the classifier's confidence.
 * Immutable once trained; thread-safe.
 */
public final class SoftmaxRegression {

    /**
     * How to train: passes over the data, initial step, L2 strength, seed, whether to average the
     * weights of every pass, whether to weight classes inversely to their frequency.
     */
    public record Settings(int epochs, double learningRate, double l2, long seed, boolean averaged, boolean balanced) {

        public static final Settings DEFAULT = new Settings(10, 1.0, 0, 20201L, false, true);

        public Settings(int epochs, double learningRate, double l2, long seed) {
            this(epochs, learningRate, l2, seed, false, false);
        }
    }

    private final int classes;
    private final int dimension;
    private final float[] weights;
    private final float[] bias;

    private SoftmaxRegression(int classes, int dimension, float[] weights, float[] bias) {
        this.classes = classes;
        this.dimension = dimension;
        this.weights = weights;
        this.bias = bias;
    }

    /** Trains on {@code vectors} labelled {@code labels} (0 .. classes-1). */
    public static SoftmaxRegression train(List<SparseVector> vectors, int[] labels, int classes, int dimension,
                                          Settings settings) {
        float[] w = new float[dimension * classes];
        float[] b = new float[classes];
        int n = vectors.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] p = new double[classes];
        double[] classWeight = new double[classes];
        java.util.Arrays.fill(classWeight, 1.0);
        if (settings.balanced()) {
            int[] counts = new int[classes];
            for (int label : labels) {
                counts[label]++;
            }
            for (int c = 0; c < classes; c++) {
                classWeight[c] = counts[c] == 0 ? 1.0 : (double) n / (classes * counts[c]);
            }
        }
        float[] wSum = settings.averaged() ? new float[w.length] : null;
        float[] bSum = settings.averaged() ? new float[classes] : null;
        long step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                SparseVector x = vectors.get(k);
                double rate = settings.learningRate() / (1 + settings.learningRate() * settings.l2() * step++ * 50);
                scores(w, b, classes, x, p);
                softmax(p);
                for (int c = 0; c < classes; c++) {
                    double g = (p[c] - (labels[k] == c ? 1 : 0)) * classWeight[labels[k]];
                    b[c] -= (float) (rate * g);
                    for (int f = 0; f < x.size(); f++) {
                        int at = x.indexes()[f] * classes + c;
                        w[at] -= (float) (rate * (g * x.values()[f] + settings.l2() * w[at]));
                    }
                }
            }
            if (wSum != null) {
                // averaging the weights of every pass smooths the last steps' noise (a cheap Polyak average)
                for (int i = 0; i < w.length; i++) {
                    wSum[i] += w[i] / settings.epochs();
                }
                for (int c = 0; c < classes; c++) {
                    bSum[c] += b[c] / settings.epochs();
                }
            }
        }
        return wSum == null ? new SoftmaxRegression(classes, dimension, w, b) : new SoftmaxRegression(classes, dimension, wSum, bSum);
    }

    /** The probability of each class for {@code x}; sums to 1. */
    public double[] probabilities(SparseVector x) {
        double[] p = new double[classes];
        scores(weights, bias, classes, x, p);
        softmax(p);
        return p;
    }

    private static void scores(float[] w, float[] b, int classes, SparseVector x, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = b[c];
        }
        for (int f = 0; f < x.size(); f++) {
            int base = x.indexes()[f] * classes;
            float v = x.values()[f];
            for (int c = 0; c < classes; c++) {
                out[c] += w[base + c] * v;
            }
        }
    }

    private static void softmax(double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    public int dimension() {
        return dimension;
    }
}
