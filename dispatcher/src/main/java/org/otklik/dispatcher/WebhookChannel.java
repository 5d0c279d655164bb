package org.otklik.dispatcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** POSTs the notification as JSON ({@code kind, municipality, case_id, subject, text}) to a URL. */
public final class WebhookChannel implements NotificationChannel {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl url;

    public WebhookChannel(OkHttpClient http, String url) {
        this.http = Objects.requireNonNull(http, "http");
        this.url = HttpUrl.get(url);
    }

    @Override
    public void send(Notification n) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", n.kind());
        body.put("municipality", n.municipality());
        body.put("case_id", n.caseId());
        body.put("subject", n.subject());
        body.put("text", n.text());
        Request req = new Request.Builder().url(url).post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("webhook " + url.host() + " answered HTTP " + r.code());
            }
        }
    }
}
