package org.otklik.crawler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otklik.config.ConfigException;
import org.otklik.config.internal.Fields;
import org.otklik.core.Network;
import org.otklik.core.Source;

/**
 * Loads {@code config/sources.yaml}. Every problem names file, line and field; unknown keys are rejected;
 * credentials appear only as names of environment variables.
 *
 * <p>Each source gets an option {@code reader} naming the adapter that reads it: {@code vk}, {@code ok_api},
 * {@code ok_html}, {@code ok_auto}, {@code telegram_channel}, {@code telegram_bot}, {@code rss}, {@code html} or {@code replay}.
 */
public final class SourcesFile {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}");
    private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private SourcesFile() {
    }

    /**
     * @param municipalities the profile ids served; a source naming another one is an error. Empty: not checked.
     */
    public static CrawlerConfig load(Path file, Set<String> municipalities) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file, 0, null, "file is missing");
        }
        Fields root = Fields.of(file);
        CrawlerSettings settings = root.has("networks") ? networks(root.map("networks")) : CrawlerSettings.defaults();
        if (!root.has("networks")) {
            root.string("networks", null);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Source> sources = new java.util.ArrayList<>();
        for (Fields s : root.maps("sources")) {
            Source src = source(s, file.toAbsolutePath().getParent(), municipalities, settings);
            Integer first = seen.putIfAbsent(src.id(), s.line());
            if (first != null) {
                throw s.error("id", "duplicate source id '" + src.id() + "' (first at line " + first + ")");
            }
            sources.add(src);
        }
        root.done();
        return new CrawlerConfig(settings, sources);
    }

    private static CrawlerSettings networks(Fields n) {
        CrawlerSettings d = CrawlerSettings.defaults();
        CrawlerSettings.Vk vk = d.vk();
        if (n.has("vk")) {
            Fields f = n.map("vk");
            String kind = f.as("token_kind", v -> switch (v) {
                case "service", "user", "community" -> v;
                default -> throw new IllegalArgumentException("'" + v + "' is not service, user or community");
            }, "service");
            double defaultRate = kind.equals("community") ? 20 : 3;
            vk = new CrawlerSettings.Vk(url(f, "base_url", vk.baseUrl()), f.string("api_version", vk.apiVersion()),
                    env(f, "token_env", vk.tokenEnv()), rate(f, defaultRate), f.integer("concurrency", 1, 1000, vk.concurrency()),
                    f.integer("comments_posts_per_poll", 0, 100, vk.commentsPostsPerPoll()), env(f, "publish_token_env", vk.publishTokenEnv()));
            f.done();
        }
        CrawlerSettings.Ok ok = d.ok();
        if (n.has("ok")) {
            Fields f = n.map("ok");
            ok = new CrawlerSettings.Ok(url(f, "base_url", ok.baseUrl()), url(f, "web_url", ok.webUrl()),
                    env(f, "application_key_env", ok.applicationKeyEnv()), env(f, "access_token_env", ok.accessTokenEnv()),
                    env(f, "session_secret_env", ok.sessionSecretEnv()), rate(f, ok.requestsPerSecond()),
                    f.integer("concurrency", 1, 100, ok.concurrency()));
            f.done();
        }
        CrawlerSettings.Telegram tg = d.telegram();
        if (n.has("telegram")) {
            Fields f = n.map("telegram");
            tg = new CrawlerSettings.Telegram(url(f, "web_url", tg.webUrl()), url(f, "bot_api_url", tg.botApiUrl()),
                    env(f, "bot_token_env", tg.botTokenEnv()), f.integer("concurrency", 1, 100, tg.concurrency()));
            f.done();
        }
        CrawlerSettings.Http http = d.http();
        if (n.has("http")) {
            Fields f = n.map("http");
            http = new CrawlerSettings.Http(f.as("connect_timeout", SourcesFile::duration, http.connectTimeout()),
                    f.as("read_timeout", SourcesFile::duration, http.readTimeout()),
                    f.integer("web_concurrency", 1, 100, http.webConcurrency()), f.string("user_agent", http.userAgent()));
            f.done();
        }
        n.done();
        return new CrawlerSettings(vk, ok, tg, http);
    }

    private static Source source(Fields s, Path configDir, Set<String> municipalities, CrawlerSettings settings) {
        String id = s.as("id", v -> {
            if (!ID.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a source id (lower-case letters, digits, '_', '-', '.')");
            }
            return v;
        });
        String kind = s.as("network", v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "vk", "ok", "telegram", "web", "replay" -> v.toLowerCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("'" + v + "' is not a network: vk, ok, telegram, web or replay");
        });
        String municipality = s.as("municipality", v -> {
            if (!municipalities.isEmpty() && !municipalities.contains(v)) {
                throw new IllegalArgumentException("'" + v + "' is not a served municipality (" + String.join(", ", municipalities) + ")");
            }
            return v;
        });
        Duration interval = s.as("interval", SourcesFile::duration, Duration.ofMinutes(5));
        if (interval.compareTo(Duration.ofMillis(100)) < 0) {
            throw s.error("interval", "must be at least 100ms");
        }
        boolean enabled = s.bool("enabled", true);
        Set<Source.Read> reads = EnumSet.noneOf(Source.Read.class);
        reads.addAll(s.scalars("reads", v -> switch (v) {
            case "posts" -> Source.Read.POSTS;
            case "comments" -> Source.Read.COMMENTS;
            case "search" -> Source.Read.SEARCH;
            default -> throw new IllegalArgumentException("'" + v + "' is not posts, comments or search");
        }));
        if (reads.isEmpty()) {
            reads.add(Source.Read.POSTS);
        }
        Map<String, String> options = new LinkedHashMap<>();
        Network network;
        String ref;
        switch (kind) {
            case "vk" -> {
                network = Network.VK;
                List<String> keywords = s.scalars("keywords", v -> v);
                if (reads.contains(Source.Read.SEARCH)) {
                    if (keywords.isEmpty()) {
                        throw s.error("keywords", "a VK source that reads search needs keywords (place names, topic words)");
                    }
                    options.put("keywords", String.join("\n", keywords));
                    ref = s.string("ref", "search");
                } else {
                    if (!keywords.isEmpty()) {
                        throw s.error("keywords", "keywords are only used with reads: [search]");
                    }
                    ref = s.as("ref", SourcesFile::vkRef);
                }
                options.put("reader", "vk");
            }
            case "ok" -> {
                network = Network.OK;
                ref = s.as("ref", v -> {
                    if (!v.matches("\\d{1,20}")) {
                        throw new IllegalArgumentException("'" + v + "' is not a numeric OK group id");
                    }
                    return v;
                });
                String mode = s.as("mode", v -> switch (v) {
                    case "auto", "api", "html" -> v;
                    default -> throw new IllegalArgumentException("'" + v + "' is not auto, api or html");
                }, "auto");
                // auto: the API when its credentials are set, else the public group page
                options.put("reader", "ok_" + mode);
            }
            case "telegram" -> {
                network = Network.TELEGRAM;
                String mode = s.as("mode", v -> switch (v) {
                    case "channel", "bot" -> v;
                    default -> throw new IllegalArgumentException("'" + v + "' is not channel or bot");
                }, "channel");
                if (mode.equals("channel")) {
                    ref = s.as("ref", v -> {
                        String c = v.startsWith("@") ? v.substring(1) : v;
                        if (!c.matches("[A-Za-z][A-Za-z0-9_]{3,31}")) {
                            throw new IllegalArgumentException("'" + v + "' is not a public channel name");
                        }
                        return c;
                    });
                    options.put("reader", "telegram_channel");
                } else {
                    ref = s.string("ref", "bot");
                    List<String> chats = s.scalars("chats", v -> {
                        if (!v.matches("-?\\d{1,20}")) {
                            throw new IllegalArgumentException("'" + v + "' is not a numeric chat id");
                        }
                        return v;
                    });
                    options.put("chats", String.join(",", chats));
                    options.put("reader", "telegram_bot");
                }
            }
            case "web" -> {
                network = Network.WEB;
                ref = s.as("url", SourcesFile::httpUrl);
                String format = s.as("format", v -> switch (v) {
                    case "rss", "atom", "html" -> v;
                    default -> throw new IllegalArgumentException("'" + v + "' is not rss, atom or html");
                }, "rss");
                if (format.equals("html")) {
                    Fields sel = s.map("selectors");
                    options.put("selector.item", sel.as("item", SourcesFile::css));
                    options.put("selector.text", sel.as("text", SourcesFile::css));
                    options.put("selector.link", sel.as("link", SourcesFile::css, "a[href]"));
                    String date = sel.as("date", SourcesFile::css, null);
                    if (date != null) {
                        options.put("selector.date", date);
                    }
                    String author = sel.as("author", SourcesFile::css, null);
                    if (author != null) {
                        options.put("selector.author", author);
                    }
                    sel.done();
                    options.put("reader", "html");
                } else {
                    if (s.has("selectors")) {
                        throw s.error("selectors", "selectors are only used with format: html");
                    }
                    s.string("selectors", null);
                    options.put("reader", "rss");
                }
            }
            default -> {
                network = Network.WEB;
                Path f = s.as("file", v -> configDir.resolve(v).normalize());
                if (!Files.isRegularFile(f)) {
                    throw s.error("file", "replay file " + f + " is missing");
                }
                ref = f.toString();
                options.put("per_poll", Integer.toString(s.integer("per_poll", 1, 10_000, 5)));
                options.put("live", Boolean.toString(s.bool("live", true)));
                options.put("reader", "replay");
            }
        }
        if (reads.contains(Source.Read.SEARCH) && !kind.equals("vk")) {
            throw s.error("reads", "search is only supported for VK (newsfeed.search)");
        }
        if (reads.contains(Source.Read.COMMENTS) && !(kind.equals("vk") || options.get("reader").matches("ok_(api|auto)"))) {
            throw s.error("reads", "comments are read from VK walls and OK groups through the API only");
        }
        options.put("max_pages", Integer.toString(s.integer("max_pages", 1, 100, 5)));
        s.done();
        return new Source(id, network, ref, municipality, interval, reads, enabled, options);
    }

    private static String vkRef(String v) {
        if (v.matches("-?\\d{1,19}") || v.matches("[A-Za-z0-9_.]{2,64}")) {
            return v;
        }
        throw new IllegalArgumentException("'" + v + "' is not a VK screen name or numeric owner id (communities are negative)");
    }

    private static String css(String v) {
        try {
            org.jsoup.select.QueryParser.parse(v);
            return v;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a CSS selector: " + e.getMessage());
        }
    }

    private static String httpUrl(String v) {
        if (!v.matches("https?://\\S+")) {
            throw new IllegalArgumentException("'" + v + "' is not an http(s) URL");
        }
        return v;
    }

    private static String url(Fields f, String key, String fallback) {
        return f.as(key, SourcesFile::httpUrl, fallback);
    }

    private static String env(Fields f, String key, String fallback) {
        return f.as(key, v -> {
            if (!ENV.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not an environment variable name: put the token in the environment"
                        + " (or the secrets file) and name the variable here");
            }
            return v;
        }, fallback);
    }

    private static double rate(Fields f, double fallback) {
        return f.as("requests_per_second", v -> {
            double r;
            try {
                r = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + v + "' is not a number");
            }
            if (!(r > 0 && r <= 1000)) {
                throw new IllegalArgumentException(v + " is out of range (0, 1000]");
            }
            return r;
        }, fallback);
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 {@code PT5M}. */
    static Duration duration(String v) {
        Matcher m = SHORT_DURATION.matcher(v.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + v + "' is not a duration like 30s, 5m, 1h");
        }
    }
}
