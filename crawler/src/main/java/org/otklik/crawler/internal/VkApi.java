package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.FormBody;
import okhttp3.Response;
import org.otklik.config.Secret;
import org.otklik.crawler.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VK API client for one token. Calls from all sources go into one queue; whenever the token's {@link RateLimiter}
 * allows a request, up to 25 waiting calls leave together in one {@code execute} (one call alone goes to its own
 * method). So 3 requests/s carry up to 75 calls/s. Error 6 pauses the token and re-sends the calls; errors of single
 * calls (VK's {@code execute_errors}) fail only those calls, so one private wall does not stop the others.
 *
 * <p>Plain okhttp rather than vk-java-sdk: the SDK's batching ({@code execute.batch}) and endpoint are fixed to its own
 * transport, and this client needs to own batching across sources, the limiter and a configurable base URL.
 */
public final class VkApi implements AutoCloseable {
    public static final int MAX_BATCH = 25;
    private static final int MAX_RESENDS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(VkApi.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private record Pending(String method, Map<String, String> params, CompletableFuture<JsonNode> result, int resends) {
    }

    private final Http http;
    private final String baseUrl;
    private final String version;
    private final Secret token;
    private final RateLimiter limiter;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread sender;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private volatile boolean closed;

    public VkApi(Http http, String baseUrl, String version, Secret token, RateLimiter limiter) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.version = version;
        this.token = token;
        this.limiter = limiter;
        this.sender = Thread.ofPlatform().daemon().name("vk-sender-" + token.name()).start(this::sendLoop);
    }

    /** Calls a method and waits for its answer (the value of {@code response}). */
    public JsonNode call(String method, Map<String, String> params) throws SourceException {
        return await(submit(method, params), method);
    }

    public CompletableFuture<JsonNode> submit(String method, Map<String, String> params) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        if (!token.present()) {
            f.completeExceptionally(new SourceException(SourceException.Kind.AUTH,
                    "VK token is not set: put it into the environment variable " + token.name()));
            return f;
        }
        if (closed) {
            f.completeExceptionally(new SourceException(SourceException.Kind.TRANSIENT, "VK client is closed"));
            return f;
        }
        queue.add(new Pending(method, Map.copyOf(params), f, 0));
        return f;
    }

    public JsonNode await(CompletableFuture<JsonNode> f, String what) throws SourceException {
        try {
            return f.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException se) {
                throw new SourceException(se.kind(), se.getMessage(), se);
            }
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": interrupted", e);
        } catch (TimeoutException e) {
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": no answer in 5 minutes", e);
        }
    }

    /** HTTP requests sent so far. */
    public long requests() {
        return requests.get();
    }

    /** Method calls answered so far (each call inside an {@code execute} counts). */
    public long calls() {
        return calls.get();
    }

    /** Error 6 answers seen: zero in normal running. */
    public long tooManyRequests() {
        return tooManyRequests.get();
    }

    private void sendLoop() {
        while (!closed) {
            try {
                Pending first = queue.take();
                RateLimiter.Permit permit = limiter.acquire();
                List<Pending> batch = new ArrayList<>(MAX_BATCH);
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    send(batch, permit);
                } catch (RuntimeException e) {
                    permit.release();
                    failAll(batch, new SourceException(SourceException.Kind.TRANSIENT, "VK " + describe(batch) + ": " + e, e));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("VK sender failed", e);
            }
        }
    }

    private void send(List<Pending> batch, RateLimiter.Permit permit) {
        FormBody.Builder form = new FormBody.Builder();
        String url;
        if (batch.size() == 1) {
            Pending p = batch.get(0);
            url = baseUrl + p.method();
            p.params().forEach(form::add);
        } else {
            url = baseUrl + "execute";
            form.add("code", code(batch));
        }
        form.add("access_token", token.value()).add("v", version);
        requests.incrementAndGet();
        http.client().newCall(http.request(url).post(form.build()).build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                permit.release();
                failAll(batch, new SourceException(SourceException.Kind.TRANSIENT, "VK " + describe(batch) + ": " + e, e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                permit.release();
                try (response) {
                    handle(batch, Http.body(response, "VK " + describe(batch)));
                } catch (SourceException e) {
                    failAll(batch, e);
                } catch (IOException | RuntimeException e) {
                    failAll(batch, new SourceException(SourceException.Kind.TRANSIENT, "VK " + describe(batch) + ": " + e, e));
                }
            }
        });
    }

    private void handle(List<Pending> batch, String body) throws SourceException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK " + describe(batch) + ": answer is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK " + describe(batch) + ": answer is not a JSON object");
        }
        JsonNode error = root.get("error");
        if (error != null) {
            int code = error.path("error_code").asInt();
            if (code == 6) {
                tooManyRequests.incrementAndGet();
                limiter.tooManyRequests(Duration.ofMillis(500));
                for (Pending p : batch) {
                    if (p.resends() < MAX_RESENDS) {
                        queue.add(new Pending(p.method(), p.params(), p.result(), p.resends() + 1));
                    } else {
                        p.result().completeExceptionally(VkErrors.exception(error, p.method()));
                    }
                }
                return;
            }
                failAll(batch, VkErrors.exception(error, describe(batch)));
            return;
        }
        JsonNode response = root.get("response");
        if (response == null) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK " + describe(batch) + ": answer has neither response nor error");
        }
        if (batch.size() == 1) {
            calls.incrementAndGet();
            batch.get(0).result().complete(response);
            return;
        }
        if (!response.isArray() || response.size() != batch.size()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "VK execute: expected " + batch.size() + " results, got "
                    + (response.isArray() ? response.size() : response.getNodeType()));
        }
        JsonNode errors = root.path("execute_errors");
        int nextError = 0;
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            JsonNode r = response.get(i);
            calls.incrementAndGet();
            if (r.isBoolean() && !r.asBoolean()) {
                JsonNode e = errors.path(nextError++);
                if (e.path("error_code").asInt() == 6) {
                    tooManyRequests.incrementAndGet();
                }
                p.result().completeExceptionally(e.isMissingNode()
                        ? new SourceException(SourceException.Kind.MALFORMED, "VK " + p.method() + " failed inside execute without an error")
                        : VkErrors.exception(e, p.method()));
            } else {
                p.result().complete(r);
            }
        }
    }

    private static void failAll(List<Pending> batch, SourceException e) {
        for (Pending p : batch) {
            p.result().completeExceptionally(e);
        }
    }

    private static String describe(List<Pending> batch) {
        return batch.size() == 1 ? batch.get(0).method() : "execute of " + batch.size() + " calls";
    }

    /** VKScript: {@code return [API.wall.get({"owner_id":-1,"count":100}), ...];} with JSON literals for the parameters. */
    static String code(List<Pending> batch) {
        StringBuilder sb = new StringBuilder("return [");
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            ObjectNode args = JSON.createObjectNode();
            p.params().forEach((k, v) -> {
                if (v.matches("-?\\d{1,18}")) {
                    args.put(k, Long.parseLong(v));
                } else {
                    args.put(k, v);
                }
            });
            if (i > 0) {
                sb.append(',');
            }
            sb.append("API.").append(p.method()).append('(').append(args).append(')');
        }
        return sb.append("];").toString();
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
        failAll(new ArrayList<>(queue), new SourceException(SourceException.Kind.TRANSIENT, "VK client closed"));
    }
}
