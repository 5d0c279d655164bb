package org.otklik.crawler;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a source read.
 *
 * @param posts posts and comments read, in any order; already-known ones are fine (stored once, edits recorded)
 * @param cursor where the next poll starts; stored in the same transaction as the posts
 * @param completeSince when not null, {@code posts} holds every top-level post the source still shows that was
 *     published at or after this instant, so a stored top-level post of that period that is missing was deleted
 */
public record Page(List<org.otklik.core.Post> posts, String cursor, Instant completeSince) {
    public Page {
        posts = List.copyOf(posts);
    }

    public static Page of(List<org.otklik.core.Post> posts, String cursor) {
        return new Page(posts, cursor, null);
    }
}
