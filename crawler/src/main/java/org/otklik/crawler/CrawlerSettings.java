package org.otklik.crawler;

import java.time.Duration;

/**
 * The {@code networks:} part of {@code sources.yaml}: where each network's API is, which environment variables
 * hold its credentials, and how fast it may be asked. Base URLs are configurable so tests point them at a local server.
 */
public record CrawlerSettings(Vk vk, Ok ok, Telegram telegram, Http http) {

    /**
     * @param requestsPerSecond per token: 3 for a service or user token, 20 for a community token
     * @param concurrency how many VK sources poll at once; their calls share {@code execute} batches
     */
    public record Vk(String baseUrl, String apiVersion, String tokenEnv, double requestsPerSecond, int concurrency,
                     int commentsPostsPerPoll, String publishTokenEnv) {
    }

    public record Ok(String baseUrl, String webUrl, String applicationKeyEnv, String accessTokenEnv,
                     String sessionSecretEnv, double requestsPerSecond, int concurrency) {
    }

    public record Telegram(String webUrl, String botApiUrl, String botTokenEnv, int concurrency) {
    }

    /** Timeouts of every HTTP call and the concurrency of web sources. */
    public record Http(Duration connectTimeout, Duration readTimeout, int webConcurrency, String userAgent) {
    }

    public static CrawlerSettings defaults() {
        return new CrawlerSettings(
                new Vk("https://api.vk.com/method/", "5.199", "OTKLIK_VK_TOKEN", 3, 50, 10, "OTKLIK_VK_PUBLISH_TOKEN"),
                new Ok("https://api.ok.ru/fb.do", "https://ok.ru", "OTKLIK_OK_APP_KEY", "OTKLIK_OK_ACCESS_TOKEN",
                        "OTKLIK_OK_SESSION_SECRET", 5, 4),
                new Telegram("https://t.me", "https://api.telegram.org", "OTKLIK_TG_BOT_TOKEN", 4),
                new Http(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, "Otklik/0.1 (+municipal monitoring)"));
    }
}
