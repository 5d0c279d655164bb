package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.otklik.core.Topic;

/**
 * Ranks topics by the model's probability plus a bonus per matched dictionary term; the lead topic first, then
 * any topic whose score reaches the secondary threshold.
 */
public final class TopicRanking implements Stages.Topics {
    private final double dictionaryWeight;
    private final double secondaryMin;
    private final int maxTopics;

    public TopicRanking(double dictionaryWeight, double secondaryMin, int maxTopics) {
        this.dictionaryWeight = dictionaryWeight;
        this.secondaryMin = secondaryMin;
        this.maxTopics = maxTopics;
    }

    @Override
    public List<Topic> topics(Evidence e, List<String> reasons) {
        Topic[] all = Topic.values();
        double[] score = new double[all.length];
        for (int k = 0; k < all.length; k++) {
            score[k] = e.topicProbability()[k] + dictionaryWeight * Math.min(3, e.dictionaryScore()[k]);
        }
        List<Topic> out = new ArrayList<>(maxTopics);
        boolean[] taken = new boolean[all.length];
        while (out.size() < maxTopics) {
            int best = -1;
            for (int k = 0; k < all.length; k++) {
                if (!taken[k] && (best < 0 || score[k] > score[best])) {
                    best = k;
                }
            }
            if (best < 0 || (!out.isEmpty() && (score[best] < secondaryMin || e.dictionaryScore()[best] == 0))) {
                break;
            }
            taken[best] = true;
            out.add(all[best]);
            StringBuilder why = new StringBuilder("тема ").append(all[best].code()).append(": модель ")
                    .append(String.format(Locale.ROOT, "%.2f", e.topicProbability()[best]));
            List<Term> terms = e.topicTerms().get(best);
            if (!terms.isEmpty()) {
                why.append(", словарь ");
                for (int i = 0; i < terms.size() && i < 4; i++) {
                    why.append(i == 0 ? "" : ", ").append('«').append(terms.get(i).text()).append("» (").append(terms.get(i).where()).append(')');
                }
            }
            reasons.add(why.toString());
        }
        return out;
    }
}
