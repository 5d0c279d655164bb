package org.otklik.classifier.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Several categorizers scored on one shared context with one lookup per feature: the relevance, topic and
 * importance models see the same features, so a post's features are looked up once, not three times.
 *
 * <p>Every feature the models know is weighed once, when the set is built, into one read-only table. A
 * remembered-on-first-use table was slower: real posts keep bringing word pairs no model has seen, each of them
 * cost three model evaluations and a concurrent write, and the table had to be emptied whenever it filled up.
 */
public final class CategorizerSet {
    private final Categorizer[] models;
    /** Where each model's categories start in a feature's flat weight vector. */
    private final int[] offsets;
    private final int width;
    /** Per known feature, all models' weights in one flat array: one lookup and one contiguous read per feature. */
    private final Map<String, double[]> weights;

    public CategorizerSet(Categorizer... models) {
        this.models = models.clone();
        this.offsets = new int[models.length + 1];
        for (int m = 0; m < models.length; m++) {
            offsets[m + 1] = offsets[m] + models[m].base().length;
        }
        this.width = offsets[models.length];
        Map<String, double[]> table = new HashMap<>();
        for (int m = 0; m < models.length; m++) {
            for (String feature : models[m].knownFeatures()) {
                double[] wm = models[m].weights(feature);
                if (wm != null) {
                    System.arraycopy(wm, 0, table.computeIfAbsent(feature, f -> new double[width]), offsets[m], wm.length);
                }
            }
        }
        this.weights = table;
    }

    /** Probabilities per model (in the order given), each aligned with that model's categories. */
    public double[][] score(String[] context) {
        double[] sum = new double[width];
        for (int m = 0; m < models.length; m++) {
            System.arraycopy(models[m].base(), 0, sum, offsets[m], offsets[m + 1] - offsets[m]);
        }
        for (String f : context) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < width; i++) {
                    sum[i] += w[i];
                }
            }
        }
        double[][] s = new double[models.length][];
        for (int m = 0; m < models.length; m++) {
            s[m] = Categorizer.softmax(java.util.Arrays.copyOfRange(sum, offsets[m], offsets[m + 1]));
        }
        return s;
    }

    /** How many features the models know. */
    public int size() {
        return weights.size();
    }
}
