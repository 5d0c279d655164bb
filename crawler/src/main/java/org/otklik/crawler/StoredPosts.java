package org.otklik.crawler;

import org.otklik.core.Post;

/** Where posts go once they are committed: the classifier and then the dispatcher. Called for new and edited posts only. */
@FunctionalInterface
public interface StoredPosts {
    void accept(long postId, Post post);

    StoredPosts NONE = (id, post) -> { };
}
