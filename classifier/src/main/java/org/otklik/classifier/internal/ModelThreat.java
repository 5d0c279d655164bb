package org.otklik.classifier.internal;

import java.util.List;
import java.util.Locale;
import org.otklik.core.FilterVerdict;

/**
 * The threat model after the threat rules: a post the rules let pass is a threat when the model, trained on the
 * corpus' threats and the posts around them, is sure of it. Threats are worded in endless ways («стёкла его останутся
 * на асфальте», «колёса у него не железные, если что»); rules see the wordings written down, the model also sees
 * words and word pairs threats share. It never overrules an obscene or insult verdict, never clears a threat, and
 * never calls a threat what the rules read as a threat reported by its victim («сосед написал: „спалю“… полиция»).
 * A short post is left to the rules: its few words are mostly pronouns and a verb, and naive Bayes, multiplying the
 * corpus' odds of «ты»/«тебе» in threats, is sure of lines like «Я еще раз говорю тебе» (RUSSE's neutral sentences).
 */
public final class ModelThreat {
    private final double min;
    private final int minWords;

    public ModelThreat(double min, int minWords) {
        this.min = min;
        this.minWords = minWords;
    }

    public FilterVerdict verdict(FilterStage.Verdict rules, Evidence e, List<String> reasons) {
        if (rules.filter() != FilterVerdict.NONE || rules.threatReported() || min >= 1 || e.text().size() < minWords
                || e.threatProbability() < min) {
            return rules.filter();
        }
        reasons.add(0, "фильтр: угроза — модель " + String.format(Locale.ROOT, "%.2f", e.threatProbability())
                + " (правила угроз не сработали; проверьте)");
        return FilterVerdict.THREAT;
    }
}
