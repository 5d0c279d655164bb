package org.otklik.classifier.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several categorizers scored on one shared context with one remembered lookup per feature: the relevance,
 * topic and importance models see the same features, so a post's features are looked up once, not three times.
 */
public final class CategorizerSet {
    private static final int MEMO_LIMIT = 300_000;
    private static final double[] UNKNOWN = new double[0];

    private final Categorizer[] models;
    /** Where each model's categories start in a feature's flat weight vector. */
    private final int[] offsets;
    private final int width;
    /** Per feature, all models' weights in one flat array: one lookup and one contiguous read per feature. */
    private final Map<String, double[]> weights = new ConcurrentHashMap<>();

    public CategorizerSet(Categorizer... models) {
        this.models = models.clone();
        this.offsets = new int[models.length + 1];
        for (int m = 0; m < models.length; m++) {
            offsets[m + 1] = offsets[m] + models[m].base().length;
        }
        this.width = offsets[models.length];
    }

    /** Probabilities per model (in the order given), each aligned with that model's categories. */
    public double[][] score(String[] context) {
        double[] sum = new double[width];
        for (int m = 0; m < models.length; m++) {
            System.arraycopy(models[m].base(), 0, sum, offsets[m], offsets[m + 1] - offsets[m]);
        }
        for (String f : context) {
            double[] w = weights(f);
            if (w != UNKNOWN) {
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

    private double[] weights(String feature) {
        double[] w = weights.get(feature);
        if (w == null) {
            w = new double[width];
            boolean any = false;
            for (int m = 0; m < models.length; m++) {
                double[] wm = models[m].weights(feature);
                if (wm != null) {
                    System.arraycopy(wm, 0, w, offsets[m], wm.length);
                    any = true;
                }
            }
            if (!any) {
                w = UNKNOWN;
            }
            if (weights.size() >= MEMO_LIMIT) {
                weights.clear();
            }
            weights.put(feature, w);
        }
        return w;
    }
}
