package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Network;
import org.otklik.core.PostKey;
import org.otklik.core.Source;
import org.otklik.store.SourceState;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;
import org.otklik.store.StoredPost;

class CrawlerTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    final MockWebServer server = new MockWebServer();
    final FakeVk vk = new FakeVk();
    final Clock clock = Clock.fixed(Instant.parse("2025-11-21T12:00:00Z"), ZoneOffset.UTC);
    final List<Long> handedOn = new CopyOnWriteArrayList<>();
    final Source wall = Fixtures.source("khasyn-vk", Network.VK, "-41865730", "vk");
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

    Crawler crawler(Store store, Source... sources) {
        return new Crawler(store, List.of(sources), readers::reader, readers.concurrency(), (id, post) -> handedOn.add(id), clock);
    }

    @Test
    void a_poll_stores_the_posts_and_the_cursor_together_and_hands_new_posts_on(Store store) {
        vk.answer("wall.get", "wall.get.json");
        PollSummary r = crawler(store, wall).poll(wall);
        assertThat(r.ok()).isTrue();
        assertThat(r.inserted()).isEqualTo(5);
        assertThat(store.countPosts()).isEqualTo(5);
        SourceState st = store.sourceState("khasyn-vk").orElseThrow();
        assertThat(st.cursor()).isEqualTo("4012");
        assertThat(st.postsFetched()).isEqualTo(5);
        assertThat(handedOn).hasSize(5);
    }

    @Test
    void a_second_poll_of_the_same_page_stores_and_hands_on_nothing(Store store) {
        vk.answer("wall.get", "wall.get.json");
        Crawler c = crawler(store, wall);
        c.poll(wall);
        PollSummary again = c.poll(wall);
        assertThat(again.inserted()).isZero();
        assertThat(again.edited()).isZero();
        assertThat(store.countPosts()).isEqualTo(5);
        assertThat(handedOn).hasSize(5);
    }

    @Test
    void an_edited_post_is_recorded_as_an_edit_and_a_vanished_post_as_deleted(Store store) {
        vk.answer("wall.get", "wall.get.json");
        Crawler c = crawler(store, wall);
        c.poll(wall);
        vk.answer("wall.get", "wall.get.second.json");
        PollSummary r = c.poll(wall);
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.edited()).isEqualTo(1);
        assertThat(r.deleted()).isEqualTo(1);
        StoredPost edited = store.post(new PostKey(Network.VK, "khasyn-vk", "-41865730_4011")).orElseThrow();
        assertThat(edited.edits()).isEqualTo(1);
        assertThat(edited.post().text()).contains("крысы");
        assertThat(store.editHistory(edited.id())).singleElement().asString().doesNotContain("крысы");
        assertThat(store.post(new PostKey(Network.VK, "khasyn-vk", "-41865730_4010")).orElseThrow().deletedAt()).isEqualTo(clock.instant());
        assertThat(store.post(new PostKey(Network.VK, "khasyn-vk", "-41865730_3990")).orElseThrow().deletedAt())
                .as("the pinned post outside the window is not taken for deleted").isNull();
        assertThat(store.sourceState("khasyn-vk").orElseThrow().cursor()).isEqualTo("4013");
        assertThat(handedOn).as("5 new, then 1 new and 1 edited").hasSize(7);
    }

    @Test
    void a_failing_source_records_its_error_and_keeps_its_cursor_while_the_others_go_on(Store store) {
        Source closed = Fixtures.source("closed-vk", Network.VK, "-1", "vk");
        vk.answer("wall.get", "wall.get.json");
        crawler(store, wall).poll(wall);
        // one execute carries both sources' calls: the private wall fails inside it, the other wall is read
        vk.answer("wall.get", "wall.get.second.json").answer("wall.get.-1", "error.15.json").answer("groups.getById.1", "error.100.json");
        List<PollSummary> results = crawler(store, wall, closed).pollAllOnce();
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(0).inserted()).isEqualTo(1);
        assertThat(results.get(1).ok()).isFalse();
        assertThat(results.get(1).error()).contains("GONE").contains("error 15");
        SourceState st = store.sourceState("closed-vk").orElseThrow();
        assertThat(st.cursor()).isNull();
        assertThat(st.lastError()).contains("error 15");
        assertThat(SourceHealth.all(store)).filteredOn(h -> h.sourceId().equals("closed-vk")).singleElement()
                .satisfies(h -> assertThat(h.failures()).isEqualTo(1));
    }

    @Test
    void health_records_posts_fetched_and_the_lag_of_the_newest_post(Store store) {
        vk.answer("wall.get", "wall.get.json");
        crawler(store, wall).poll(wall);
        SourceHealth h = SourceHealth.all(store).get(0);
        assertThat(h.lastFetched()).isEqualTo(5);
        assertThat(h.failures()).isZero();
        assertThat(h.lagMillis()).isEqualTo(Duration.between(Instant.ofEpochSecond(1763717460), clock.instant()).toMillis());
    }

    @Test
    void backoff_grows_with_failures_and_stays_within_its_cap(Store store) {
        Crawler c = crawler(store, wall);
        Source slow = new Source("s", Network.WEB, "x", "khasyn", Duration.ofMinutes(4), wall.reads(), true, wall.options());
        for (int n = 1; n <= 30; n++) {
            Duration d = c.backoff(slow, n);
            long cap = Math.min(60_000L * (1L << Math.min(n - 1, 12)), 3_600_000L);
            assertThat(d.toMillis()).as("failure " + n).isBetween(cap / 2, cap);
        }
    }

    @Test
    void the_loop_polls_each_source_at_its_interval(Store store) throws Exception {
        vk.answer("wall.get", "wall.get.json");
        Source fast = new Source("khasyn-vk", Network.VK, "-41865730", "khasyn", Duration.ofMillis(300), wall.reads(), true, wall.options());
        try (Crawler c = crawler(store, fast)) {
            c.start();
            Thread.sleep(1_600);
        }
        int requests = server.getRequestCount();
        assertThat(requests).isBetween(3, 7);
        assertThat(store.countPosts()).isEqualTo(5);
    }

    @Test
    void closing_the_crawler_lets_a_poll_in_progress_finish_uninterrupted_and_the_store_stays_open(Store store) throws Exception {
        vk.answer("wall.get", "wall.get.json");
        Source fast = new Source("khasyn-vk", Network.VK, "-41865730", "khasyn", Duration.ofMinutes(5), wall.reads(), true, wall.options());
        java.util.concurrent.CountDownLatch inPoll = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        // the hand-on runs in the loop's thread, as the classifier and dispatcher do in the service, writing to the store
        StoredPosts slowStage = (id, post) -> {
            inPoll.countDown();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            store.sourceState("khasyn-vk");
        };
        Crawler c = new Crawler(store, List.of(fast), readers::reader, readers.concurrency(), slowStage, clock);
        c.start();
        assertThat(inPoll.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        c.close();
        assertThat(interrupted).isFalse();
        assertThat(store.countPosts()).isEqualTo(5);
    }
}
