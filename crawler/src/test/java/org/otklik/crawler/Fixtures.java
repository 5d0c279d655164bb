package org.otklik.crawler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.otklik.config.Secrets;
import org.otklik.core.Network;
import org.otklik.core.Source;

/** Recorded API responses under {@code fixtures/<network>/} and the small builders tests share. */
final class Fixtures {
    private Fixtures() {
    }

    static String read(String network, String name) {
        String path = "/fixtures/" + network + "/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(String id, Network network, String ref, String reader, Source.Read... reads) {
        Map<String, String> options = new HashMap<>();
        options.put("reader", reader);
        options.put("max_pages", "5");
        Set<Source.Read> r = reads.length == 0 ? EnumSet.of(Source.Read.POSTS) : EnumSet.of(reads[0], reads);
        return new Source(id, network, ref, "khasyn", Duration.ofSeconds(1), r, true, options);
    }

    static Source withOption(Source s, String key, String value) {
        Map<String, String> o = new HashMap<>(s.options());
        o.put(key, value);
        return new Source(s.id(), s.network(), s.ref(), s.municipality(), s.pollInterval(), s.reads(), s.enabled(), o);
    }

    /** Settings with every base URL pointed at a local server and short timeouts. */
    static CrawlerSettings settings(String base) {
        return settings(base, 20);
    }

    /** The same, with VK's token allowed this many requests per second. */
    static CrawlerSettings settings(String base, double vkRequestsPerSecond) {
        CrawlerSettings d = CrawlerSettings.defaults();
        return new CrawlerSettings(
                new CrawlerSettings.Vk(base + "method/", "5.199", "VK_TOKEN", vkRequestsPerSecond, 50, 10, "VK_PUBLISH_TOKEN"),
                new CrawlerSettings.Ok(base + "fb.do", base.substring(0, base.length() - 1), "OK_APP_KEY", "OK_ACCESS_TOKEN", "OK_SECRET", 50, 4),
                new CrawlerSettings.Telegram(base.substring(0, base.length() - 1), base.substring(0, base.length() - 1), "TG_TOKEN", 4),
                new CrawlerSettings.Http(Duration.ofSeconds(2), Duration.ofMillis(800), 4, d.http().userAgent()));
    }

    static Secrets secrets() {
        return new Secrets(Map.of("VK_TOKEN", "vk1.a.test-service-token", "VK_PUBLISH_TOKEN", "vk1.a.community",
                "OK_APP_KEY", "CBAFJIICABABABABA", "OK_ACCESS_TOKEN", "tkn1Ok", "OK_SECRET", "5a2f0c9e1b",
                "TG_TOKEN", "123456:ABC-DEF"), null);
    }
}
