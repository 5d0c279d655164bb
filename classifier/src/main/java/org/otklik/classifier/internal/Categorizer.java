package org.otklik.classifier.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An Apache OpenNLP document categorizer over the shared analysis' stems (words and word pairs).
 * Trained from the labeled corpus; serialisable so a trained model can be cached.
 */
public final class Categorizer {
    private static final int ITERATIONS = 150;
    private static final int CUTOFF = 1;

    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizers;
    private final String[] categories;

    private Categorizer(DoccatModel model) {
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        DocumentCategorizerME c = new DocumentCategorizerME(model);
        this.categories = new String[c.getNumberOfCategories()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = c.getCategory(i);
        }
    }

    /** One training document: its category and its features. */
    public record Sample(String category, String[] features) {
    }

    /** Trains with OpenNLP's maximum entropy ({@code MAXENT}) or naive Bayes ({@code NAIVEBAYES}) trainer. */
    public static Categorizer train(List<Sample> samples, String algorithm) {
        try {
            TrainingParameters params = TrainingParameters.defaultParams();
            params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("exp.iter", ITERATIONS));
            params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("exp.cutoff", CUTOFF));
            params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("exp.algo." + algorithm, algorithm));
            params.put(TrainingParameters.THREADS_PARAM, 1);
            DoccatFactory factory = new DoccatFactory(Boolean.getBoolean("exp.nobigram") ? new FeatureGenerator[] {new BagOfWordsFeatureGenerator()} : new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            List<DocumentSample> docs = samples.stream()
                    .map(s -> new DocumentSample(s.category(), features(s.features())))
                    .toList();
            DoccatModel m = DocumentCategorizerME.train("ru", ObjectStreamUtils.createObjectStream(docs), params, factory);
            return new Categorizer(m);
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

    /** A copy through serialisation: proves a cached model reads back. */
    Categorizer roundTrip() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(b);
        return read(new ByteArrayInputStream(b.toByteArray()));
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

    /** Probabilities aligned with {@link #categories()}. */
    public double[] score(String[] features) {
        return categorizers.get().categorize(features(features));
    }

    private static String[] features(String[] f) {
        return f.length == 0 ? new String[] {"_empty_"} : f;
    }
}
