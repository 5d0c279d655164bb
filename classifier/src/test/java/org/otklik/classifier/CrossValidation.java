package org.otklik.classifier;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Classification;

/**
 * k-fold cross-validation on the training corpus only, for error analysis and tuning without looking at the
 * held-out set. Off by default: {@code ./mvnw -pl classifier -am verify -Dotklik.cv=true -Dtest=CrossValidation
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures and the misclassified posts go to {@code target/cv-report.txt}.
 */
@EnabledIfSystemProperty(named = "otklik.cv", matches = "true")
class CrossValidation {
    private static final int FOLDS = 5;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    /** {@code -Dotklik.cv.sweep=0.6:0,0.9:0.01}: also evaluate these high_probability:danger_min_probability pairs. */
    private static final List<String> SWEEP = List.of(System.getProperty("otklik.cv.sweep", "").split(",")).stream()
            .filter(x -> !x.isBlank()).toList();

    @TempDir
    Path tmp;

    @Test
    void five_fold_cross_validation_on_the_training_corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : Corpus.files(TestConfig.SHIPPED.resolve("training"))) {
            for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        Evaluation all = new Evaluation();
        java.util.Map<String, Evaluation> sweep = new java.util.TreeMap<>();
        Path report = Path.of("target", "cv-report.txt");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            for (int k = 0; k < FOLDS; k++) {
                Path config = TestConfig.copy(tmp.resolve("fold" + k));
                Path training = config.resolve("training");
                try (var s = Files.list(training)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                List<String> train = new ArrayList<>();
                List<String> test = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    (i % FOLDS == k ? test : train).add(lines.get(i));
                }
                Files.write(training.resolve("train.jsonl"), train, StandardCharsets.UTF_8);
                Path testFile = tmp.resolve("test" + k + ".jsonl");
                Files.write(testFile, test, StandardCharsets.UTF_8);
                Path models = tmp.resolve("models" + k);
                for (String th : SWEEP) {
                    Path yaml = config.resolve("classifier.yaml");
                    String orig = Files.readString(TestConfig.SHIPPED.resolve("classifier.yaml"), StandardCharsets.UTF_8);
                    Files.writeString(yaml, orig.replaceFirst("high_probability: [0-9.]+", "high_probability: " + th.split(":")[0])
                            .replaceFirst("danger_min_probability: [0-9.]+", "danger_min_probability: " + (th.contains(":") ? th.split(":")[1] : "0")), StandardCharsets.UTF_8);
                    Classifier c = Classifier.load(OtklikConfig.load(config), models, CLOCK);
                    Evaluation e = sweep.computeIfAbsent(th, x -> new Evaluation());
                    for (LabeledPost p : Corpus.read(testFile)) {
                        e.add(p, c.classify(p.post()));
                    }
                }
                Files.writeString(config.resolve("classifier.yaml"), Files.readString(TestConfig.SHIPPED.resolve("classifier.yaml"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                Classifier c = Classifier.load(OtklikConfig.load(config), models, CLOCK);
                for (LabeledPost p : Corpus.read(testFile)) {
                    Classification r = c.classify(p.post());
                    all.add(p, r);
                    LabeledPost.Expected x = p.expected();
                    if (x.filter() != null && x.filter() != r.filter()) {
                        out.println("FIL " + x.filter() + "→" + r.filter() + " [" + p.post().externalId() + "] | " + p.post().text()
                                + " | " + r.reasons().stream().filter(s -> s.startsWith("фильтр")).toList());
                    }
                    if (x.importance() != null && r.relevant()) {
                        out.println("ROW\t" + x.importance().code() + "\t" + r.importance().code() + "\t"
                                + String.join("\t", r.reasons().stream().filter(s -> s.startsWith("важность")).toList()));
                    }
                    if (x.relevant() != null && x.relevant() && r.relevant()) {
                        if (x.importance() != null && x.importance() != r.importance()) {
                            out.println("IMP " + x.importance().code() + "→" + r.importance().code() + " | " + p.post().text()
                                    + " | v" + p.post().views() + " l" + p.post().likes() + " r" + p.post().reposts() + " c" + p.post().comments()
                                    + " | " + r.reasons().stream().filter(s -> s.startsWith("важность")).toList());
                        }
                        String gold = x.settlement() == null ? "-" : x.settlement().replace('ё', 'е');
                        String got = r.location() == null || r.location().settlement() == null ? "-" : r.location().settlement().replace('ё', 'е');
                        if (!gold.equals(got)) {
                            out.println("SET " + gold + "→" + got + " [" + p.post().municipality() + "] | " + p.post().text());
                        }
                    }
                }
            }
            all.print(out);
            for (var en : sweep.entrySet()) {
                double[] r = en.getValue().importance().prf("high");
                out.printf(java.util.Locale.ROOT, "threshold %s: high P %.3f R %.3f F1 %.3f%n", en.getKey(), r[0], r[1], r[2]);
            }
        }
        PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        all.print(console);
    }
}
