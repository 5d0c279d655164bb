package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.Location;

/**
 * Where the problem is: settlement, street and house; {@code hint} is the source's municipality or null;
 * {@code local} says the post reports a local problem, so a one-settlement municipality's centre may be assumed.
 */
@FunctionalInterface
public interface PlaceStage {
    Location locate(AnalyzedText text, String hint, boolean local, List<String> reasons);
}
