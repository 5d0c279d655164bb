package org.otklik.crawler;

import org.otklik.core.Post;

/** Publishes an approved answer where the citizen wrote: as a comment under the post, or tells the specialist to do it by hand. */
@FunctionalInterface
public interface AnswerPublisher {
    /**
     * @throws SourceException when the network refused or could not be reached; nothing was published
     */
    Publication publish(Post post, String answer) throws SourceException;
}
