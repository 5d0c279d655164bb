package org.otklik.store;

import java.time.Instant;
import org.otklik.core.Post;

/** A post as stored: its store id, the post, when it was first fetched, and whether the author deleted it. */
public record StoredPost(long id, Post post, Instant fetchedAt, Instant deletedAt, int edits) {
}
