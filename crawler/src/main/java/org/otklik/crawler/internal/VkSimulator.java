package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for VK's API for the crawler benchmark: community walls that grow while it runs, {@code wall.get}
 * and {@code execute}, and VK's per-token limit enforced strictly: a fourth request from one token within any
 * 1000 ms is answered with error 6. Listens on loopback only.
 */
public final class VkSimulator implements AutoCloseable {
    private static final Pattern CALL = Pattern.compile("API\\.([A-Za-z.]+)\\((\\{.*?\\})\\)");

    /** A post on a simulated wall and the moment (System.nanoTime) it appeared. */
    public record SimPost(long id, long date, String text, long appearedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<Long, List<SimPost>> walls = new ConcurrentHashMap<>();
    private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
    private final int perSecond;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong wallGets = new AtomicLong();
    private final AtomicLong tooMany = new AtomicLong();

    public VkSimulator(int communities, int postsEach, int perSecond) throws IOException {
        this.perSecond = perSecond;
        long now = System.currentTimeMillis() / 1000;
        for (long c = 1; c <= communities; c++) {
            List<SimPost> posts = new ArrayList<>();
            for (int i = 1; i <= postsEach; i++) {
                posts.add(new SimPost(i, now - (postsEach - i) * 600L, "Старое сообщение " + i + " в сообществе " + c, 0));
            }
            walls.put(-c, posts);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(executor);
        server.createContext("/method/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/method/";
    }

    /** Adds a post to a wall now; returns it. */
    public SimPost publish(long ownerId, String text) {
        List<SimPost> wall = walls.get(ownerId);
        synchronized (wall) {
            SimPost p = new SimPost(wall.get(wall.size() - 1).id() + 1, System.currentTimeMillis() / 1000, text, System.nanoTime());
            wall.add(p);
            return p;
        }
    }

    public long requests() {
        return requests.get();
    }

    public long wallGets() {
        return wallGets.get();
    }

    public long tooManyRequests() {
        return tooMany.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestURI().getPath().substring("/method/".length());
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.incrementAndGet();
            String body;
            if (!admit(form.getOrDefault("access_token", ""))) {
                tooMany.incrementAndGet();
                body = "{\"error\":{\"error_code\":6,\"error_msg\":\"Too many requests per second\",\"request_params\":[]}}";
            } else if (method.equals("execute")) {
                ObjectNode root = VkApi.JSON.createObjectNode();
                ArrayNode response = root.putArray("response");
                Matcher m = CALL.matcher(form.getOrDefault("code", ""));
                while (m.find()) {
                    Map<String, String> params = new HashMap<>();
                    VkApi.JSON.readTree(m.group(2)).properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                    response.add(answer(m.group(1), params));
                }
                body = root.toString();
            } else {
                ObjectNode root = VkApi.JSON.createObjectNode();
                root.set("response", answer(method, form));
                body = root.toString();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** VK's limit, strictly: at most {@code perSecond} requests of one token in any 1000 ms. */
    private synchronized boolean admit(String token) {
        long now = System.nanoTime();
        ArrayDeque<Long> w = windows.computeIfAbsent(token, t -> new ArrayDeque<>());
        while (!w.isEmpty() && now - w.peekFirst() >= 1_000_000_000L) {
            w.pollFirst();
        }
        if (w.size() >= perSecond) {
            return false;
        }
        w.addLast(now);
        return true;
    }

    private JsonNode answer(String method, Map<String, String> params) {
        if (method.equals("groups.getById")) {
            long id = Long.parseLong(params.getOrDefault("group_id", "0"));
            ObjectNode r = VkApi.JSON.createObjectNode();
            r.putArray("groups").addObject().put("id", id).put("name", "Сообщество " + id).put("screen_name", "club" + id)
                    .put("is_closed", 0).put("type", "group");
            r.putArray("profiles");
            return r;
        }
        if (!method.equals("wall.get")) {
            return VkApi.JSON.createObjectNode().put("count", 0).set("items", VkApi.JSON.createArrayNode());
        }
        wallGets.incrementAndGet();
        long owner = Long.parseLong(params.getOrDefault("owner_id", "0"));
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        int count = Integer.parseInt(params.getOrDefault("count", "20"));
        List<SimPost> wall = walls.get(owner);
        ObjectNode r = VkApi.JSON.createObjectNode();
        ArrayNode items = r.putArray("items");
        if (wall == null) {
            r.put("count", 0);
            return r;
        }
        List<SimPost> copy;
        synchronized (wall) {
            copy = new ArrayList<>(wall);
        }
        r.put("count", copy.size());
        for (int i = copy.size() - 1 - offset; i >= 0 && i >= copy.size() - offset - count; i--) {
            SimPost p = copy.get(i);
            ObjectNode it = items.addObject();
            it.put("id", p.id()).put("owner_id", owner).put("from_id", owner).put("date", p.date()).put("text", p.text());
            it.putObject("comments").put("count", 0);
            it.putObject("likes").put("count", 0);
            it.putObject("reposts").put("count", 0);
            it.putObject("views").put("count", 10);
        }
        return r;
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body, as VK's methods receive them. */
    public static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String kv : body.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
