package org.otklik.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.otklik.crawler.internal.VkSimulator;

/**
 * A MockWebServer dispatcher answering VK methods with recorded fixtures, including {@code execute}: it runs each
 * {@code API.method({...})} of the code against the same fixtures and answers the way VK does (a false in place of a
 * failed call, its error in {@code execute_errors}).
 */
final class FakeVk extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CALL = Pattern.compile("API\\.([A-Za-z.]+)\\((\\{.*?\\})\\)");

    /** method, or method + "." + post_id or owner_id, to fixture name; replaced per test. */
    final Map<String, String> fixtures = new ConcurrentHashMap<>(Map.of("groups.getById", "groups.getById.json"));
    final List<String> methods = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();

    FakeVk answer(String method, String fixture) {
        fixtures.put(method, fixture);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String method = request.getRequestUrl().pathSegments().get(request.getRequestUrl().pathSize() - 1);
        Map<String, String> form = form(request.getBody().readUtf8());
        methods.add(method);
        forms.add(form);
        if (method.equals("execute")) {
            return new MockResponse().setBody(execute(form.get("code")));
        }
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(Fixtures.read("vk", fixture(method, form)));
    }

    private String fixture(String method, Map<String, String> params) {
        String f = fixtures.get(method + "." + params.getOrDefault("post_id", ""));
        if (f == null) {
            f = fixtures.get(method + "." + params.getOrDefault("owner_id", ""));
        }
        if (f == null) {
            f = fixtures.get(method + "." + params.getOrDefault("group_id", ""));
        }
        if (f == null) {
            f = fixtures.get(method);
        }
        if (f == null) {
            throw new IllegalStateException("no fixture for " + method + " " + params);
        }
        return f;
    }

    private String execute(String code) {
        try {
            ObjectNode root = JSON.createObjectNode();
            ArrayNode response = root.putArray("response");
            ArrayNode errors = JSON.createArrayNode();
            Matcher m = CALL.matcher(code);
            while (m.find()) {
                Map<String, String> params = new HashMap<>();
                JSON.readTree(m.group(2)).properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                JsonNode answer = JSON.readTree(Fixtures.read("vk", fixture(m.group(1), params)));
                if (answer.has("error")) {
                    response.add(false);
                    ObjectNode e = errors.addObject();
                    e.put("method", m.group(1));
                    e.set("error_code", answer.get("error").get("error_code"));
                    e.set("error_msg", answer.get("error").get("error_msg"));
                } else {
                    response.add(answer.get("response"));
                }
            }
            if (!errors.isEmpty()) {
                root.set("execute_errors", errors);
            }
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> form(String body) {
        return VkSimulator.form(body);
    }

    List<String> calledMethods() {
        return new ArrayList<>(methods);
    }
}
