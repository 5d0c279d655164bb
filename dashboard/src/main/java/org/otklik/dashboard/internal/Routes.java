package org.otklik.dashboard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.otklik.core.Actor;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Executor;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Network;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;
import org.otklik.dashboard.ActionRefusedException;
import org.otklik.dashboard.CaseActions;
import org.otklik.dashboard.DraftCheck;
import org.otklik.dashboard.SearchIndex;
import org.otklik.dashboard.StepDeadline;
import org.otklik.dashboard.CaseDeadlines;
import org.otklik.dashboard.CaseText;
import org.otklik.dashboard.User;
import org.otklik.dashboard.Users;
import org.otklik.store.SourceState;
import org.otklik.store.Store;
import org.otklik.store.StoredPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the dashboard, pages and JSON API, in one place. Pages and API share the session cookie;
 * every POST must carry the session's CSRF token (form field {@code _csrf} or header {@code X-CSRF-Token}).
 */
public final class Routes {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    public static final String SESSION_COOKIE = "otklik_sid";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final int FEED_LIMIT = 50;
    private static final int BOARD_LIMIT = 200;

    private final Store store;
    private final Map<String, RegulationProfile> profiles;
    private final Users users;
    private final CaseActions actions;
    private final DraftCheck draftCheck;
    private final SearchIndex search;
    private final CaseDeadlines deadlines;
    private final Clock clock;
    private final Queries queries;
    private final Sessions sessions;
    private final LoginLimiter limiter;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    public Routes(Store store, Map<String, RegulationProfile> profiles, Users users, CaseActions actions, DraftCheck draftCheck,
                  SearchIndex search, CaseDeadlines deadlines, Clock clock, ObjectMapper json) {
        this.store = store;
        this.profiles = profiles;
        this.users = users;
        this.actions = actions;
        this.draftCheck = draftCheck;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
        this.queries = new Queries(store);
        this.sessions = new Sessions(clock);
        this.limiter = new LoginLimiter(clock);
        this.accessLog = new AccessLog(store, clock);
        this.json = json;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.before(this::securityHeaders);
        r.before(this::loadSession);
        r.after(ctx -> {
            if ("text/html".equals(ctx.res().getContentType())) {
                ctx.contentType("text/html; charset=utf-8");
            }
        });

        r.get("/", ctx -> ctx.redirect(Access.departmentBound(user(ctx).role()) ? "/cases?mine=1" : "/feed"));
        r.get("/login", this::loginPage);
        r.post("/login", this::login);
        r.post("/logout", this::logout);

        r.get("/feed", this::feed);
        r.get("/excluded", this::excluded);
        r.get("/cases", this::board);
        r.get("/cases/{id}", this::casePage);
        r.post("/cases/{id}/check", this::checkDraft);
        r.post("/cases/{id}/{action}", this::caseAction);
        r.get("/reports", this::reports);
        r.get("/sources", this::sources);

        r.get("/api/me", ctx -> {
            User u = user(ctx);
            ctx.json(Map.of("login", u.login(), "role", u.role().code(), "municipality", u.municipality(),
                    "department", u.department() == null ? "" : u.department(), "csrf", session(ctx).csrf()));
        });
        r.get("/api/feed", ctx -> ctx.json(feedItems(ctx, user(ctx), filter(ctx))));
        r.get("/api/excluded", ctx -> {
            User u = require(ctx, "excluded");
            ctx.json(queries.excluded(u.municipality(), FEED_LIMIT));
        });
        r.get("/api/cases", ctx -> {
            Views.BoardPage b = boardModel(ctx);
            ctx.json(b.rows().stream().map(row -> Map.of("case", row.k(), "text", row.snippet(),
                    "deadline", Views.DeadlineJson.of(row.deadline()))).toList());
        });
        r.get("/api/cases/{id}", ctx -> {
            Views.CaseView v = caseModel(ctx, null, null, null);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", v.k());
            out.put("post", v.post());
            out.put("classification", v.classification());
            out.put("audit", v.audit());
            out.put("texts", v.texts());
            out.put("actions", v.actions());
            out.put("deadline", Views.DeadlineJson.of(v.deadline()));
            ctx.json(out);
        });
        r.post("/api/cases/{id}/check", ctx -> {
            Case k = visibleCase(ctx);
            JsonNode body = body(ctx);
            ctx.json(Map.of("findings", draftCheck.findings(post(k).post(), body.path("text").asText(""))));
        });
        r.post("/api/cases/{id}/{action}", ctx -> {
            JsonNode body = body(ctx);
            Map<String, List<String>> form = new LinkedHashMap<>();
            body.properties().forEach(e -> {
                List<String> vs = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> vs.add(v.asText()));
                } else {
                    vs.add(e.getValue().asText());
                }
                form.put(e.getKey(), vs);
            });
            try {
                ctx.json(Map.of("case", perform(ctx, form)));
            } catch (ActionRefusedException e) {
                ctx.status(409).json(Map.of("error", e.reason()));
            }
        });
        r.get("/api/reports", ctx -> {
            Views.ReportsPage p = reportsModel(ctx);
            ctx.json(Map.of("departments", p.departments(), "places", p.places(), "topics", json.readTree(p.topicsJson())));
        });
        r.get("/api/sources", ctx -> {
            require(ctx, "sources");
            ctx.json(store.sourceStates());
        });

        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "Неверный запрос: " + e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "Внутренняя ошибка. Подробности — в журнале сервера.");
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "Страница не найдена");
            }
        });
    }

    // ------------------------------------------------------------ filters

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/") ? "max-age=3600" : "no-store");
    }

    private void loadSession(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")) {
            return;
        }
        Sessions.Session s = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        if (s == null) {
            s = sessions.start(null);
            setCookie(ctx, s.id());
        }
        ctx.attribute("session", s);
        if (ctx.method().equals(io.javalin.http.HandlerType.POST) && !csrfOk(ctx, s)) {
            LOG.warn("CSRF check failed for {} {} from {}", ctx.method(), path, ctx.ip());
            accessLog.record(s.user() == null ? null : s.user().login(), "csrf_failed", ctx.method() + " " + path, ctx.ip());
            throw new HttpResponseException(403, "Форма устарела или пришла с чужого сайта: обновите страницу и повторите.");
        }
        if (path.equals("/login")) {
            return;
        }
        if (s.user() == null) {
            if (path.startsWith("/api/")) {
                throw new HttpResponseException(401, "Требуется вход");
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean csrfOk(Context ctx, Sessions.Session s) {
        String given = ctx.header("X-CSRF-Token");
        if (given == null && isForm(ctx)) {
            given = ctx.formParam("_csrf");
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/form-data"));
    }

    private static void setCookie(Context ctx, String value) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }

    // ------------------------------------------------------------ login

    private void loginPage(Context ctx) {
        if (session(ctx).user() != null) {
            ctx.redirect("/");
            return;
        }
        ctx.render("login.jte", Map.of("m", new Views.LoginPage(session(ctx).csrf(), null, "")));
    }

    private void login(Context ctx) {
        String login = Optional.ofNullable(ctx.formParam("login")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String ip = ctx.ip();
        Sessions.Session old = session(ctx);
        if (limiter.blocked(ip, login)) {
            LOG.warn("login of '{}' from {} refused: too many failures", Fmt.snippet(login, 64), ip);
            accessLog.record(login, "login_blocked", "too many failed logins", ip);
            ctx.status(429).render("login.jte", Map.of("m", new Views.LoginPage(old.csrf(),
                    "Слишком много неудачных попыток. Попробуйте через 15 минут.", login)));
            return;
        }
        Optional<User> user = users.get(login).filter(u -> u.password().matches(password.toCharArray()));
        if (user.isEmpty()) {
            limiter.failed(ip, login);
            LOG.warn("failed login of '{}' from {}", Fmt.snippet(login, 64), ip);
            accessLog.record(login, "login_failed", null, ip);
            ctx.status(401).render("login.jte", Map.of("m", new Views.LoginPage(old.csrf(), "Неверный логин или пароль.", login)));
            return;
        }
        limiter.succeeded(ip, login);
        sessions.end(old.id());
        Sessions.Session s = sessions.start(user.get());
        setCookie(ctx, s.id());
        LOG.info("login of '{}' ({}) from {}", login, user.get().role().code(), ip);
        accessLog.record(login, "login", user.get().role().code(), ip);
        ctx.redirect("/");
    }

    private void logout(Context ctx) {
        Sessions.Session s = session(ctx);
        sessions.end(s.id());
        if (s.user() != null) {
            LOG.info("logout of '{}'", s.user().login());
            accessLog.record(s.user().login(), "logout", null, ctx.ip());
        }
        ctx.redirect("/login");
    }

    // ------------------------------------------------------------ feed

    private void feed(Context ctx) {
        User u = require(ctx, "feed");
        Views.FeedFilter f = filter(ctx);
        String note = null;
        if (Fmt.has(f.q()) && search == null) {
            note = "Полнотекстовый поиск недоступен: индекс не подключён.";
        }
        List<Views.FeedItem> items = feedItems(ctx, u, f);
        Views.FeedPage m = new Views.FeedPage(page(ctx, "Лента сообщений", "feed"), f, items, List.of(Network.values()), List.of(Topic.values()), note);
        ctx.render("true".equals(ctx.header("HX-Request")) && !"true".equals(ctx.header("HX-Boosted")) ? "feed_items.jte" : "feed.jte", Map.of("m", m));
    }

    private List<Views.FeedItem> feedItems(Context ctx, User u, Views.FeedFilter f) {
        require(ctx, "feed");
        List<Long> ids = null;
        if (Fmt.has(f.q()) && search != null) {
            ids = search.search(f.q(), u.municipality(), 500);
        }
        return queries.feed(u.municipality(), f, ids, FEED_LIMIT);
    }

    private static Views.FeedFilter filter(Context ctx) {
        String network = param(ctx, "network");
        if (network != null) {
            network = Network.fromCode(network).code();
        }
        String topic = param(ctx, "topic");
        if (topic != null) {
            topic = Topic.fromCode(topic).code();
        }
        String importance = param(ctx, "importance");
        if (importance != null) {
            importance = Importance.fromCode(importance).code();
        }
        String filter = param(ctx, "filter");
        if (filter != null) {
            filter = FilterVerdict.fromCode(filter).code();
        }
        String relevant = param(ctx, "relevant");
        if (relevant != null && !relevant.equals("yes") && !relevant.equals("no")) {
            throw new IllegalArgumentException("relevant must be yes or no");
        }
        String place = param(ctx, "place");
        String q = param(ctx, "q");
        return new Views.FeedFilter(network, topic, place == null ? null : Fmt.snippet(place, 100), importance, filter, relevant,
                q == null ? null : Fmt.snippet(q, 300));
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private void excluded(Context ctx) {
        User u = require(ctx, "excluded");
        ctx.render("excluded.jte", Map.of("m", new Views.ExcludedPage(page(ctx, "Исключённые сообщения", "excluded"),
                queries.excluded(u.municipality(), FEED_LIMIT))));
    }

    // ------------------------------------------------------------ board

    private void board(Context ctx) {
        ctx.render("true".equals(ctx.header("HX-Request")) ? "board_rows.jte" : "board.jte", Map.of("m", boardModel(ctx)));
    }

    private Views.BoardPage boardModel(Context ctx) {
        User u = require(ctx, "cases");
        boolean mine = Access.departmentBound(u.role()) || "1".equals(ctx.queryParam("mine"));
        String stepParam = param(ctx, "step");
        CaseStep step = stepParam == null ? null : CaseStep.fromCode(stepParam);
        String department = Access.departmentBound(u.role()) ? u.department() : null;
        RegulationProfile p = profiles.get(u.municipality());
        List<Views.BoardRow> rows = new ArrayList<>();
        Map<StepDeadline.Status, Integer> counts = new EnumMap<>(StepDeadline.Status.class);
        for (Queries.CaseRow row : queries.board(u.municipality(), department, step, BOARD_LIMIT)) {
            StepDeadline d = deadlines.of(row.k());
            counts.merge(d.status(), 1, Integer::sum);
            rows.add(new Views.BoardRow(row.k(), row.text(), executorName(p, row.k().executor()), Fmt.place(row.k().location()), d));
        }
        return new Views.BoardPage(page(ctx, mine ? "Мои обращения" : "Обращения", mine ? "mine" : "cases"), mine,
                stepParam == null ? "" : stepParam, rows, counts);
    }

    private static String executorName(RegulationProfile p, String id) {
        if (id == null) {
            return "—";
        }
        return p == null ? id : p.executor(id).map(Executor::name).orElse(id);
    }

    // ------------------------------------------------------------ case page

    private void casePage(Context ctx) {
        ctx.render("case.jte", Map.of("m", caseModel(ctx, null, null, null)));
    }

    private Views.CaseView caseModel(Context ctx, Case moved, String message, String draftOverride) {
        User u = require(ctx, "cases");
        Case k = moved != null ? moved : visibleCase(ctx);
        StoredPost post = post(k);
        RegulationProfile p = profiles.get(k.municipality());
        List<CaseText> texts = actions.texts(k.id());
        String draft = draftOverride;
        if (draft == null) {
            draft = "";
            for (CaseText t : texts) {
                if (t.kind().equals("draft")) {
                    draft = t.text();
                }
            }
        }
        List<String> findings = draft.isBlank() ? List.of() : draftCheck.findings(post.post(), draft);
        return new Views.CaseView(page(ctx, "Обращение №" + k.id(), "cases"), k, post, store.classification(k.postId()).orElse(null),
                store.audit(k.id()), texts, Access.actions(u.role(), u.department(), k, actions.approvers(k.municipality())),
                p == null ? List.of() : p.executors(), k.executor() == null ? actions.proposedRoute(k).orElse(null) : null,
                executorName(p, k.executor()), k.coExecutors().stream().map(c -> executorName(p, c)).toList(),
                deadlines.of(k), draft, findings, message);
    }

    private StoredPost post(Case k) {
        return store.post(k.postId()).orElseThrow(() -> new IllegalStateException("case " + k.id() + " refers to missing post " + k.postId()));
    }

    private Case visibleCase(Context ctx) {
        User u = user(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new HttpResponseException(404, "Обращение не найдено");
        }
        return queries.visibleCase(id, u.municipality(), Access.departmentBound(u.role()) ? u.department() : null)
                .orElseThrow(() -> {
                    LOG.warn("user '{}' asked for case {} outside their reach", u.login(), id);
                    accessLog.record(u.login(), "refused", "case " + id + " outside the user's reach", ctx.ip());
                    return new HttpResponseException(404, "Обращение не найдено");
                });
    }

    private void checkDraft(Context ctx) {
        Case k = visibleCase(ctx);
        List<String> findings = draftCheck.findings(post(k).post(), Optional.ofNullable(ctx.formParam("text")).orElse(""));
        ctx.render("findings.jte", Map.of("findings", findings));
    }

    private void caseAction(Context ctx) {
        try {
            Case moved = perform(ctx, ctx.formParamMap());
            ctx.redirect("/cases/" + moved.id());
        } catch (ActionRefusedException e) {
            ctx.status(409).render("case.jte", Map.of("m", caseModel(ctx, null, e.reason(), ctx.formParam("text"))));
        }
    }

    private Case perform(Context ctx, Map<String, List<String>> form) {
        User u = require(ctx, "cases");
        Case k = visibleCase(ctx);
        Actor a = u.actor();
        String action = ctx.pathParam("action");
        String reason = first(form, "reason");
        String text = first(form, "text");
        Case moved;
        try {
            moved = act(k, a, action, form, reason, text);
        } catch (ActionRefusedException e) {
            accessLog.record(u.login(), "refused", action + " on case " + k.id() + ": " + e.reason(), ctx.ip());
            throw e;
        }
        LOG.info("user '{}' did {} on case {}: {} -> {}", u.login(), action, k.id(), k.step().code(), moved.step().code());
        return moved;
    }

    private Case act(Case k, Actor a, String action, Map<String, List<String>> form, String reason, String text) {
        return switch (action) {
            case "route" -> actions.route(k.id(), first(form, "executor"), form.getOrDefault("coExecutors", List.of()).stream()
                    .flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList(), a, reason);
            case "take" -> actions.take(k.id(), a);
            case "return" -> actions.returnToCurator(k.id(), a, reason);
            case "draft" -> actions.submitDraft(k.id(), a, text);
            case "approve" -> actions.approve(k.id(), a);
            case "rework" -> actions.rework(k.id(), a, reason);
            case "publish" -> actions.publish(k.id(), a, text);
            case "interim" -> actions.publishInterim(k.id(), a, text);
            case "override" -> actions.overrideExclusion(k.id(), a, reason);
            default -> throw new HttpResponseException(404, "Неизвестное действие");
        };
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> v = form.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private JsonNode body(Context ctx) {
        try {
            String b = ctx.body();
            return b.isBlank() ? json.createObjectNode() : json.readTree(b);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("body is not JSON");
        }
    }

    // ------------------------------------------------------------ reports, sources

    private void reports(Context ctx) {
        ctx.render("reports.jte", Map.of("m", reportsModel(ctx)));
    }

    private Views.ReportsPage reportsModel(Context ctx) {
        User u = require(ctx, "reports");
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(91));
        RegulationProfile p = profiles.get(u.municipality());
        ZoneId zone = p == null ? ZoneId.of("Europe/Moscow") : p.municipality().zone();
        List<String> ids = new ArrayList<>();
        List<long[]> t = queries.timeliness(u.municipality(), since, now, ids);
        List<Views.DepartmentTimeliness> departments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            departments.add(new Views.DepartmentTimeliness(ids.get(i), executorName(p, ids.get(i)), t.get(i)[0], t.get(i)[1], t.get(i)[2]));
        }
        // weekly counts of the lead topics over 13 weeks: the six busiest topics get their own line
        LocalDate firstWeek = LocalDate.ofInstant(since, zone).with(java.time.DayOfWeek.MONDAY);
        Map<Topic, long[]> perTopic = new EnumMap<>(Topic.class);
        int weeks = (int) ChronoUnit.WEEKS.between(firstWeek, LocalDate.ofInstant(now, zone)) + 1;
        for (Map.Entry<Topic, Instant> e : queries.topicsSince(u.municipality(), since)) {
            int w = (int) ChronoUnit.WEEKS.between(firstWeek, LocalDate.ofInstant(e.getValue(), zone));
            if (w >= 0 && w < weeks) {
                perTopic.computeIfAbsent(e.getKey(), x -> new long[weeks])[w]++;
            }
        }
        List<Map.Entry<Topic, long[]>> busiest = perTopic.entrySet().stream()
                .sorted((a, b) -> Long.compare(Arrays.stream(b.getValue()).sum(), Arrays.stream(a.getValue()).sum())).limit(6).toList();
        List<String> labels = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            labels.add(firstWeek.plusWeeks(w).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM", Locale.ROOT)));
        }
        Map<String, Object> topics = new LinkedHashMap<>();
        topics.put("labels", labels);
        Map<String, long[]> series = new TreeMap<>();
        busiest.forEach(e -> series.put(e.getKey().title(), e.getValue()));
        topics.put("series", series);
        Map<String, Object> timeliness = new LinkedHashMap<>();
        timeliness.put("labels", departments.stream().map(d -> Fmt.snippet(d.name(), 40)).toList());
        timeliness.put("onTime", departments.stream().map(Views.DepartmentTimeliness::onTime).toList());
        timeliness.put("late", departments.stream().map(Views.DepartmentTimeliness::late).toList());
        timeliness.put("overdue", departments.stream().map(Views.DepartmentTimeliness::openOverdue).toList());
        try {
            return new Views.ReportsPage(page(ctx, "Отчёты", "reports"), json.writeValueAsString(timeliness),
                    json.writeValueAsString(topics), queries.places(u.municipality(), since, 20), departments);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }

    private void sources(Context ctx) {
        require(ctx, "sources");
        Instant now = clock.instant();
        List<Views.SourceRow> rows = new ArrayList<>();
        for (SourceState s : store.sourceStates()) {
            String status;
            String css;
            if (s.lastErrorAt() != null && (s.lastSuccessAt() == null || s.lastErrorAt().isAfter(s.lastSuccessAt()))) {
                status = "Ошибка";
                css = "overdue";
            } else if (s.lastSuccessAt() == null) {
                status = "Ещё не опрашивался";
                css = "none";
            } else if (s.lastSuccessAt().isBefore(now.minus(Duration.ofHours(2)))) {
                status = "Давно не опрашивался";
                css = "due-soon";
            } else {
                status = "Работает";
                css = "on-time";
            }
            rows.add(new Views.SourceRow(s, status, css));
        }
        ctx.render("sources.jte", Map.of("m", new Views.SourcesPage(page(ctx, "Источники", "sources"), rows)));
    }

    // ------------------------------------------------------------ helpers

    private static Sessions.Session session(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        if (s == null) {
            throw new HttpResponseException(401, "Требуется вход");
        }
        return s;
    }

    private static User user(Context ctx) {
        User u = session(ctx).user();
        if (u == null) {
            throw new HttpResponseException(401, "Требуется вход");
        }
        return u;
    }

    private User require(Context ctx, String area) {
        User u = user(ctx);
        if (!Access.page(u.role(), area)) {
            LOG.warn("user '{}' ({}) refused area {}", u.login(), u.role().code(), area);
            accessLog.record(u.login(), "refused", "area " + area, ctx.ip());
            throw new HttpResponseException(403, "Раздел недоступен для роли «" + u.role().title() + "»");
        }
        return u;
    }

    private Views.Page page(Context ctx, String title, String nav) {
        User u = user(ctx);
        RegulationProfile p = profiles.get(u.municipality());
        return new Views.Page(u, session(ctx).csrf(), title, nav, p == null ? u.municipality() : p.municipality().name(),
                p == null ? ZoneId.of("Europe/Moscow") : p.municipality().zone());
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message == null ? "" : message));
            return;
        }
        Sessions.Session s = ctx.attribute("session");
        Views.Page page = s == null || s.user() == null ? null : page(ctx, "Ошибка", "");
        ctx.render("error.jte", Map.of("m", new Views.ErrorPage(page, status, message)));
    }
}
