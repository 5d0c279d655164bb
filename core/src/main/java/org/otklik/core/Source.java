package org.otklik.core;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A place the crawler polls: a VK community, an OK group, a Telegram channel or chat, a web page or feed.
 *
 * @param id unique id in {@code sources.yaml}; also the {@code source} of every post read from it
 * @param ref what the network calls it: screen name, numeric id, channel name or URL
 * @param reads what to read there
 * @param options network-specific settings (CSS selectors for a web page, search keywords, …)
 */
public record Source(
        String id,
        Network network,
        String ref,
        String municipality,
        Duration pollInterval,
        Set<Read> reads,
        boolean enabled,
        Map<String, String> options) {

    /** What the crawler reads from a source. */
    public enum Read { POSTS, COMMENTS, SEARCH }

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(pollInterval, "pollInterval");
        reads = Set.copyOf(reads);
        options = Map.copyOf(options);
    }
}
