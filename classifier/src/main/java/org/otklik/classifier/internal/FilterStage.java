package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.FilterVerdict;

/** The exclusion filter stage: adds why to {@code reasons}. */
@FunctionalInterface
public interface FilterStage {
    /** The filter's verdict on one text. */
    record Verdict(FilterVerdict filter) {
    }

    Verdict check(AnalyzedText text, List<String> reasons);
}
