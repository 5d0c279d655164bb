package org.otklik.core;

import java.util.List;
import java.util.Objects;

/**
 * A department or official that answers messages, named by body and position (never by person).
 *
 * @param id short latin id, unique within a municipality
 * @param head the position that approves this executor's drafts
 * @param topics the topics it is competent for, used as the default routing
 */
public record Executor(String id, String name, String head, List<Topic> topics) {
    public Executor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        topics = List.copyOf(topics);
    }
}
