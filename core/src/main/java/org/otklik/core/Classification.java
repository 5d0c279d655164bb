package org.otklik.core;

import java.util.List;
import java.util.Objects;

/**
 * The classifier's verdict on one post. {@code topics} has the lead topic first;
 * {@code reasons} are the matched terms and rules, shown to the curator.
 *
 * @param repeatOf id of the earlier case this post repeats, or null
 */
public record Classification(
        String postId,
        boolean relevant,
        List<Topic> topics,
        Location location,
        Importance importance,
        FilterVerdict filter,
        Long repeatOf,
        List<String> reasons) {

    public Classification {
        Objects.requireNonNull(postId, "postId");
        topics = List.copyOf(topics);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(filter, "filter");
    }

    public Topic leadTopic() {
        return topics.isEmpty() ? null : topics.get(0);
    }
}
