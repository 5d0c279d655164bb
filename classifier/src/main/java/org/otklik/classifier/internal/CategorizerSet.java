package org.otklik.classifier.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several categorizers scored on one shared context with one remembered lookup per feature: the relevance,
 * topic and importance models see the same features, so a post's features are looked up once, not three times.
 */
public final class CategorizerSet {
    private static final int MEMO_LIMIT = 300_000;
    private static final double[][] UNKNOWN = new double[0][];

    private final Categorizer[] models;
    private final Map<String, double[][]> weights = new ConcurrentHashMap<>();

    public CategorizerSet(Categorizer... models) {
        this.models = models.clone();
    }

    /** Probabilities per model (in the order given), each aligned with that model's categories. */
    public double[][] score(String[] context) {
        double[][] s = new double[models.length][];
        for (int m = 0; m < models.length; m++) {
            s[m] = models[m].base().clone();
        }
        for (String f : context) {
            double[][] w = weights(f);
            if (w == UNKNOWN) {
                continue;
            }
            for (int m = 0; m < models.length; m++) {
                double[] wm = w[m];
                if (wm != null) {
                    double[] sm = s[m];
                    for (int i = 0; i < sm.length; i++) {
                        sm[i] += wm[i];
                    }
                }
            }
        }
        for (double[] sm : s) {
            Categorizer.softmax(sm);
        }
        return s;
    }

    private double[][] weights(String feature) {
        double[][] w = weights.get(feature);
        if (w == null) {
            w = new double[models.length][];
            boolean any = false;
            for (int m = 0; m < models.length; m++) {
                w[m] = models[m].weights(feature);
                any |= w[m] != null;
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
