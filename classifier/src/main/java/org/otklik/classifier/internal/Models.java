package org.otklik.classifier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.otklik.classifier.Corpus;
import org.otklik.classifier.LabeledPost;
import org.otklik.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained models (topic + "not relevant", and importance), trained from {@code config/training/*.jsonl} at first
 * start and cached under the data directory, keyed by a hash of the corpus and of the analysis version, so an edited
 * corpus is trained anew and an unchanged one is read back in milliseconds.
 */
public final class Models {
    /** Bump when the analysis or the features change: old cached models then no longer match. */
    static final String VERSION = "otklik-classifier-models-1";
    private static final Logger LOG = LoggerFactory.getLogger(Models.class);

    private final Categorizer topics;
    private final Categorizer importance;
    private final String key;

    private Models(Categorizer topics, Categorizer importance, String key) {
        this.topics = topics;
        this.importance = importance;
        this.key = key;
    }

    public Categorizer topics() {
        return topics;
    }

    public Categorizer importance() {
        return importance;
    }

    public String key() {
        return key;
    }

    /** The models for the corpus in {@code trainingDir}: from {@code cacheDir} when cached, else trained and cached. */
    public static Models forCorpus(RussianAnalysis analysis, Path trainingDir, Path cacheDir) {
        String key = Corpus.hash(trainingDir, VERSION);
        Path topicFile = cacheDir == null ? null : cacheDir.resolve("topics-" + key + ".bin");
        Path importanceFile = cacheDir == null ? null : cacheDir.resolve("importance-" + key + ".bin");
        if (topicFile != null && Files.isRegularFile(topicFile) && Files.isRegularFile(importanceFile)) {
            try (InputStream t = Files.newInputStream(topicFile); InputStream i = Files.newInputStream(importanceFile)) {
                return new Models(Categorizer.read(t), Categorizer.read(i), key);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cached model {} is unreadable ({}); training anew", topicFile, e.toString());
            }
        }
        List<LabeledPost> corpus = Corpus.readDirectory(trainingDir);
        Models m = train(analysis, corpus, key);
        if (corpus.isEmpty()) {
            throw new ConfigException(trainingDir, 0, null, "no labeled posts (*.jsonl): the topic model cannot be trained");
        }
        if (topicFile != null) {
            try {
                Files.createDirectories(cacheDir);
                write(m.topics, topicFile);
                write(m.importance, importanceFile);
            } catch (IOException e) {
                LOG.warn("cannot cache the trained model under {}: {}", cacheDir, e.toString());
            }
        }
        return m;
    }

    /** Trains on labeled posts: the lead topic, or "none" for a post that needs no reaction; importance on all. */
    public static Models train(RussianAnalysis analysis, List<LabeledPost> corpus, String key) {
        List<Categorizer.Sample> topicSamples = new ArrayList<>();
        List<Categorizer.Sample> importanceSamples = new ArrayList<>();
        for (LabeledPost p : corpus) {
            LabeledPost.Expected e = p.expected();
            String[] stems = analysis.analyze(p.post().text()).stems();
            if (e.relevant() != null) {
                if (!e.relevant()) {
                    topicSamples.add(new Categorizer.Sample(TopicScorer.NOT_RELEVANT, stems));
                } else if (e.leadTopic() != null) {
                    topicSamples.add(new Categorizer.Sample(e.leadTopic().code(), stems));
                }
            }
            if (e.importance() != null) {
                importanceSamples.add(new Categorizer.Sample(e.importance().code(), stems));
            }
        }
        if (topicSamples.isEmpty() || importanceSamples.isEmpty()) {
            return new Models(Categorizer.train(List.of(new Categorizer.Sample(TopicScorer.NOT_RELEVANT, new String[] {"_"}),
                    new Categorizer.Sample("government", new String[] {"администрац"}))),
                    Categorizer.train(List.of(new Categorizer.Sample("normal", new String[] {"_"}),
                            new Categorizer.Sample(TopicScorer.HIGH, new String[] {"пожар"}))), key);
        }
        return new Models(Categorizer.train(topicSamples), Categorizer.train(importanceSamples), key);
    }

    private static void write(Categorizer c, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            c.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
