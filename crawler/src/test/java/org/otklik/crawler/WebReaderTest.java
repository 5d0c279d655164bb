package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;

class WebReaderTest {
    final MockWebServer server = new MockWebServer();
    Readers readers;

    @BeforeEach
    void start() throws IOException {
        server.start();
        readers = new Readers(Fixtures.settings(server.url("/").toString()), Fixtures.secrets(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        readers.close();
        server.shutdown();
    }

    List<Post> read(Source s, String fixture) throws SourceException {
        server.enqueue(new MockResponse().setBody(Fixtures.read("web", fixture)));
        return readers.reader(s).read(s, null).posts();
    }

    Source web(String path, String reader) {
        return Fixtures.source("yelets-forum", Network.WEB, server.url(path).toString(), reader);
    }

    @Test
    void an_rss_feed_gives_one_post_per_item_keyed_by_guid() throws Exception {
        List<Post> posts = read(web("/index.rss", "rss"), "feed.rss");
        assertThat(posts).extracting(Post::externalId).containsExactly("thread-5531", "thread-5529");
        Post pit = posts.get(0);
        assertThat(pit.text()).isEqualTo("Яма на Коммунаров у дома 30\nТретью неделю яма на проезжей части, уже два колеса пробили.");
        assertThat(pit.publishedAt()).isEqualTo(Instant.parse("2025-11-21T06:15:00Z"));
        assertThat(pit.author()).isEqualTo("elchanin48");
        assertThat(pit.url()).isEqualTo("https://forum.elets.example/threads/yama-na-kommunarov.5531/");
    }

    @Test
    void an_atom_feed_is_read_too() throws Exception {
        List<Post> posts = read(web("/feed.atom", "rss"), "feed.atom");
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.externalId()).isEqualTo("urn:otzyv:812");
            assertThat(p.text()).contains("запись только через месяц");
            assertThat(p.author()).isEqualTo("Марина");
            assertThat(p.publishedAt()).isEqualTo(Instant.parse("2025-11-21T06:40:00Z"));
        });
    }

    @Test
    void an_html_page_is_read_with_the_configured_selectors() throws Exception {
        Source s = web("/forum/", "html");
        s = Fixtures.withOption(s, "selector.item", "article.topic");
        s = Fixtures.withOption(s, "selector.text", "div.topic-body");
        s = Fixtures.withOption(s, "selector.link", "a.topic-link");
        s = Fixtures.withOption(s, "selector.date", "time");
        s = Fixtures.withOption(s, "selector.author", ".topic-author");
        List<Post> posts = read(s, "forum.html");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).externalId()).isEqualTo(server.url("/t/412-musor-na-ostanovke").toString());
        assertThat(posts.get(0).author()).isEqualTo("Гость_77");
        assertThat(posts.get(1).text()).isEqualTo("Бездомные собаки бросаются на детей у школы.");
        assertThat(posts.get(1).publishedAt()).isEqualTo(Instant.parse("2025-11-21T06:10:00Z"));
    }

    @Test
    void a_page_that_is_no_feed_is_malformed() {
        assertThatThrownBy(() -> read(web("/index.rss", "rss"), "forum.html")).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED));
    }

    @Test
    void a_missing_page_is_gone() {
        server.enqueue(new MockResponse().setResponseCode(404));
        Source s = web("/index.rss", "rss");
        assertThatThrownBy(() -> readers.reader(s).read(s, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.GONE));
    }

    @Test
    void an_endless_answer_is_refused_not_read_into_memory() {
        okio.Buffer big = new okio.Buffer();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 9 * 16; i++) {
            big.write(chunk);
        }
        server.enqueue(new MockResponse().setChunkedBody(big, 256 * 1024));
        Source s = web("/index.rss", "rss");
        assertThatThrownBy(() -> readers.reader(s).read(s, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e).hasMessageContaining("larger than"));
    }
}
