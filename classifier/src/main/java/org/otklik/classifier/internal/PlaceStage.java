package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.Location;

/** Where the problem is: settlement, street and house; {@code hint} is the source's municipality or null. */
@FunctionalInterface
public interface PlaceStage {
    Location locate(AnalyzedText text, String hint, List<String> reasons);
}
