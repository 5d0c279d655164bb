package org.otklik.dispatcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.otklik.config.Secret;

/** Telegram Bot API {@code sendMessage} to one chat (the chief's or the curators'). The base URL is configurable for tests. */
public final class TelegramChannel implements NotificationChannel {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Bot API limit for a message text. */
    private static final int MAX_TEXT = 4096;

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Secret token;
    private final String chatId;

    public TelegramChannel(OkHttpClient http, String baseUrl, Secret token, String chatId) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = HttpUrl.get(baseUrl);
        this.token = Objects.requireNonNull(token, "token");
        this.chatId = Objects.requireNonNull(chatId, "chatId");
    }

    @Override
    public void send(Notification n) throws IOException {
        String text = n.subject() + "\n\n" + n.text();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        HttpUrl url = base.newBuilder().addPathSegment("bot" + token.value()).addPathSegment("sendMessage").build();
        byte[] body = MAPPER.writeValueAsBytes(Map.of("chat_id", chatId, "text", text, "disable_web_page_preview", true));
        Request req = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            if (!r.isSuccessful()) {
                // never print the URL: it carries the bot token
                throw new IOException("Telegram sendMessage to chat " + chatId + " failed: HTTP " + r.code());
            }
        }
    }
}
