package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.FilterVerdict;

/** The exclusion filter stage: adds why to {@code reasons}. */
@FunctionalInterface
public interface FilterStage {
    /**
     * The filter's verdict on one text.
     *
     * @param threatReported the text reports a threat its writer received (a victim's complaint), or its harm is an
     *                       online game's: never a threat
     */
    record Verdict(FilterVerdict filter, boolean threatReported) {
        public Verdict(FilterVerdict filter) {
            this(filter, false);
        }
    }

    Verdict check(AnalyzedText text, List<String> reasons);
}
