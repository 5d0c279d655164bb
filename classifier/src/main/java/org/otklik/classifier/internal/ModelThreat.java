package org.otklik.classifier.internal;

import java.util.List;
import java.util.Locale;
import org.otklik.core.FilterVerdict;

/**
 * The threat model after the threat rules: a post the rules let pass is a threat when the model, trained on the
 * corpus' threats and the posts around them, is sure of it. Threats are worded in endless ways («стёкла его останутся
 * на асфальте», «колёса у него не железные, если что»); rules see the wordings written down, the model also sees
 * words and word pairs threats share. It never overrules an obscene or insult verdict, and never clears a threat.
 */
public final class ModelThreat {
    private final double min;

    public ModelThreat(double min) {
        this.min = min;
    }

    public FilterVerdict verdict(FilterVerdict rules, Evidence e, List<String> reasons) {
        if (rules != FilterVerdict.NONE || min >= 1 || e.threatProbability() < min) {
            return rules;
        }
        reasons.add(0, "фильтр: угроза — модель " + String.format(Locale.ROOT, "%.2f", e.threatProbability())
                + " (правила угроз не сработали; проверьте)");
        return FilterVerdict.THREAT;
    }
}
