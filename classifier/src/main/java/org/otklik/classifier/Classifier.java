package org.otklik.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.otklik.classifier.internal.AnalyzedText;
import org.otklik.classifier.internal.Dictionaries;
import org.otklik.classifier.internal.Evidence;
import org.otklik.classifier.internal.ExclusionFilter;
import org.otklik.classifier.internal.FilterStage;
import org.otklik.classifier.internal.ModelThreat;
import org.otklik.classifier.internal.Gazetteer;
import org.otklik.classifier.internal.ImportanceRules;
import org.otklik.classifier.internal.ModelRelevance;
import org.otklik.classifier.internal.Models;
import org.otklik.classifier.internal.PhraseIndex;
import org.otklik.classifier.internal.PlaceStage;
import org.otklik.classifier.internal.RussianAnalysis;
import org.otklik.classifier.internal.Stages;
import org.otklik.classifier.internal.SurgeDetector;
import org.otklik.classifier.internal.TopicRanking;
import org.otklik.classifier.internal.TopicScorer;
import org.otklik.config.ConfigException;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Classification;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Post;
import org.otklik.core.PostClassifier;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;

/**
 * The classifier: the one place where the stages are composed. Per post: the shared Russian analysis, then the
 * exclusion filter, relevance, topics, place and importance, each adding its reasons. {@code repeat_of} stays null:
 * the dispatcher links repeats against earlier cases. Safe from many threads.
 */
public final class Classifier implements PostClassifier {
    private final RussianAnalysis analysis;
    private final FilterStage filter;
    private final TopicScorer scorer;
    private final Stages.Relevance relevance;
    private final Stages.Topics topics;
    private final PlaceStage place;
    private final Stages.Importances importance;
    private final ModelThreat threatModel;

    private Classifier(RussianAnalysis analysis, FilterStage filter, ModelThreat threatModel, TopicScorer scorer, Stages.Relevance relevance,
                       Stages.Topics topics, PlaceStage place, Stages.Importances importance) {
        this.analysis = analysis;
        this.filter = filter;
        this.threatModel = threatModel;
        this.scorer = scorer;
        this.relevance = relevance;
        this.topics = topics;
        this.place = place;
        this.importance = importance;
    }

    @Override
    public Classification classify(Post post) {
        List<String> reasons = new ArrayList<>();
        AnalyzedText text = analysis.analyze(post.text());
        FilterStage.Verdict rules = filter.check(text, reasons);
        Evidence e = scorer.evidence(post, text);
        FilterVerdict verdict = threatModel.verdict(rules, e, reasons);
        boolean relevant = relevance.relevant(e, reasons);
        List<Topic> found = relevant ? topics.topics(e, reasons) : List.of();
        Location location = place.locate(text, post.municipality(), relevant, reasons);
        Importance imp = relevant ? importance.importance(e, found, location, reasons) : Importance.NORMAL;
        return new Classification(post.externalId(), relevant, found, location, imp, verdict, null, reasons);
    }

    /** Builds the classifier from a validated configuration directory; models are cached under {@code modelCache}. */
    public static Classifier load(OtklikConfig config, Path modelCache, Clock clock) {
        ClassifierSettings settings = ClassifierSettings.load(config.dir().resolve("classifier.yaml"));
        return load(config, modelCache, clock, new Surge(settings));
    }

    /** As {@link #load(OtklikConfig, Path, Clock)}, keeping the surge detector's memory across reloads. */
    public static Classifier load(OtklikConfig config, Path modelCache, Clock clock, Surge surge) {
        Path dir = config.dir();
        ClassifierSettings settings = ClassifierSettings.load(dir.resolve("classifier.yaml"));
        RussianAnalysis analysis = new RussianAnalysis();
        Path filterDir = dir.resolve("filter");
        FilterStage filter = new ExclusionFilter(
                Dictionaries.patterns(filterDir.resolve("obscene.txt"), dir),
                Dictionaries.patterns(filterDir.resolve("insult.txt"), dir),
                Dictionaries.allowList(filterDir.resolve("allow.txt"), dir),
                Dictionaries.threats(analysis, filterDir.resolve("threat.txt"), dir),
                Dictionaries.figures(filterDir.resolve("figures.txt"), dir));
        PhraseIndex<TopicScorer.TopicTerm> topicTerms = topicDictionary(analysis, dir);
        Models models = Models.forCorpus(analysis, dir.resolve("training"), modelCache,
                (post, text) -> TopicScorer.features(post, text, topicTerms), dictionaryKey(dir.resolve("topics")));
        TopicScorer scorer = new TopicScorer(models.relevance(), models.topics(), models.importance(), models.threat(), topicTerms);
        Path imp = dir.resolve("importance");
        // "скорая из Палатки не смогла проехать": a danger phrase survives a place or a time put inside it (CV: high F1
        // 0.762 → 0.766 with two words allowed; one allowed changed nothing)
        Stages.Importances importance = new ImportanceRules(
                Dictionaries.terms(analysis, imp.resolve("danger.txt"), dir).withGaps(2),
                Dictionaries.terms(analysis, imp.resolve("outage.txt"), dir),
                Dictionaries.terms(analysis, imp.resolve("cold.txt"), dir),
                Dictionaries.terms(analysis, imp.resolve("lasting.txt"), dir),
                settings, surge.detector(), clock);
        PlaceStage place = new Gazetteer(analysis, config.profiles().values().stream().map(RegulationProfile::municipality).toList());
        return new Classifier(analysis, filter, new ModelThreat(settings.threatModelMin(), settings.threatModelMinWords()), scorer, new ModelRelevance(settings.relevantMin()),
                new TopicRanking(settings.dictionaryWeight(), settings.secondaryMin(), settings.maxTopics()), place, importance);
    }

    private static PhraseIndex<TopicScorer.TopicTerm> topicDictionary(RussianAnalysis analysis, Path dir) {
        Path topicsDir = dir.resolve("topics");
        PhraseIndex<TopicScorer.TopicTerm> index = new PhraseIndex<>();
        if (!Files.isDirectory(topicsDir)) {
            return index;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(topicsDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ConfigException(topicsDir, 0, null, "cannot list: " + e.getMessage(), e);
        }
        for (Path f : files) {
            String code = f.getFileName().toString().replaceFirst("\\.txt$", "").toLowerCase(Locale.ROOT);
            Topic topic;
            try {
                topic = Topic.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(f, 0, null, "'" + code + "' is not a topic code; the file name must be one of "
                        + String.join(", ", Stream.of(Topic.values()).map(Topic::code).toList()));
            }
            Dictionaries.terms(analysis, f, dir, index, t -> new TopicScorer.TopicTerm(topic, t));
        }
        return index;
    }

    /** The topic dictionaries are features of the models: an edited dictionary means a retrained model. */
    private static String dictionaryKey(Path topicsDir) {
        return Corpus.hash(topicsDir, "topics", ".txt");
    }

    /** The surge detector's memory, kept across configuration reloads. */
    public static final class Surge {
        private final SurgeDetector detector;

        public Surge(ClassifierSettings settings) {
            this.detector = new SurgeDetector(settings.surgeWindow(), settings.surgePosts());
        }

        SurgeDetector detector() {
            return detector;
        }
    }
}
