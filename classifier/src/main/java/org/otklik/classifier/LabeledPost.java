package org.otklik.classifier;

import java.util.List;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/**
 * A post with the verdict a person gave it: a line of {@code config/training/*.jsonl} or of an evaluation file.
 * Any expected field may be null when the file does not label it (the detox set labels only {@code excluded}).
 *
 * @param line the 1-based line of the file it came from
 */
public record LabeledPost(Post post, int line, Expected expected) {

    /**
     * What the post should get.
     *
     * @param excluded whether the filter should exclude it (derived from {@code filter} when that is given)
     */
    public record Expected(Boolean relevant, List<Topic> topics, String settlement, String street, Importance importance,
                           FilterVerdict filter, Boolean excluded) {
        public Expected {
            topics = topics == null ? null : List.copyOf(topics);
        }

        public Topic leadTopic() {
            return topics == null || topics.isEmpty() ? null : topics.get(0);
        }
    }
}
