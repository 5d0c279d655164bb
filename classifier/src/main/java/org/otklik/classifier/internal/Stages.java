package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Topic;

/** The one-method stage interfaces the classifier composes (the filter and place stages have their own files). */
public final class Stages {
    private Stages() {
    }

    /** Does the post need a reaction from the administration. */
    @FunctionalInterface
    public interface Relevance {
        boolean relevant(Evidence e, List<String> reasons);
    }

    /** Topics, lead first. */
    @FunctionalInterface
    public interface Topics {
        List<Topic> topics(Evidence e, List<String> reasons);
    }

    /** Normal or high, given what the other stages found. */
    @FunctionalInterface
    public interface Importances {
        Importance importance(Evidence e, List<Topic> topics, Location location, List<String> reasons);
    }
}
