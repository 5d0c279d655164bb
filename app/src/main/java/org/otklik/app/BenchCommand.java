package org.otklik.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otklik.classifier.Classifier;
import org.otklik.classifier.Corpus;
import org.otklik.classifier.LabeledPost;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Network;
import org.otklik.core.Post;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Benchmarks: {@code bench classify} prints posts per second on one core and the p99 latency for ~300-character posts. */
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.Classify.class, BenchCrawlCommand.class, DispatcherBenchCommand.class, BenchDashboardCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "classify", description = "Posts per second per core and p99 latency of the classifier on ~300-character posts.")
    static final class Classify implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--seconds", defaultValue = "10", description = "measuring time after warm-up (default: ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--warmup", defaultValue = "20", description = "warm-up seconds; the JIT needs ~20 s to settle (default: ${DEFAULT-VALUE})")
        int warmup;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OtklikConfig c = config.load();
            Classifier classifier = Classifier.load(c, c.settings().dataDir().resolve("classifier"), Clock.systemUTC());
            List<Post> posts = posts(c);
            var out = spec.commandLine().getOut();
            double avg = posts.stream().mapToInt(p -> p.text().length()).average().orElse(0);
            out.printf(Locale.ROOT, "bench classify: %d distinct posts, %.0f characters on average, one thread%n", posts.size(), avg);
            run(classifier, posts, warmup * 1_000_000_000L, null);
            long[] latencies = new long[5_000_000];
            int[] count = {0};
            long start = System.nanoTime();
            run(classifier, posts, seconds * 1_000_000_000L, (n, ns) -> {
                if (count[0] < latencies.length) {
                    latencies[count[0]++] = ns;
                }
            });
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, count[0]);
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "posts/s/core: %.0f%n", count[0] / elapsed);
            out.printf(Locale.ROOT, "latency p50: %.1f µs, p99: %.1f µs, max: %.1f µs%n", sorted[sorted.length / 2] / 1e3,
                    sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[sorted.length - 1] / 1e3);
            out.flush();
            return Main.OK;
        }

        private interface Sink {
            void accept(int n, long nanos);
        }

        private static void run(Classifier classifier, List<Post> posts, long budget, Sink sink) {
            long end = System.nanoTime() + budget;
            int i = 0;
            long sum = 0;
            while (System.nanoTime() < end) {
                for (int k = 0; k < 100; k++) {
                    Post p = posts.get(i++ % posts.size());
                    long t0 = System.nanoTime();
                    sum += classifier.classify(p).reasons().size();
                    long t1 = System.nanoTime();
                    if (sink != null) {
                        sink.accept(i, t1 - t0);
                    }
                }
            }
            if (sum == 42) {
                // keeps the JIT from dropping the work
                Thread.onSpinWait();
            }
        }

        /** ~300-character posts made of the training corpus' own texts (two joined when one is short). */
        private static List<Post> posts(OtklikConfig c) {
            List<LabeledPost> corpus = Corpus.readDirectory(c.dir().resolve("training"));
            List<Post> out = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Post p = corpus.get(i).post();
                StringBuilder text = new StringBuilder(p.text());
                int j = i + 1;
                while (text.length() < 280 && j < i + 5 && j < corpus.size()) {
                    text.append(' ').append(corpus.get(j++).post().text());
                }
                String t = text.length() > 320 ? text.substring(0, 300) : text.toString();
                out.add(new Post(Network.VK, "bench", "b" + i, p.municipality(), null, t, null, null, null,
                        p.likes(), p.reposts(), p.comments(), p.views()));
            }
            if (out.isEmpty()) {
                throw new BadInputException(c.dir().resolve("training") + ": no labeled posts to benchmark with");
            }
            return out;
        }
    }
}
