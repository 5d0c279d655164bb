package org.otklik.classifier;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.otklik.core.Classification;
import org.otklik.core.PostClassifier;

/**
 * Measures a classifier against labeled posts: per-class precision, recall and F1 for the filter, relevance, lead
 * topic, settlement and importance, and the most frequent confusions. A field a file does not label is skipped.
 */
public final class Evaluation {

    /** Counts for one task: gold and predicted label per scored post. */
    public static final class Task {
        private final String name;
        private final List<String[]> pairs = new ArrayList<>();

        Task(String name) {
            this.name = name;
        }

        void add(String gold, String predicted) {
            pairs.add(new String[] {gold, predicted});
        }

        public String name() {
            return name;
        }

        public int size() {
            return pairs.size();
        }

        public double accuracy() {
            if (pairs.isEmpty()) {
                return Double.NaN;
            }
            long ok = pairs.stream().filter(p -> p[0].equals(p[1])).count();
            return (double) ok / pairs.size();
        }

        /** precision, recall, F1, support of one class. */
        public double[] prf(String cls) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String[] p : pairs) {
                boolean g = p[0].equals(cls);
                boolean q = p[1].equals(cls);
                if (g && q) {
                    tp++;
                } else if (q) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new double[] {precision, recall, f1, tp + fn};
        }

        public List<String> classes() {
            TreeMap<String, Boolean> all = new TreeMap<>();
            for (String[] p : pairs) {
                all.put(p[0], true);
                all.put(p[1], true);
            }
            return new ArrayList<>(all.keySet());
        }

        Map<String, Integer> confusions() {
            Map<String, Integer> c = new TreeMap<>();
            for (String[] p : pairs) {
                if (!p[0].equals(p[1])) {
                    c.merge(p[0] + " → " + p[1], 1, Integer::sum);
                }
            }
            return c;
        }
    }

    private final Task filter = new Task("filter");
    private final Task excluded = new Task("filter excluded (any of obscene/insult/threat)");
    private final Task relevance = new Task("relevance");
    private final Task topic = new Task("lead topic (relevant posts)");
    private final Task settlement = new Task("settlement");
    private final Task importance = new Task("importance");
    /** Every topic label of relevant posts, the lead and the further ones: how many listed are right, how many right are listed. */
    private int topicsListed;
    private int topicsRight;
    private int topicsExpected;

    public static Evaluation run(PostClassifier classifier, List<LabeledPost> posts) {
        Evaluation e = new Evaluation();
        for (LabeledPost p : posts) {
            e.add(p, classifier.classify(p.post()));
        }
        return e;
    }

    void add(LabeledPost p, Classification c) {
        LabeledPost.Expected x = p.expected();
        if (x.filter() != null) {
            filter.add(x.filter().code(), c.filter().code());
        }
        if (x.excluded() != null) {
            excluded.add(String.valueOf(x.excluded()), String.valueOf(c.filter().excludes()));
        }
        if (x.relevant() != null) {
            relevance.add(String.valueOf(x.relevant()), String.valueOf(c.relevant()));
            if (x.relevant() && x.leadTopic() != null) {
                topic.add(x.leadTopic().code(), c.leadTopic() == null ? "-" : c.leadTopic().code());
                topicsExpected += x.topics().size();
                topicsListed += c.topics().size();
                for (var t : c.topics()) {
                    topicsRight += x.topics().contains(t) ? 1 : 0;
                }
            }
            if (x.importance() != null) {
                importance.add(x.importance().code(), c.importance().code());
            }
            settlement.add(place(x.settlement()), place(c.location() == null ? null : c.location().settlement()));
        }
    }

    private static String place(String s) {
        return s == null ? "-" : s.replace('ё', 'е').replace('Ё', 'Е');
    }

    public Task filter() {
        return filter;
    }

    public Task excluded() {
        return excluded;
    }

    public Task relevance() {
        return relevance;
    }

    public Task topic() {
        return topic;
    }

    public Task settlement() {
        return settlement;
    }

    public Task importance() {
        return importance;
    }

    public void print(PrintWriter out) {
        print(out, excluded, List.of("true"));
        print(out, filter, null);
        print(out, relevance, List.of("true"));
        print(out, topic, null);
        if (topicsExpected > 0) {
            double p = topicsListed == 0 ? 0 : (double) topicsRight / topicsListed;
            double r = (double) topicsRight / topicsExpected;
            out.printf(Locale.ROOT, "== all topics (relevant posts, lead and further): %d labels, %d listed, precision %.3f, recall %.3f, F1 %.3f%n",
                    topicsExpected, topicsListed, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        print(out, settlement, List.of());
        print(out, importance, List.of("high"));
    }

    private static void print(PrintWriter out, Task t, List<String> only) {
        if (t.size() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "== %s: %d posts, accuracy %.3f%n", t.name(), t.size(), t.accuracy());
        List<String> classes = only == null ? t.classes() : only;
        if (!classes.isEmpty()) {
            out.printf(Locale.ROOT, "   %-16s %9s %7s %7s %8s%n", "class", "precision", "recall", "F1", "support");
            double macro = 0;
            for (String cls : classes) {
                double[] r = t.prf(cls);
                macro += r[2];
                out.printf(Locale.ROOT, "   %-16s %9.3f %7.3f %7.3f %8d%n", cls, r[0], r[1], r[2], (int) r[3]);
            }
            if (classes.size() > 1) {
                out.printf(Locale.ROOT, "   %-16s %25.3f%n", "macro F1", macro / classes.size());
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(t.confusions().entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (!top.isEmpty()) {
            StringBuilder sb = new StringBuilder("   top confusions (gold → predicted): ");
            for (int i = 0; i < Math.min(8, top.size()); i++) {
                sb.append(i == 0 ? "" : "; ").append(top.get(i).getKey()).append(" ×").append(top.get(i).getValue());
            }
            out.println(sb);
        }
    }
}
