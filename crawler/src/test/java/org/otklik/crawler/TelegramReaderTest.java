package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;

class TelegramReaderTest {
    final MockWebServer server = new MockWebServer();
    Readers readers;
    final Source channel = Fixtures.source("khasyn-tg", Network.TELEGRAM, "palatka_news", "telegram_channel");
    final Source bot = Fixtures.source("kalininsky-tg-chat", Network.TELEGRAM, "bot", "telegram_bot");

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

    void enqueue(String fixture) {
        server.enqueue(new MockResponse().setBody(Fixtures.read("telegram", fixture)));
    }

    @Test
    void a_channel_preview_gives_ids_dates_text_views_and_links() throws Exception {
        enqueue("channel.html");
        Page page = readers.reader(channel).read(channel, null);
        assertThat(page.posts()).extracting(Post::externalId).containsExactly("1203", "1204");
        Post ice = page.posts().get(0);
        assertThat(ice.url()).isEqualTo("https://t.me/palatka_news/1203");
        assertThat(ice.publishedAt()).isEqualTo(Instant.parse("2025-11-21T05:00:00Z"));
        assertThat(ice.views()).isEqualTo(1200);
        assertThat(ice.text()).startsWith("Внимание! На трассе Магадан — Палатка гололёд, будьте осторожны.\nПодробнее:")
                .contains("https://palatka-adm.example/news/1203");
        assertThat(page.posts().get(1).views()).isEqualTo(987);
        assertThat(page.posts().get(1).text()).contains("третий день холодные батареи.\n\nПишите");
        assertThat(page.cursor()).isEqualTo("1204");
    }

    @Test
    void a_later_poll_pages_back_with_before_until_the_last_seen_message() throws Exception {
        enqueue("channel.html");
        enqueue("channel.before.html");
        Page page = readers.reader(channel).read(channel, "1200");
        assertThat(page.posts()).extracting(Post::externalId).containsExactly("1203", "1204", "1201", "1202");
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getPath()).isEqualTo("/s/palatka_news?before=1203");
    }

    @Test
    void a_private_channel_page_is_an_error_not_an_empty_channel() {
        enqueue("private.html");
        assertThatThrownBy(() -> readers.reader(channel).read(channel, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED));
    }

    @Test
    void a_slow_page_times_out() {
        server.enqueue(new MockResponse().setBody(Fixtures.read("telegram", "channel.html")).setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS));
        assertThatThrownBy(() -> readers.reader(channel).read(channel, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.TRANSIENT));
    }

    @Test
    void a_connection_dropped_at_start_is_transient() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        assertThatThrownBy(() -> readers.reader(channel).read(channel, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.TRANSIENT));
    }

    @Test
    void bot_updates_give_chat_messages_and_their_edits_and_the_next_offset() throws Exception {
        enqueue("getUpdates.json");
        Page page = readers.reader(bot).read(bot, "581204770");
        List<Post> posts = page.posts();
        assertThat(posts).extracting(Post::externalId).containsExactly("-1001823746501_3310", "-1001823746501_3310", "-1001999000111_88");
        assertThat(posts.get(0).url()).isEqualTo("https://t.me/kalin_sosedi/3310");
        assertThat(posts.get(0).author()).isEqualTo("@irina_kln");
        assertThat(posts.get(1).text()).contains("у школы");
        assertThat(page.cursor()).isEqualTo("581204775");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).startsWith("/bot123456:ABC-DEF/getUpdates?").contains("offset=581204770");
    }

    @Test
    void bot_updates_of_chats_not_listed_are_dropped() throws Exception {
        enqueue("getUpdates.json");
        Source only = Fixtures.withOption(bot, "chats", "-1001823746501");
        assertThat(readers.reader(only).read(only, null).posts()).extracting(Post::externalId).doesNotContain("-1001999000111_88");
    }

    @Test
    void no_updates_keeps_the_offset() throws Exception {
        enqueue("getUpdates.empty.json");
        assertThat(readers.reader(bot).read(bot, "581204775").cursor()).isEqualTo("581204775");
    }

    @Test
    void a_revoked_bot_token_is_an_auth_failure() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody(Fixtures.read("telegram", "getUpdates.401.json")));
        assertThatThrownBy(() -> readers.reader(bot).read(bot, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH));
    }

    @Test
    void an_active_webhook_conflict_is_transient() {
        server.enqueue(new MockResponse().setResponseCode(409).setBody(Fixtures.read("telegram", "getUpdates.409.json")));
        assertThatThrownBy(() -> readers.reader(bot).read(bot, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.TRANSIENT));
    }
}
