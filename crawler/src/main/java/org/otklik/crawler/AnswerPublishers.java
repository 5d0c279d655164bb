package org.otklik.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.otklik.config.Secrets;
import org.otklik.core.Post;
import org.otklik.crawler.internal.Http;
import org.otklik.crawler.internal.OkApi;
import org.otklik.crawler.internal.RateLimiter;
import org.otklik.crawler.internal.VkApi;

/**
 * Publishes answers with the administration's tokens: VK through {@code wall.createComment} (from the community when the
 * token is a community token), OK through {@code discussions.comment}; Telegram and web sources are published by hand.
 */
public final class AnswerPublishers implements AnswerPublisher, AutoCloseable {
    private final VkApi vk;
    private final OkApi ok;

    public AnswerPublishers(CrawlerSettings settings, Secrets secrets) {
        Http http = new Http(settings.http());
        this.vk = new VkApi(http, settings.vk().baseUrl(), settings.vk().apiVersion(), secrets.get(settings.vk().publishTokenEnv()),
                new RateLimiter(3, Readers.VK_SAFETY_MARGIN));
        CrawlerSettings.Ok o = settings.ok();
        this.ok = new OkApi(http, o.baseUrl(), secrets.get(o.applicationKeyEnv()), secrets.get(o.accessTokenEnv()),
                secrets.get(o.sessionSecretEnv()), new RateLimiter(o.requestsPerSecond(), java.time.Duration.ofMillis(20)));
    }

    @Override
    public Publication publish(Post post, String answer) throws SourceException {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("an empty answer is never published");
        }
        return switch (post.network()) {
            case VK -> vk(post, answer);
            case OK -> ok(post, answer);
            case TELEGRAM -> Publication.manual(post.url(), "Telegram: опубликуйте ответ вручную по ссылке");
            case WEB -> Publication.manual(post.url(), "Сайт/форум: опубликуйте ответ вручную по ссылке");
        };
    }

    private Publication vk(Post post, String answer) throws SourceException {
        // ids are owner_post for a wall post and owner_post_comment for a comment; a comment is answered in its thread
        String[] parts = post.externalId().split("_");
        if (parts.length < 2) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK post id '" + post.externalId() + "' is not owner_post");
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("owner_id", parts[0]);
        p.put("post_id", parts[1]);
        p.put("message", answer);
        if (parts[0].startsWith("-")) {
            p.put("from_group", parts[0].substring(1));
        }
        if (parts.length > 2) {
            p.put("reply_to_comment", parts[2]);
        }
        JsonNode r = vk.call("wall.createComment", p);
        String commentId = r.path("comment_id").asText();
        return new Publication(true, "https://vk.com/wall" + parts[0] + "_" + parts[1] + "?reply=" + commentId,
                parts[0] + "_" + parts[1] + "_" + commentId, null);
    }

    private Publication ok(Post post, String answer) throws SourceException {
        String topic = post.parentId() != null ? post.parentId() : post.externalId();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("discussionId", topic);
        p.put("discussionType", "GROUP_TOPIC");
        p.put("comment", answer);
        p.put("as_admin", "true");
        JsonNode r = ok.call("discussions.comment", p);
        String id = r.isTextual() ? r.asText() : r.path("comment_id").asText(r.path("id").asText(null));
        return new Publication(true, post.url(), id == null ? null : topic + "_" + id, null);
    }

    @Override
    public void close() {
        vk.close();
    }
}
