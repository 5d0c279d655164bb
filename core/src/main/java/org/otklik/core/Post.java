package org.otklik.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's message as read from a network. {@code text} is user-generated and hostile:
 * it is bounded to {@link #MAX_TEXT_CHARS} here and escaped wherever it is shown.
 *
 * @param externalId the network's own id (the {@code id} of the JSON contract)
 * @param municipality regulation profile id this source belongs to, or null when unknown
 * @param publishedAt when the author posted it, or null when the network does not say
 * @param parentId the network id of the post this one comments on, or null for a top-level post
 */
public record Post(
        Network network,
        String source,
        String externalId,
        String municipality,
        String author,
        String text,
        String url,
        Instant publishedAt,
        String parentId,
        long likes,
        long reposts,
        long comments,
        long views) {

    /** Longer texts are cut: VK allows 16,384 characters for a wall post, so nothing real is lost. */
    public static final int MAX_TEXT_CHARS = 20_000;

    public Post {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        text = text == null ? "" : bound(text, MAX_TEXT_CHARS);
        author = author == null ? null : bound(author, 300);
        url = url == null ? null : bound(url, 2_000);
    }

    public PostKey key() {
        return new PostKey(network, source, externalId);
    }

    private static String bound(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        // never cut a surrogate pair in half: the stored text must stay valid UTF-16
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
