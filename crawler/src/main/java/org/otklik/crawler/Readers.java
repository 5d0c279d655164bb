package org.otklik.crawler;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.otklik.config.Secrets;
import org.otklik.core.Network;
import org.otklik.core.Source;
import org.otklik.crawler.internal.Http;
import org.otklik.crawler.internal.OkApi;
import org.otklik.crawler.internal.OkHtmlReader;
import org.otklik.crawler.internal.OkReader;
import org.otklik.crawler.internal.RateLimiter;
import org.otklik.crawler.internal.ReplayReader;
import org.otklik.crawler.internal.TelegramBotReader;
import org.otklik.crawler.internal.TelegramChannelReader;
import org.otklik.crawler.internal.VkApi;
import org.otklik.crawler.internal.VkReader;
import org.otklik.crawler.internal.WebReader;

/**
 * The network clients of one crawler, built from {@code sources.yaml}'s settings and the secrets: one HTTP client,
 * one VK client (one token, one limiter, shared {@code execute} batches), one OK client, and the readers over them.
 * {@link #reader(Source)} picks a source's reader by its {@code reader} option.
 */
public final class Readers implements AutoCloseable {
    /** Added to the one-second window of each rate-limit slot, for clock granularity. */
    public static final Duration VK_SAFETY_MARGIN = Duration.ofMillis(10);

    private final CrawlerSettings settings;
    private final VkApi vk;
    private final SourceReader vkReader;
    private final SourceReader okApi;
    private final SourceReader okHtml;
    private final boolean okConfigured;
    private final SourceReader telegramChannel;
    private final SourceReader telegramBot;
    private final SourceReader web;
    private final SourceReader replay;

    public Readers(CrawlerSettings settings, Secrets secrets, Clock clock) {
        this.settings = settings;
        Http http = new Http(settings.http());
        CrawlerSettings.Vk v = settings.vk();
        this.vk = new VkApi(http, v.baseUrl(), v.apiVersion(), secrets.get(v.tokenEnv()), new RateLimiter(v.requestsPerSecond(), VK_SAFETY_MARGIN));
        this.vkReader = new VkReader(vk, v.commentsPostsPerPoll());
        CrawlerSettings.Ok o = settings.ok();
        OkApi ok = new OkApi(http, o.baseUrl(), secrets.get(o.applicationKeyEnv()), secrets.get(o.accessTokenEnv()),
                secrets.get(o.sessionSecretEnv()), new RateLimiter(o.requestsPerSecond(), Duration.ofMillis(20)));
        this.okApi = new OkReader(ok, 10);
        this.okConfigured = ok.configured();
        this.okHtml = new OkHtmlReader(http, o.webUrl());
        this.telegramChannel = new TelegramChannelReader(http, settings.telegram().webUrl());
        this.telegramBot = new TelegramBotReader(http, settings.telegram().botApiUrl(), secrets.get(settings.telegram().botTokenEnv()));
        this.web = new WebReader(http);
        this.replay = new ReplayReader(clock);
    }

    public SourceReader reader(Source source) {
        String r = source.options().getOrDefault("reader", "");
        return switch (r) {
            case "vk" -> vkReader;
            case "ok_api" -> okApi;
            case "ok_html" -> okHtml;
            case "ok_auto" -> okConfigured ? okApi : okHtml;
            case "telegram_channel" -> telegramChannel;
            case "telegram_bot" -> telegramBot;
            case "rss", "html" -> web;
            case "replay" -> replay;
            default -> throw new IllegalArgumentException("source " + source.id() + " has no reader '" + r + "'");
        };
    }

    /** How many sources of each network may poll at once. */
    public Map<Network, Integer> concurrency() {
        Map<Network, Integer> m = new EnumMap<>(Network.class);
        m.put(Network.VK, settings.vk().concurrency());
        m.put(Network.OK, settings.ok().concurrency());
        m.put(Network.TELEGRAM, settings.telegram().concurrency());
        m.put(Network.WEB, settings.http().webConcurrency());
        return m;
    }

    /** VK requests sent, calls answered and error-6 answers, for the benchmark and the health page. */
    public long[] vkCounters() {
        return new long[] {vk.requests(), vk.calls(), vk.tooManyRequests()};
    }

    @Override
    public void close() {
        vk.close();
    }
}
