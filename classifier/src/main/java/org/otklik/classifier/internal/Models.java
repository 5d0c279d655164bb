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
 * The trained models (topic + "not relevant", importance, and threat), trained from {@code config/training/*.jsonl} at first
 * start and cached under the data directory, keyed by a hash of the corpus and of the analysis version, so an edited
 * corpus is trained anew and an unchanged one is read back in milliseconds.
 */
public final class Models {
    /** Bump when the analysis, the features or the training parameters change: old cached models then no longer match. */
    static final String VERSION = "otklik-classifier-models-8";
    public static final String RELEVANT = "relevant";
    public static final String THREAT = "threat";
    private static final String NO_THREAT = "no-threat";
    private static final Logger LOG = LoggerFactory.getLogger(Models.class);

    private final Categorizer relevance;
    private final Categorizer topics;
    private final Categorizer importance;
    private final Categorizer threat;
    private final String key;

    private Models(Categorizer relevance, Categorizer topics, Categorizer importance, Categorizer threat, String key) {
        this.relevance = relevance;
        this.topics = topics;
        this.importance = importance;
        this.threat = threat;
        this.key = key;
    }

    public Categorizer threat() {
        return threat;
    }

    public Categorizer relevance() {
        return relevance;
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
    public static Models forCorpus(RussianAnalysis analysis, Path trainingDir, Path cacheDir, java.util.function.BiFunction<org.otklik.core.Post, AnalyzedText, String[]> features,
                                   String featureKey) {
        String key = Corpus.hash(trainingDir, VERSION + featureKey);
        Path relevanceFile = cacheDir == null ? null : cacheDir.resolve("relevance-" + key + ".bin");
        Path topicFile = cacheDir == null ? null : cacheDir.resolve("topics-" + key + ".bin");
        Path importanceFile = cacheDir == null ? null : cacheDir.resolve("importance-" + key + ".bin");
        Path threatFile = cacheDir == null ? null : cacheDir.resolve("threat-" + key + ".bin");
        if (topicFile != null && Files.isRegularFile(topicFile) && Files.isRegularFile(importanceFile) && Files.isRegularFile(relevanceFile)
                && Files.isRegularFile(threatFile)) {
            try (InputStream r = Files.newInputStream(relevanceFile); InputStream t = Files.newInputStream(topicFile);
                 InputStream i = Files.newInputStream(importanceFile); InputStream h = Files.newInputStream(threatFile)) {
                Models cached = new Models(Categorizer.read(r), Categorizer.read(t), Categorizer.read(i), Categorizer.read(h), key);
                markUsed(List.of(relevanceFile, topicFile, importanceFile, threatFile));
                return cached;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cached model {} is unreadable ({}); training anew", topicFile, e.toString());
            }
        }
        List<LabeledPost> corpus = Corpus.readDirectory(trainingDir);
        if (corpus.isEmpty()) {
            throw new ConfigException(trainingDir, 0, null, "no labeled posts (*.jsonl): the topic model cannot be trained");
        }
        LOG.info("training the relevance, topic, importance and threat models on {} labeled posts of {} (key {})", corpus.size(), trainingDir, key);
        Models m = train(analysis, corpus, key, features);
        if (topicFile != null) {
            try {
                Files.createDirectories(cacheDir);
                write(m.relevance, relevanceFile);
                write(m.topics, topicFile);
                write(m.importance, importanceFile);
                write(m.threat, threatFile);
                prune(cacheDir, KEPT_MODEL_SETS);
            } catch (IOException e) {
                LOG.warn("cannot cache the trained model under {}: {}", cacheDir, e.toString());
            }
        }
        return m;
    }

    /**
     * How many model sets (one per corpus and dictionary version) the cache keeps: the current one and a few recent
     * ones, so that switching between two configurations (serve and a classify run with --config) does not retrain
     * every time, while a year of dictionary edits does not fill the disk.
     */
    static final int KEPT_MODEL_SETS = 3;
    private static final java.util.regex.Pattern CACHED = java.util.regex.Pattern.compile("(relevance|topics|importance|threat)-([0-9a-f]+)\\.bin");

    private static void markUsed(List<Path> files) {
        java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
        for (Path f : files) {
            try {
                Files.setLastModifiedTime(f, now);
            } catch (IOException e) {
                // a read-only cache still serves; it is only pruned by age less accurately
                LOG.debug("cannot mark {} as used: {}", f, e.toString());
            }
        }
    }

    /** Deletes the cached model sets beyond the {@code keep} most recently used ones. */
    static void prune(Path cacheDir, int keep) throws IOException {
        java.util.Map<String, java.nio.file.attribute.FileTime> lastUse = new java.util.HashMap<>();
        java.util.Map<String, List<Path>> files = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> s = Files.list(cacheDir)) {
            for (Path f : s.toList()) {
                java.util.regex.Matcher m = CACHED.matcher(f.getFileName().toString());
                if (m.matches()) {
                    java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(f);
                    lastUse.merge(m.group(2), t, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    files.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(f);
                }
            }
        }
        List<String> byAge = lastUse.keySet().stream()
                .sorted(java.util.Comparator.comparing((String k) -> lastUse.get(k)).reversed()).toList();
        for (String old : byAge.subList(Math.min(keep, byAge.size()), byAge.size())) {
            for (Path f : files.get(old)) {
                Files.deleteIfExists(f);
            }
            LOG.info("removed the cached models {} (not used among the last {})", old, keep);
        }
    }

    /**
     * Trains on labeled posts: relevance on all, the lead topic on relevant posts, importance on relevant posts, threat
     * on all posts with a filter label.
     */
    public static Models train(RussianAnalysis analysis, List<LabeledPost> corpus, String key, java.util.function.BiFunction<org.otklik.core.Post, AnalyzedText, String[]> features) {
        List<Categorizer.Sample> relevanceSamples = new ArrayList<>();
        List<Categorizer.Sample> topicSamples = new ArrayList<>();
        List<Categorizer.Sample> importanceSamples = new ArrayList<>();
        List<Categorizer.Sample> threatSamples = new ArrayList<>();
        for (LabeledPost p : corpus) {
            LabeledPost.Expected e = p.expected();
            AnalyzedText text = analysis.analyze(p.post().text());
            String[] stems = features.apply(p.post(), text);
            if (e.filter() != null) {
                threatSamples.add(new Categorizer.Sample(e.filter() == org.otklik.core.FilterVerdict.THREAT ? THREAT : NO_THREAT, stems));
            }
            if (e.relevant() == null) {
                continue;
            }
            relevanceSamples.add(new Categorizer.Sample(e.relevant() ? RELEVANT : TopicScorer.NOT_RELEVANT, stems));
            if (e.relevant() && e.leadTopic() != null) {
                topicSamples.add(new Categorizer.Sample(e.leadTopic().code(), stems));
            }
            if (e.relevant() && e.importance() != null) {
                importanceSamples.add(new Categorizer.Sample(e.importance().code(),
                        TopicScorer.withoutBeginnings(stems, text)));
            }
        }
        if (distinct(relevanceSamples) < 2 || distinct(topicSamples) < 2 || distinct(importanceSamples) < 2 || distinct(threatSamples) < 2) {
            throw new ConfigException(null, 0, "training", "the labeled corpus needs relevant and not relevant posts, two topics "
                    + "or more, both importances and threats among filter labels to train on");
        }
        // a word or pair seen in one post only is noise (5-fold CV, 1,859 posts: lead topic 0.787 → 0.801 at 2, 0.798 at
        // 3). Importance kept them while the corpus was small (high F1 0.765 → 0.738 at 2); on 6,058 posts cutoff 2 is
        // high F1 0.881 → 0.885, and the singletons were most of the feature table every post is scored through
        return new Models(Categorizer.train(relevanceSamples, "NAIVEBAYES", 2), Categorizer.train(topicSamples, "MAXENT", 2),
                Categorizer.train(importanceSamples, "NAIVEBAYES", 2), Categorizer.train(threatSamples, THREAT_ALGORITHM, THREAT_CUTOFF), key);
    }

    /**
     * The threat model's trainer and feature cutoff, chosen on posts-8 before it joined the corpus (classifier README:
     * maximum entropy found fewer threats at any threshold). Not settings: the model cache is keyed by {@link #VERSION},
     * so a change here must bump it.
     */
    private static final String THREAT_ALGORITHM = "NAIVEBAYES";
    private static final int THREAT_CUTOFF = 2;

    private static long distinct(List<Categorizer.Sample> samples) {
        return samples.stream().map(Categorizer.Sample::category).distinct().count();
    }

    private static void write(Categorizer c, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            c.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
