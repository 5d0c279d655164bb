package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.List;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/** Computes the {@link Evidence} of a post: runs the topic and importance models and the topic dictionaries. */
public final class TopicScorer {
    public static final String NOT_RELEVANT = "none";
    public static final String HIGH = "high";

    private final Categorizer topicModel;
    private final Categorizer importanceModel;
    private final PhraseIndex<TopicTerm> dictionary;
    private final int[] topicIndex = new int[Topic.values().length];
    private final int noneIndex;
    private final int highIndex;

    /** A topic-dictionary term and its topic. */
    public record TopicTerm(Topic topic, Term term) {
    }

    public TopicScorer(Categorizer topicModel, Categorizer importanceModel, PhraseIndex<TopicTerm> dictionary) {
        this.topicModel = topicModel;
        this.importanceModel = importanceModel;
        this.dictionary = dictionary;
        for (Topic t : Topic.values()) {
            topicIndex[t.ordinal()] = topicModel.index(t.code());
        }
        this.noneIndex = topicModel.index(NOT_RELEVANT);
        this.highIndex = importanceModel.index(HIGH);
    }

    public Evidence evidence(Post post, AnalyzedText text) {
        double[] p = topicModel.score(text.stems());
        double none = noneIndex >= 0 ? p[noneIndex] : 0;
        double[] topic = new double[Topic.values().length];
        double sum = 0;
        for (Topic t : Topic.values()) {
            int i = topicIndex[t.ordinal()];
            topic[t.ordinal()] = i >= 0 ? p[i] : 0;
            sum += topic[t.ordinal()];
        }
        if (sum > 0) {
            for (int k = 0; k < topic.length; k++) {
                topic[k] /= sum;
            }
        }
        double[] dict = new double[Topic.values().length];
        List<List<Term>> terms = new ArrayList<>(Topic.values().length);
        for (int k = 0; k < Topic.values().length; k++) {
            terms.add(new ArrayList<>(2));
        }
        dictionary.find(text, hit -> {
            TopicTerm tt = hit.value();
            List<Term> list = terms.get(tt.topic().ordinal());
            if (!list.contains(tt.term())) {
                list.add(tt.term());
                dict[tt.topic().ordinal()] += tt.term().weight();
            }
        });
        double high = highIndex >= 0 ? importanceModel.score(text.stems())[highIndex] : 0;
        return new Evidence(post, text, topic, 1 - none, dict, terms, high);
    }
}
