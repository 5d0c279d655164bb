package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a JSONL file of posts (the Post contract of DESIGN.md), {@code per_poll} lines each poll: demos and load tests.
 * The cursor is the number of lines consumed. Posts keep their own network; their publication time is the moment they
 * are replayed, so the demo's deadlines run from now. A line that is not a post is skipped and logged, never fatal.
 */
public final class ReplayReader implements SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayReader.class);

    private final Clock clock;

    public ReplayReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        long from = cursor == null ? 0 : Long.parseLong(cursor);
        int perPoll = Integer.parseInt(source.options().getOrDefault("per_poll", "5"));
        Path file = Path.of(source.ref());
        List<Post> posts = new ArrayList<>();
        long line = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            while ((s = r.readLine()) != null && line < from + perPoll) {
                line++;
                if (line <= from || s.isBlank()) {
                    continue;
                }
                try {
                    posts.add(post(source, VkApi.JSON.readTree(s), clock.instant()));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("{}:{}: skipped, not a post: {}", file, line, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.TRANSIENT, "replay file " + file + ": " + e.getMessage(), e);
        }
        return Page.of(posts, Long.toString(line));
    }

    static Post post(Source source, JsonNode j, Instant now) {
        if (!j.hasNonNull("id") || !j.hasNonNull("text")) {
            throw new IllegalArgumentException("id and text are required");
        }
        Network network = j.hasNonNull("network") ? Network.fromCode(j.get("network").asText()) : source.network();
        Instant published = now;
        if (j.hasNonNull("published_at") && !source.options().getOrDefault("live", "true").equals("true")) {
            try {
                published = OffsetDateTime.parse(j.get("published_at").asText()).toInstant();
            } catch (DateTimeParseException e) {
                published = now;
            }
        }
        String municipality = j.hasNonNull("municipality") ? j.get("municipality").asText() : source.municipality();
        String src = j.hasNonNull("source") ? j.get("source").asText() : source.id();
        return new Post(network, src, j.get("id").asText(), municipality, j.path("author").asText(null), j.get("text").asText(),
                j.path("url").asText(null), published, j.path("parent_id").asText(null), j.path("likes").asLong(), j.path("reposts").asLong(),
                j.path("comments").asLong(), j.path("views").asLong());
    }
}
