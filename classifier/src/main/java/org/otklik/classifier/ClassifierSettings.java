package org.otklik.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.otklik.config.internal.Fields;

/**
 * Thresholds of {@code config/classifier.yaml}. Every key is optional; a missing file means the defaults.
 *
 * @param relevantMin probability of "needs a reaction" from which a post is relevant
 * @param dictionaryWeight how much one matched topic-dictionary term adds to the model's topic probability
 * @param secondaryMin score from which a further topic is listed after the lead one
 * @param maxTopics at most this many topics
 * @param highMin probability of high importance (model) from which a post is high without any rule
 * @param dangerMin probability of high importance (model) a danger term needs to make a post high: a bare danger
 *     word ("провалился", "пожар") also names mild or past events (a sunk paving tile, the fire risk of dry grass)
 * @param coldMonths months when a heat, water, power or gas outage is dangerous
 * @param surgeWindow the window of the surge detector
 * @param surgePosts this many posts on one topic and place within the window make the next ones high
 * @param threatModelMin probability of a threat (model) from which a post the threat rules let pass is a threat; 1 = off
 * @param threatModelMinWords the threat model judges only posts of at least this many words: on a short line its
 *     evidence is a pronoun or two («ты», «тебе»), which the corpus has mostly in threats, so it is sure of nothing
 */
public record ClassifierSettings(double relevantMin, double dictionaryWeight, double secondaryMin, int maxTopics, double highMin, double dangerMin,
                                 Reach reach, Set<Month> coldMonths, Duration surgeWindow, int surgePosts,
                                 double threatModelMin, int threatModelMinWords) {

    /** Reach from which a post is high by itself: a problem many people see. */
    public record Reach(long views, long likes, long reposts, long comments) {
        public boolean exceeded(long v, long l, long r, long c) {
            return v >= views || l >= likes || r >= reposts || c >= comments;
        }
    }

    public ClassifierSettings {
        coldMonths = coldMonths.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coldMonths));
    }

    public static ClassifierSettings defaults() {
        return new ClassifierSettings(0.9, 0.1, 0.25, 3, 0.9, 0.0, new Reach(10_000, 500, 200, 300),
                EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL),
                Duration.ofHours(3), 5, 0.9999, 15);
    }

    public static ClassifierSettings load(Path file) {
        ClassifierSettings d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Fields f = Fields.of(file);
        double relevantMin = d.relevantMin;
        double dictionaryWeight = d.dictionaryWeight;
        double secondaryMin = d.secondaryMin;
        int maxTopics = d.maxTopics;
        if (f.has("relevance")) {
            Fields r = f.map("relevance");
            relevantMin = r.as("min_probability", ClassifierSettings::probability, relevantMin);
            r.done();
        }
        if (f.has("topics")) {
            Fields t = f.map("topics");
            dictionaryWeight = t.as("dictionary_weight", ClassifierSettings::probability, dictionaryWeight);
            secondaryMin = t.as("secondary_min_score", ClassifierSettings::probability, secondaryMin);
            maxTopics = t.integer("max_topics", 1, 17, maxTopics);
            t.done();
        }
        double highMin = d.highMin;
        double dangerMin = d.dangerMin;
        Reach reach = d.reach;
        Set<Month> cold = d.coldMonths;
        Duration window = d.surgeWindow;
        int surgePosts = d.surgePosts;
        if (f.has("importance")) {
            Fields i = f.map("importance");
            highMin = i.as("high_probability", ClassifierSettings::probability, highMin);
            dangerMin = i.as("danger_min_probability", ClassifierSettings::probability, dangerMin);
            if (i.has("reach")) {
                Fields r = i.map("reach");
                reach = new Reach(r.integer("views", 1, Integer.MAX_VALUE, (int) reach.views()),
                        r.integer("likes", 1, Integer.MAX_VALUE, (int) reach.likes()),
                        r.integer("reposts", 1, Integer.MAX_VALUE, (int) reach.reposts()),
                        r.integer("comments", 1, Integer.MAX_VALUE, (int) reach.comments()));
                r.done();
            }
            if (i.has("cold_months")) {
                cold = EnumSet.noneOf(Month.class);
                cold.addAll(i.scalars("cold_months", v -> Month.of(month(v))));
            }
            if (i.has("surge")) {
                Fields s = i.map("surge");
                window = Duration.ofMinutes(s.integer("window_minutes", 1, 7 * 24 * 60, (int) window.toMinutes()));
                surgePosts = s.integer("posts", 2, 10_000, surgePosts);
                s.done();
            }
            i.done();
        }
        double threatModelMin = d.threatModelMin;
        int threatModelMinWords = d.threatModelMinWords;
        if (f.has("filter")) {
            Fields t = f.map("filter");
            threatModelMin = t.as("threat_model_probability", ClassifierSettings::probability, threatModelMin);
            threatModelMinWords = t.integer("threat_model_min_words", 1, 10_000, threatModelMinWords);
            t.done();
        }
        f.done();
        return new ClassifierSettings(relevantMin, dictionaryWeight, secondaryMin, maxTopics, highMin, dangerMin, reach, cold, window, surgePosts,
                threatModelMin, threatModelMinWords);
    }

    private static double probability(String v) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number");
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException(v + " is out of range 0..1");
        }
        return d;
    }

    private static int month(String v) {
        try {
            int m = Integer.parseInt(v);
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException(v + " is not a month number 1..12");
            }
            return m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a month number 1..12");
        }
    }
}
