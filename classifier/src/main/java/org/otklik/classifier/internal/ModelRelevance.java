package org.otklik.classifier.internal;

import java.util.List;
import java.util.Locale;

/** Relevant when the model says a reaction is needed, or when a topic dictionary clearly names a problem. */
public final class ModelRelevance implements Stages.Relevance {
    private final double min;

    public ModelRelevance(double min) {
        this.min = min;
    }

    @Override
    public boolean relevant(Evidence e, List<String> reasons) {
        boolean relevant = e.relevantProbability() >= min;
        reasons.add((relevant ? "требует реакции" : "не требует реакции") + ": модель "
                + String.format(Locale.ROOT, "%.2f", e.relevantProbability()));
        return relevant;
    }
}
