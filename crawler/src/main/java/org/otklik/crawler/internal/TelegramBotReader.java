package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.otklik.config.Secret;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * Group chats where the administration's bot is a member, through the Bot API's {@code getUpdates}. The cursor is the
 * next {@code offset}: Telegram forgets updates only when a later offset is asked for, and that happens only after
 * the updates are committed with it. Edited messages come back as edits of the same post. One source per bot token:
 * {@code getUpdates} returns every chat's updates, and a source's {@code chats} list (when given) keeps only those.
 */
public final class TelegramBotReader implements SourceReader {
    private final Http http;
    private final HttpUrl base;
    private final Secret token;

    public TelegramBotReader(Http http, String botApiUrl, Secret token) {
        this.http = http;
        this.base = HttpUrl.get(botApiUrl);
        this.token = token;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        if (!token.present()) {
            throw new SourceException(SourceException.Kind.AUTH, "Telegram bot token is not set: put it into the environment variable " + token.name());
        }
        HttpUrl.Builder url = base.newBuilder().addPathSegment("bot" + token.value()).addPathSegment("getUpdates")
                .addQueryParameter("timeout", "0").addQueryParameter("limit", "100")
                .addQueryParameter("allowed_updates", "[\"message\",\"edited_message\"]");
        if (cursor != null) {
            url.addQueryParameter("offset", cursor);
        }
        String body = http.text(http.request(url.build().toString()).build(), "Telegram getUpdates for " + source.id());
        JsonNode root;
        try {
            root = VkApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, "Telegram getUpdates for " + source.id() + ": answer is not JSON");
        }
        if (root == null || !root.path("ok").asBoolean(false)) {
            String d = root == null ? "" : root.path("description").asText("");
            throw new SourceException(SourceException.Kind.MALFORMED, "Telegram getUpdates for " + source.id() + ": " + d);
        }
        Set<String> chats = new HashSet<>();
        for (String c : source.options().getOrDefault("chats", "").split(",")) {
            if (!c.isBlank()) {
                chats.add(c.strip());
            }
        }
        List<Post> posts = new ArrayList<>();
        long next = cursor == null ? 0 : Long.parseLong(cursor);
        for (JsonNode u : root.path("result")) {
            next = Math.max(next, u.path("update_id").asLong() + 1);
            JsonNode m = u.has("message") ? u.get("message") : u.get("edited_message");
            if (m == null) {
                continue;
            }
            String text = m.has("text") ? m.path("text").asText() : m.path("caption").asText("");
            String chatId = m.path("chat").path("id").asText();
            if (text.isBlank() || (!chats.isEmpty() && !chats.contains(chatId))) {
                continue;
            }
            String messageId = m.path("message_id").asText();
            String username = m.path("chat").path("username").asText("");
            String link = !username.isEmpty() ? "https://t.me/" + username + "/" + messageId
                    : chatId.startsWith("-100") ? "https://t.me/c/" + chatId.substring(4) + "/" + messageId : null;
            JsonNode from = m.path("from");
            String author = from.hasNonNull("username") ? "@" + from.get("username").asText()
                    : (from.path("first_name").asText("") + " " + from.path("last_name").asText("")).strip();
            posts.add(new Post(Network.TELEGRAM, source.id(), chatId + "_" + messageId, source.municipality(),
                    author.isEmpty() ? null : author, text, link, Instant.ofEpochSecond(m.path("date").asLong()), null, 0, 0, 0, 0));
        }
        return Page.of(posts, next == 0 ? cursor : Long.toString(next));
    }
}
