package org.otklik.classifier.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Several categorizers scored on one post's features with one lookup per feature: the relevance, topic, importance
 * and threat models see the same features, so a post's features are looked up once, not once per model.
 *
 * <p>Every feature the models know is weighed once, when the set is built, into read-only tables. A
 * remembered-on-first-use table was slower: real posts keep bringing word pairs no model has seen, each of them
 * cost three model evaluations and a concurrent write, and the table had to be emptied whenever it filled up.
 *
 * <p>The models know OpenNLP's context strings ({@code bow=X} for a feature, {@code ng=:X:Y} for two neighbours); the
 * tables are keyed by the features themselves instead, a pair by its first and then its second feature, with interned
 * keys. A post's stems come interned from {@link RussianAnalysis}, so most lookups hit on identity with a remembered
 * hash, and no context string is built: half the time of a post had gone into building and comparing them.
 */
public final class CategorizerSet {
    private static final String WORD = "bow=";
    private static final String PAIR = "ng=:";

    private final Categorizer[] models;
    /** Where each model's categories start in a feature's flat weight vector. */
    private final int[] offsets;
    private final int width;
    /** Per known feature, all models' weights in one flat array: one lookup and one contiguous read per feature. */
    private final Map<String, double[]> words;
    /** Per first feature of a known pair, its second features and their weights. */
    private final Map<String, Map<String, double[]>> pairs;
    /** Context strings of neither shape (none with OpenNLP's generators today), scored by their full string. */
    private final Map<String, double[]> others;

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
        Map<String, double[]> w = new HashMap<>();
        Map<String, Map<String, double[]>> p = new HashMap<>();
        Map<String, double[]> o = new HashMap<>();
        table.forEach((feature, weights) -> {
            int colon = feature.startsWith(PAIR) ? feature.indexOf(':', PAIR.length()) : -1;
            if (feature.startsWith(WORD)) {
                w.put(feature.substring(WORD.length()).intern(), weights);
            } else if (colon > 0 && feature.indexOf(':', colon + 1) < 0) {
                p.computeIfAbsent(feature.substring(PAIR.length(), colon).intern(), k -> new HashMap<>())
                        .put(feature.substring(colon + 1).intern(), weights);
            } else {
                o.put(feature, weights);
            }
        });
        this.words = w;
        this.pairs = p;
        this.others = o;
    }

    /**
     * Probabilities per model (in the order given), each aligned with that model's categories, for a post's features
     * (what {@link Categorizer#context} would turn into the models' context).
     */
    public double[][] score(String[] features) {
        String[] f = features.length == 0 ? new String[] {"_empty_"} : features;
        double[] sum = new double[width];
        for (int m = 0; m < models.length; m++) {
            System.arraycopy(models[m].base(), 0, sum, offsets[m], offsets[m + 1] - offsets[m]);
        }
        for (int i = 0; i < f.length; i++) {
            add(sum, words.get(f[i]));
            if (i + 1 < f.length) {
                Map<String, double[]> second = pairs.get(f[i]);
                if (second != null) {
                    add(sum, second.get(f[i + 1]));
                }
            }
        }
        if (!others.isEmpty()) {
            for (String c : Categorizer.context(f)) {
                add(sum, others.get(c));
            }
        }
        double[][] s = new double[models.length][];
        for (int m = 0; m < models.length; m++) {
            s[m] = Categorizer.softmax(java.util.Arrays.copyOfRange(sum, offsets[m], offsets[m + 1]));
        }
        return s;
    }

    private void add(double[] sum, double[] w) {
        if (w != null) {
            for (int i = 0; i < width; i++) {
                sum[i] += w[i];
            }
        }
    }

    /** How many features the models know. */
    public int size() {
        int n = words.size() + others.size();
        for (Map<String, double[]> second : pairs.values()) {
            n += second.size();
        }
        return n;
    }
}
