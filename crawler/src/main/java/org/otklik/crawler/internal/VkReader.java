package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * A VK community wall ({@code wall.get}, newest first, paged back by offset until the last seen post id),
 * the comments under its newest posts ({@code wall.getComments}), or a keyword search across VK
 * ({@code newsfeed.search} from the last seen date). Post ids are {@code owner_post}, comment ids {@code owner_post_comment}.
 */
public final class VkReader implements SourceReader {
    static final int PAGE = 100;
    /** After the first poll only the newest few posts are new: read 20 at a time and page on only when all 20 are new. */
    static final int INCREMENTAL_PAGE = 20;

    /** A community as {@code groups.getById} describes it; {@link #NOT_A_COMMUNITY} for a user's screen name. */
    record Community(long id, String name) {
    }

    static final Community NOT_A_COMMUNITY = new Community(0, null);

    private final VkApi api;
    private final int commentsPostsPerPoll;
    /** Community info, asked once per source per process: names community posts and stops early on closed or deleted ones. */
    private final Map<String, Community> communities = new java.util.concurrent.ConcurrentHashMap<>();

    public VkReader(VkApi api, int commentsPostsPerPoll) {
        this.api = api;
        this.commentsPostsPerPoll = commentsPostsPerPoll;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        if (source.reads().contains(Source.Read.SEARCH)) {
            return search(source, cursor);
        }
        return wall(source, cursor);
    }

    private Page wall(Source source, String cursor) throws SourceException {
        long lastSeen = cursor == null ? 0 : parseCursor(cursor);
        int maxPages = Integer.parseInt(source.options().getOrDefault("max_pages", "5"));
        List<Post> posts = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        long maxId = lastSeen;
        Instant oldest = null;
        int size = lastSeen == 0 ? PAGE : INCREMENTAL_PAGE;
        Community community = community(source);
        for (int page = 0; page < maxPages; page++) {
            Map<String, String> p = new LinkedHashMap<>();
            if (community != NOT_A_COMMUNITY) {
                p.put("owner_id", Long.toString(-community.id()));
            } else if (source.ref().matches("-?\\d+")) {
                p.put("owner_id", source.ref());
            } else {
                p.put("domain", source.ref());
            }
            p.put("offset", Integer.toString(page * size));
            p.put("count", Integer.toString(size));
            p.put("filter", "all");
            JsonNode r = api.call("wall.get", p);
            JsonNode pageItems = r.path("items");
            if (!pageItems.isArray()) {
                throw new SourceException(SourceException.Kind.MALFORMED, "VK wall.get of " + source.id() + ": no items array");
            }
            long minId = Long.MAX_VALUE;
            for (JsonNode it : pageItems) {
                Post post = post(source, it, community);
                posts.add(post);
                items.add(it);
                long id = it.path("id").asLong();
                maxId = Math.max(maxId, id);
                if (it.path("is_pinned").asInt() != 1) {
                    minId = Math.min(minId, id);
                    if (post.publishedAt() != null && (oldest == null || post.publishedAt().isBefore(oldest))) {
                        oldest = post.publishedAt();
                    }
                }
            }
            boolean more = pageItems.size() == size && r.path("count").asLong() > (long) (page + 1) * size;
            // a first poll reads one page; later polls page back until they reach what they saw last time
            if (!more || lastSeen == 0 || minId <= lastSeen) {
                break;
            }
        }
        if (source.reads().contains(Source.Read.COMMENTS) && commentsPostsPerPoll > 0) {
            posts.addAll(comments(source, items));
        }
        return new Page(posts, Long.toString(maxId), oldest);
    }

    private List<Post> comments(Source source, List<JsonNode> items) throws SourceException {
        List<CompletableFuture<JsonNode>> futures = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        for (JsonNode it : items) {
            if (parents.size() >= commentsPostsPerPoll) {
                break;
            }
            if (it.path("comments").path("count").asLong() == 0) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("owner_id", it.path("owner_id").asText());
            p.put("post_id", it.path("id").asText());
            p.put("count", "100");
            p.put("sort", "desc");
            p.put("need_likes", "1");
            p.put("thread_items_count", "10");
            futures.add(api.submit("wall.getComments", p));
            parents.add(it);
        }
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            JsonNode parent = parents.get(i);
            JsonNode r;
            try {
                r = api.await(futures.get(i), "wall.getComments");
            } catch (SourceException e) {
                if (e.kind() == SourceException.Kind.GONE) {
                    continue; // comments closed under this one post: the others still count
                }
                throw e;
            }
            String parentId = parent.path("owner_id").asText() + "_" + parent.path("id").asText();
            for (JsonNode c : r.path("items")) {
                out.add(comment(source, parentId, c));
                for (JsonNode reply : c.path("thread").path("items")) {
                    out.add(comment(source, parentId, reply));
                }
            }
        }
        return out;
    }

    private Page search(Source source, String cursor) throws SourceException {
        long since = cursor == null ? Instant.now().minusSeconds(86_400).getEpochSecond() : parseCursor(cursor);
        List<CompletableFuture<JsonNode>> futures = new ArrayList<>();
        for (String q : source.options().getOrDefault("keywords", "").split("\n")) {
            if (q.isBlank()) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("q", q);
            p.put("count", "200");
            p.put("start_time", Long.toString(since));
            p.put("extended", "0");
            futures.add(api.submit("newsfeed.search", p));
        }
        List<Post> posts = new ArrayList<>();
        long newest = since;
        for (CompletableFuture<JsonNode> f : futures) {
            JsonNode r = api.await(f, "newsfeed.search");
            for (JsonNode it : r.path("items")) {
                Post p = post(source, it, NOT_A_COMMUNITY);
                posts.add(p);
                newest = Math.max(newest, it.path("date").asLong());
            }
        }
        return Page.of(posts, Long.toString(newest));
    }

    /** {@code groups.getById} once per source: a closed or deleted community is GONE before its wall is asked for. */
    private Community community(Source source) throws SourceException {
        String ref = source.ref();
        if (ref.matches("\\d+")) {
            return NOT_A_COMMUNITY; // a user's wall
        }
        Community known = communities.get(ref);
        if (known != null) {
            return known;
        }
        JsonNode r;
        try {
            r = api.call("groups.getById", Map.of("group_id", ref.startsWith("-") ? ref.substring(1) : ref, "fields", "members_count"));
        } catch (SourceException e) {
            if (e.getMessage().contains("error 100")) {
                communities.put(ref, NOT_A_COMMUNITY); // a screen name of a user, not a community
                return NOT_A_COMMUNITY;
            }
            throw e;
        }
        JsonNode groups = r.isArray() ? r : r.path("groups");
        JsonNode g = groups.path(0);
        if (!g.hasNonNull("id")) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK groups.getById of " + source.id() + ": no group in the answer");
        }
        if (g.hasNonNull("deactivated")) {
            throw new SourceException(SourceException.Kind.GONE, "VK community " + ref + " is " + g.get("deactivated").asText());
        }
        if (g.path("is_closed").asInt() != 0 && g.path("is_member").asInt() != 1) {
            throw new SourceException(SourceException.Kind.GONE, "VK community " + ref + " (" + g.path("name").asText() + ") is closed to this token");
        }
        Community c = new Community(g.get("id").asLong(), g.path("name").asText(null));
        communities.put(ref, c);
        return c;
    }

    static Post post(Source source, JsonNode it, Community community) throws SourceException {
        if (!it.hasNonNull("id") || !it.hasNonNull("owner_id")) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK post of " + source.id() + " without id or owner_id");
        }
        String owner = it.path("owner_id").asText();
        String id = it.path("id").asText();
        String text = it.path("text").asText("");
        JsonNode copy = it.path("copy_history");
        if (text.isBlank() && copy.isArray() && !copy.isEmpty()) {
            text = copy.get(0).path("text").asText("");
        }
        long from = it.path("from_id").asLong();
        String author = community.name() != null && from == -community.id() ? community.name() : author(from);
        return new Post(Network.VK, source.id(), owner + "_" + id, source.municipality(), author, text,
                "https://vk.com/wall" + owner + "_" + id, date(it), null, it.path("likes").path("count").asLong(),
                it.path("reposts").path("count").asLong(), it.path("comments").path("count").asLong(),
                it.path("views").path("count").asLong());
    }

    static Post comment(Source source, String parentId, JsonNode c) {
        String id = c.path("id").asText();
        String postId = parentId.substring(parentId.indexOf('_') + 1);
        String owner = parentId.substring(0, parentId.indexOf('_'));
        return new Post(Network.VK, source.id(), parentId + "_" + id, source.municipality(), author(c.path("from_id").asLong()),
                c.path("text").asText(""), "https://vk.com/wall" + owner + "_" + postId + "?reply=" + id, date(c), parentId,
                c.path("likes").path("count").asLong(), 0, c.path("thread").path("count").asLong(), 0);
    }

    private static String author(long fromId) {
        if (fromId == 0) {
            return null;
        }
        return fromId < 0 ? "club" + (-fromId) : "id" + fromId;
    }

    private static Instant date(JsonNode it) {
        long d = it.path("date").asLong();
        return d > 0 ? Instant.ofEpochSecond(d) : null;
    }

    private static long parseCursor(String cursor) throws SourceException {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, "stored VK cursor '" + cursor + "' is not a number");
        }
    }
}
