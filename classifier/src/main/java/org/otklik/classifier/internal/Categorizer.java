package org.otklik.classifier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An Apache OpenNLP document categorizer (trained with {@link DocumentCategorizerME}) over the shared analysis'
 * features: words and word pairs. Serialisable, so a trained model can be cached.
 *
 * <p>Scoring is OpenNLP's model, evaluated fast: both trainers used here (maximum entropy and naive Bayes) give
 * log-linear models, {@code p(c|doc) ∝ exp(base(c) + Σ w(f,c))}, so each feature's contribution {@code w(f,·)} is
 * read once from the model ({@code log p(c|{f}) − log p(c|{})}, {@link #weights}) into {@link CategorizerSet}'s table;
 * a post then costs a few additions instead of the model's per-call logarithms. {@code CategorizerTest} checks it
 * against OpenNLP's own evaluation.
 */
public final class Categorizer {
    private static final int ITERATIONS = 150;
    /** The feature generators of training; {@link #context} must produce exactly what they produced then. */
    private static final FeatureGenerator[] GENERATORS = generators();

    private final DoccatModel model;
    private final MaxentModel maxent;
    private final String[] categories;
    private final double[] base;

    private Categorizer(DoccatModel model) {
        this.model = model;
        this.maxent = model.getMaxentModel();
        this.categories = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = maxent.getOutcome(i);
        }
        this.base = logs(maxent.eval(new String[0]));
    }

    private static FeatureGenerator[] generators() {
        try {
            return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
        } catch (opennlp.tools.util.InvalidFormatException e) {
            throw new IllegalStateException("2..2 is a valid n-gram range", e);
        }
    }

    /** One training document: its category and its features. */
    public record Sample(String category, String[] features) {
    }

    /**
     * Trains with OpenNLP's maximum entropy ({@code MAXENT}) or naive Bayes ({@code NAIVEBAYES}) trainer.
     *
     * @param cutoff how many training documents a feature needs to be kept
     */
    public static Categorizer train(List<Sample> samples, String algorithm, int cutoff) {
        try {
            TrainingParameters params = TrainingParameters.defaultParams();
            params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
            params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            params.put(TrainingParameters.THREADS_PARAM, 1);
            // the trainer's per-iteration log lines say nothing an operator can act on
            params.put("PrintMessages", false);
            DoccatFactory factory = new DoccatFactory(GENERATORS);
            List<DocumentSample> docs = samples.stream().map(s -> new DocumentSample(s.category(), nonEmpty(s.features()))).toList();
            return new Categorizer(DocumentCategorizerME.train("ru", ObjectStreamUtils.createObjectStream(docs), params, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training the document categorizer failed", e);
        }
    }

    public static Categorizer read(InputStream in) throws IOException {
        return new Categorizer(new DoccatModel(in));
    }

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Every feature the model has a parameter for; any other feature leaves its scores unchanged. */
    @SuppressWarnings("unchecked")
    java.util.Set<String> knownFeatures() {
        if (maxent instanceof opennlp.tools.ml.model.AbstractModel m) {
            return ((Map<String, ?>) m.getDataStructures()[1]).keySet();
        }
        throw new IllegalStateException("not an OpenNLP AbstractModel: " + maxent.getClass().getName());
    }

    public String[] categories() {
        return categories.clone();
    }

    public int index(String category) {
        for (int i = 0; i < categories.length; i++) {
            if (categories[i].equals(category)) {
                return i;
            }
        }
        return -1;
    }

    /** The model's context for a document: what OpenNLP's feature generators make of its features. Share it between models. */
    public static String[] context(String[] features) {
        String[] text = nonEmpty(features);
        List<String> out = new ArrayList<>(text.length * 2);
        for (FeatureGenerator g : GENERATORS) {
            out.addAll(g.extractFeatures(text, Map.of()));
        }
        return out.toArray(new String[0]);
    }

    /** Turns summed log-scores into probabilities, in place. */
    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
        return s;
    }

    /** OpenNLP's own evaluation of the same context: the reference {@link #score} must agree with. */
    double[] reference(String[] context) {
        return maxent.eval(context);
    }

    double[] base() {
        return base;
    }

    /** What one feature adds to each category's log-score, or null when the model does not know it. Not remembered. */
    double[] weights(String feature) {
        double[] p = logs(maxent.eval(new String[] {feature}));
        boolean any = false;
        for (int i = 0; i < p.length; i++) {
            p[i] -= base[i];
            any |= Math.abs(p[i]) > 1e-12;
        }
        return any ? p : null;
    }

    private static double[] logs(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(Math.max(p[i], Double.MIN_NORMAL));
        }
        return out;
    }

    private static String[] nonEmpty(String[] f) {
        return f.length == 0 ? new String[] {"_empty_"} : f;
    }
}
