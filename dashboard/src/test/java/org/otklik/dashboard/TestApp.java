package org.otklik.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secrets;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.store.Store;

/** A real dashboard on a free port over a real store, seeded with demo data, and HTTP helpers that act as a browser would. */
final class TestApp implements AutoCloseable {
    static final OtklikConfig CONFIG = OtklikConfig.load(Path.of("..", "config"), new Secrets(Map.of(), null), Map.of());
    static final String MUNI = "yelets";
    static final RegulationProfile PROFILE = CONFIG.profile(MUNI);
    /** Tuesday 24 November 2026, 11:00 in Moscow: working time in Yelets. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    /** Hashing at 210,000 iterations is slow on purpose: the users are made once for all tests. */
    static final List<DemoData.DemoUser> USERS = makeUsers();
    static final String PASSWORD_OF_OTHER = "other-muni-password";

    final Dashboard dashboard;
    final SearchIndex search;
    final DemoData.Seeded seeded;
    final String base;
    final Store store;
    private final Path indexDir;

    TestApp(Store store) throws IOException {
        this.store = store;
        this.seeded = DemoData.seed(store, PROFILE, CONFIG.calendar(), CLOCK, 24, 7);
        this.indexDir = Files.createTempDirectory("otklik-index-");
        this.search = new SearchIndex(indexDir);
        search.catchUp(store);
        Users users = new Users(USERS.stream().map(DemoData.DemoUser::user).toList());
        this.dashboard = new Dashboard(store, CONFIG.profiles(), CONFIG.calendar(), users,
                new StoreCaseActions(store, CONFIG.profiles(), CONFIG.calendar(), CLOCK), new BasicDraftCheck(), search, CLOCK)
                .start("127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + dashboard.port();
    }

    private static List<DemoData.DemoUser> makeUsers() {
        List<DemoData.DemoUser> out = new ArrayList<>(DemoData.users(PROFILE));
        RegulationProfile other = CONFIG.profile("khasyn");
        out.add(new DemoData.DemoUser(new User("curator-khasyn", "Куратор Хасын", Role.CURATOR, other.id(), null,
                PasswordHash.create(PASSWORD_OF_OTHER.toCharArray())), PASSWORD_OF_OTHER));
        return out;
    }

    static String password(String login) {
        return USERS.stream().filter(u -> u.user().login().equals(login)).findFirst().orElseThrow().password();
    }

    static String department(String login) {
        return USERS.stream().filter(u -> u.user().login().equals(login)).findFirst().orElseThrow().user().department();
    }

    /** A browser-like client: keeps cookies, does not follow redirects. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json, boolean withCsrf) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (withCsrf) {
                b.header("X-CSRF-Token", csrf);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String login, String password) throws IOException, InterruptedException {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("_csrf", csrf, "login", login, "password", password));
            if (r.statusCode() == 302) {
                get("/cases");
            }
            return r;
        }
    }

    Browser browser() {
        return new Browser();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        dashboard.close();
        search.close();
        try (var files = Files.walk(indexDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
