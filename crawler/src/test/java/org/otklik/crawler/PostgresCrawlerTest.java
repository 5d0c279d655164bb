package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Network;
import org.otklik.core.PostKey;
import org.otklik.core.Source;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** The crawler's SQL (deletion window, health columns of migration V100) on PostgreSQL as well as H2. */
class PostgresCrawlerTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.POSTGRESQL);

    final MockWebServer server = new MockWebServer();
    final FakeVk vk = new FakeVk();
    final Clock clock = Clock.fixed(Instant.parse("2025-11-21T12:00:00Z"), ZoneOffset.UTC);
    Readers readers;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(vk);
        server.start();
        readers = new Readers(Fixtures.settings(server.url("/").toString()), Fixtures.secrets(), clock);
    }

    @AfterEach
    void stop() throws IOException {
        readers.close();
        server.shutdown();
    }

    @Test
    void edits_deletions_and_health_are_recorded_on_postgresql(Store store) {
        Source wall = Fixtures.source("khasyn-vk", Network.VK, "-41865730", "vk");
        Crawler c = new Crawler(store, List.of(wall), readers::reader, readers.concurrency(), StoredPosts.NONE, clock);
        vk.answer("wall.get", "wall.get.json");
        c.poll(wall);
        vk.answer("wall.get", "wall.get.second.json");
        PollSummary r = c.poll(wall);
        assertThat(r.error()).isNull();
        assertThat(r.edited()).isEqualTo(1);
        assertThat(r.deleted()).isEqualTo(1);
        assertThat(store.post(new PostKey(Network.VK, "khasyn-vk", "-41865730_4010")).orElseThrow().deletedAt()).isNotNull();
        assertThat(SourceHealth.all(store)).singleElement().satisfies(h -> {
            assertThat(h.cursor()).isEqualTo("4013");
            assertThat(h.lastFetched()).isEqualTo(5);
            assertThat(h.lagMillis()).isNotNull();
        });
    }
}
