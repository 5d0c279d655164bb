package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * An OK group's topics ({@code mediatopic.getTopics}, newest first, paged by {@code anchor} back to the newest topic of the
 * last poll) and the comments under topics that have any ({@code discussions.getComments}). The cursor is the newest
 * topic's creation time in milliseconds.
 */
public final class OkReader implements SourceReader {
    private static final DateTimeFormatter OK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT);
    /** OK writes comment dates as Moscow wall-clock time. */
    private static final ZoneId OK_ZONE = ZoneId.of("Europe/Moscow");

    private final OkApi api;
    private final int commentTopicsPerPoll;

    public OkReader(OkApi api, int commentTopicsPerPoll) {
        this.api = api;
        this.commentTopicsPerPoll = commentTopicsPerPoll;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        long lastSeen = cursor == null ? 0 : Long.parseLong(cursor);
        int maxPages = Integer.parseInt(source.options().getOrDefault("max_pages", "5"));
        List<Post> posts = new ArrayList<>();
        List<Post> topics = new ArrayList<>();
        long newest = lastSeen;
        String anchor = null;
        for (int page = 0; page < maxPages; page++) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("gid", source.ref());
            p.put("count", "20");
            p.put("fields", "media_topic.*,group.name");
            if (anchor != null) {
                p.put("anchor", anchor);
                p.put("direction", "BACKWARD");
            }
            JsonNode r = api.call("mediatopic.getTopics", p);
            JsonNode items = r.path("media_topics");
            if (!items.isArray() && !r.has("has_more")) {
                throw new SourceException(SourceException.Kind.MALFORMED, "OK mediatopic.getTopics of " + source.id() + ": no media_topics");
            }
            long oldest = Long.MAX_VALUE;
            for (JsonNode t : items) {
                long created = t.path("created_ms").asLong();
                oldest = Math.min(oldest, created);
                newest = Math.max(newest, created);
                Post post = topic(source, t);
                topics.add(post);
                posts.add(post);
            }
            anchor = r.path("anchor").asText(null);
            if (!r.path("has_more").asBoolean(false) || anchor == null || lastSeen == 0 || oldest <= lastSeen) {
                break;
            }
        }
        if (source.reads().contains(Source.Read.COMMENTS)) {
            int n = 0;
            for (Post t : topics) {
                if (t.comments() == 0 || n++ >= commentTopicsPerPoll) {
                    continue;
                }
                Map<String, String> p = new LinkedHashMap<>();
                p.put("discussionId", t.externalId());
                p.put("discussionType", "GROUP_TOPIC");
                p.put("count", "100");
                JsonNode r = api.call("discussions.getComments", p);
                for (JsonNode c : r.path("comments")) {
                    posts.add(comment(source, t, c));
                }
            }
        }
        return Page.of(posts, Long.toString(newest));
    }

    static Post topic(Source source, JsonNode t) throws SourceException {
        String id = t.path("id").asText("");
        if (id.isEmpty()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "OK topic of " + source.id() + " without id");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode m : t.path("media")) {
            if ("text".equals(m.path("type").asText())) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(m.path("text").asText(""));
            }
        }
        long created = t.path("created_ms").asLong();
        return new Post(Network.OK, source.id(), id, source.municipality(), t.path("author_ref").asText(null), text.toString(),
                "https://ok.ru/group/" + source.ref() + "/topic/" + id, created > 0 ? Instant.ofEpochMilli(created) : null, null,
                t.path("like_summary").path("count").asLong(), t.path("reshare_summary").path("count").asLong(),
                t.path("discussion_summary").path("comments_count").asLong(), t.path("views_count").asLong());
    }

    static Post comment(Source source, Post topic, JsonNode c) {
        Instant at = null;
        try {
            at = LocalDateTime.parse(c.path("date").asText(""), OK_DATE).atZone(OK_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            at = null;
        }
        String id = c.path("id").asText();
        return new Post(Network.OK, source.id(), topic.externalId() + "_" + id, source.municipality(), c.path("author_id").asText(null),
                c.path("text").asText(""), topic.url(), at, topic.externalId(), c.path("like_count").asLong(), 0, 0, 0);
    }
}
