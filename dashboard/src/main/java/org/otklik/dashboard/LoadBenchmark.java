package org.otklik.dashboard;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otklik.core.CaseStep;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.core.Topic;
import org.otklik.store.Store;

/**
 * Fills a store with many posts and cases by bulk JDBC inserts, starts the dashboard on loopback and measures
 * the latency of the case board and of full-text search with a real HTTP client, as a logged-in curator would.
 */
public final class LoadBenchmark {
    private static final String[] WORDS = {
            "яма", "дорога", "отопление", "мусор", "контейнер", "фонарь", "автобус", "собаки", "снег", "тротуар",
            "крыша", "подъезд", "вода", "свет", "школа", "детский сад", "поликлиника", "двор", "площадка", "остановка"};
    private static final String[] STREETS = {"Ленина", "Советская", "Мира", "Школьная", "Набережная", "Октябрьская", "Садовая", "Центральная"};
    private static final CaseStep[] OPEN = {CaseStep.NEW, CaseStep.ROUTED, CaseStep.IN_WORK, CaseStep.DRAFT_SUBMITTED, CaseStep.REWORK,
            CaseStep.APPROVED, CaseStep.PUBLISHED, CaseStep.PUBLISHED, CaseStep.PUBLISHED, CaseStep.PUBLISHED};

    private final Store store;
    private final java.util.Map<String, RegulationProfile> profiles;
    private final ProductionCalendar calendar;
    private final PrintWriter out;
    private final PrintWriter progress;

    public LoadBenchmark(Store store, java.util.Map<String, RegulationProfile> profiles, ProductionCalendar calendar, PrintWriter out) {
        this.store = store;
        this.profiles = profiles;
        this.calendar = calendar;
        this.out = out;
        this.progress = out;
    }

    /** Latency figures of one measured route, in milliseconds. */
    public record Figures(String what, int requests, double p50, double p95, double p99, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms", what, requests, p50, p95, p99, max);
        }
    }

    /** Inserts {@code posts} posts (each classified) and {@code cases} cases over the configured municipalities. */
    public void fill(int posts, int cases, Instant now) {
        List<String> munis = new ArrayList<>(profiles.keySet());
        Random r = new Random(42);
        long t0 = System.nanoTime();
        int batch = 5_000;
        for (int from = 0; from < posts; from += batch) {
            int start = from;
            int end = Math.min(posts, from + batch);
            store.transaction("bench insert posts " + start, c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO posts (id, network, source, external_id, municipality, author, text, url, published_at, fetched_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                     PreparedStatement cl = c.prepareStatement("""
                        INSERT INTO classifications (post_id, relevant, topics, municipality, settlement, street, house, importance, filter, reasons, classified_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    for (int i = start; i < end; i++) {
                        long id = i + 1L;
                        String muni = munis.get(i % munis.size());
                        Instant at = now.minus(Duration.ofMinutes(posts - i));
                        String street = STREETS[r.nextInt(STREETS.length)];
                        String text = "Жители улицы " + street + " пишут: " + WORDS[r.nextInt(WORDS.length)] + ", " + WORDS[r.nextInt(WORDS.length)]
                                + " и " + WORDS[r.nextInt(WORDS.length)] + " — просим разобраться, сообщение " + id;
                        ps.setLong(1, id);
                        ps.setString(2, i % 3 == 0 ? "vk" : i % 3 == 1 ? "ok" : "telegram");
                        ps.setString(3, "bench-" + muni);
                        ps.setString(4, Long.toString(id));
                        ps.setString(5, muni);
                        ps.setString(6, "Житель " + (i % 5000));
                        ps.setString(7, text);
                        ps.setString(8, "https://vk.com/wall-1_" + id);
                        ps.setObject(9, at.atOffset(ZoneOffset.UTC));
                        ps.setObject(10, at.atOffset(ZoneOffset.UTC));
                        ps.setObject(11, at.atOffset(ZoneOffset.UTC));
                        ps.addBatch();
                        cl.setLong(1, id);
                        cl.setBoolean(2, i % 4 != 0);
                        cl.setString(3, Topic.values()[i % Topic.values().length].code());
                        cl.setString(4, muni);
                        cl.setString(5, null);
                        cl.setString(6, "ул. " + street);
                        cl.setString(7, null);
                        cl.setString(8, i % 20 == 0 ? "high" : "normal");
                        cl.setString(9, i % 50 == 0 ? "obscene" : "none");
                        cl.setString(10, "тема: " + Topic.values()[i % Topic.values().length].title());
                        cl.setObject(11, at.atOffset(ZoneOffset.UTC));
                        cl.addBatch();
                    }
                    ps.executeBatch();
                    cl.executeBatch();
                }
                return null;
            });
        }
        out.printf(Locale.ROOT, "inserted %,d posts with classifications in %.1f s%n", posts, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        int step = Math.max(1, posts / Math.max(1, cases));
        for (int from = 0; from < cases; from += batch) {
            int start = from;
            int end = Math.min(cases, from + batch);
            store.transaction("bench insert cases " + start, c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO cases (id, post_id, municipality, step, topics, street, importance, executor, co_executors, detected_at,
                            answer_due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)""")) {
                    for (int i = start; i < end; i++) {
                        long postId = (long) i * step + 1;
                        String muni = munis.get((int) ((postId - 1) % munis.size()));
                        RegulationProfile p = profiles.get(muni);
                        Instant at = now.minus(Duration.ofMinutes(posts - (postId - 1)));
                        CaseStep s = OPEN[i % OPEN.length];
                        ps.setLong(1, i + 1L);
                        ps.setLong(2, postId);
                        ps.setString(3, muni);
                        ps.setString(4, s.code());
                        ps.setString(5, Topic.values()[(int) ((postId - 1) % Topic.values().length)].code());
                        ps.setString(6, "ул. " + STREETS[i % STREETS.length]);
                        ps.setString(7, "normal");
                        ps.setString(8, s == CaseStep.NEW ? null : p.executors().get(i % p.executors().size()).id());
                        ps.setObject(9, at.atOffset(ZoneOffset.UTC));
                        ps.setObject(10, at.plus(Duration.ofHours(30)).atOffset(ZoneOffset.UTC));
                        ps.setObject(11, at.atOffset(ZoneOffset.UTC));
                        ps.setObject(12, at.atOffset(ZoneOffset.UTC));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        store.transaction("bench restart identities", c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE posts ALTER COLUMN id RESTART WITH " + (posts + 1L));
                st.execute("ALTER TABLE cases ALTER COLUMN id RESTART WITH " + (cases + 1L));
            }
            return null;
        });
        out.printf(Locale.ROOT, "inserted %,d cases in %.1f s%n", cases, (System.nanoTime() - t1) / 1e9);
    }

    /** Builds the search index, starts the dashboard on loopback and measures board and search latency. */
    public List<Figures> measure(Path indexDir, int requests, Clock clock) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try (SearchIndex search = new SearchIndex(indexDir)) {
            long indexed = search.catchUp(store);
            out.printf(Locale.ROOT, "indexed %,d posts for search in %.1f s%n", indexed, (System.nanoTime() - t0) / 1e9);
            RegulationProfile p = profiles.values().iterator().next();
            String password = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());
            User curator = new User("bench-curator", "Куратор (нагрузочный тест)", Role.CURATOR, p.id(), null, PasswordHash.create(password.toCharArray()));
            User executor = new User("bench-executor", "Исполнитель (нагрузочный тест)", Role.EXECUTOR, p.id(), p.executors().get(0).id(),
                    PasswordHash.create(password.toCharArray()));
            try (Dashboard d = new Dashboard(store, profiles, calendar, new Users(List.of(curator, executor)),
                    new StoreCaseActions(store, profiles, calendar, clock), new BasicDraftCheck(), search, clock).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + d.port();
                HttpClient cur = login(base, curator.login(), password);
                HttpClient exe = login(base, executor.login(), password);
                List<Figures> figures = new ArrayList<>();
                figures.add(run(cur, base, "/cases", "case board (curator, 200 rows)", requests));
                figures.add(run(exe, base, "/cases?mine=1", "my cases (executor)", requests));
                figures.add(run(cur, base, "/feed?q=" + enc("яма"), "search «яма» (feed page)", requests));
                figures.add(run(cur, base, "/feed?q=" + enc("отопление школа"), "search «отопление школа»", requests));
                figures.add(run(cur, base, "/feed", "feed, no filter", requests));
                figures.add(run(cur, base, "/feed?topic=roads&importance=high", "feed filtered by topic+importance", requests));
                return figures;
            }
        }
    }

    private static HttpClient login(String base, String login, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("login page has no CSRF token");
        }
        String form = "_csrf=" + enc(m.group(1)) + "&login=" + enc(login) + "&password=" + enc(password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("bench login failed with HTTP " + r.statusCode());
        }
        return http;
    }

    private Figures run(HttpClient http, String base, String path, String what, int requests) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).build();
        for (int i = 0; i < Math.min(50, requests); i++) {
            check(http.send(req, HttpResponse.BodyHandlers.ofString()), path);
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            check(http.send(req, HttpResponse.BodyHandlers.ofString()), path);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        Figures f = new Figures(what, requests, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
        progress.println(f);
        progress.flush();
        return f;
    }

    private static void check(HttpResponse<String> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + r.statusCode());
        }
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
