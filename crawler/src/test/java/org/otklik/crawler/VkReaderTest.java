package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;

class VkReaderTest {
    final MockWebServer server = new MockWebServer();
    final FakeVk vk = new FakeVk();
    Readers readers;
    final Source wall = Fixtures.source("khasyn-vk", Network.VK, "-41865730", "vk");
    /** A user's wall: no community lookup before wall.get. */
    final Source userWall = Fixtures.source("someone", Network.VK, "591847362", "vk");
    final Source wallWithComments = Fixtures.source("khasyn-vk", Network.VK, "-41865730", "vk", Source.Read.POSTS, Source.Read.COMMENTS);

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(vk);
        server.start();
        readers = new Readers(Fixtures.settings(server.url("/").toString()), Fixtures.secrets(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        readers.close();
        server.shutdown();
    }

    Page read(Source s, String cursor) throws SourceException {
        return readers.reader(s).read(s, cursor);
    }

    @Test
    void a_community_wall_is_read_with_ids_links_dates_and_counters() throws Exception {
        vk.answer("wall.get", "wall.get.json");
        Page page = read(wall, null);
        assertThat(page.posts()).hasSize(5);
        Post lights = page.posts().get(1);
        assertThat(lights.externalId()).isEqualTo("-41865730_4012");
        assertThat(lights.url()).isEqualTo("https://vk.com/wall-41865730_4012");
        assertThat(lights.text()).contains("не горят фонари");
        assertThat(lights.publishedAt()).isEqualTo(Instant.ofEpochSecond(1763717460));
        assertThat(lights.likes()).isEqualTo(17);
        assertThat(lights.comments()).isEqualTo(3);
        assertThat(lights.views()).isEqualTo(1840);
        assertThat(lights.municipality()).isEqualTo("khasyn");
        assertThat(page.cursor()).isEqualTo("4012");
        // the pinned post is older than the window; the window starts at the oldest unpinned post
        assertThat(page.completeSince()).isEqualTo(Instant.ofEpochSecond(1763694000));
        assertThat(page.posts().get(4).text()).as("a repost without own text keeps the reposted text").contains("автобуса № 101");
        assertThat(lights.author()).as("community info names the community's own posts").isEqualTo("Администрация Хасынского округа");
        assertThat(vk.calledMethods()).containsExactly("groups.getById", "wall.get");
        var request = vk.forms.get(1);
        assertThat(request).containsEntry("owner_id", "-41865730").containsEntry("v", "5.199").containsEntry("count", "100")
                .containsEntry("access_token", "vk1.a.test-service-token");
    }

    @Test
    void a_community_screen_name_is_resolved_once_to_its_owner_id() throws Exception {
        vk.answer("wall.get", "wall.get.empty.json").answer("groups.getById.elets_online", "groups.getById.elets.json");
        Source byName = Fixtures.source("yelets-vk", Network.VK, "elets_online", "vk");
        Page page = read(byName, "17");
        read(byName, "17");
        assertThat(page.posts()).isEmpty();
        assertThat(page.cursor()).as("an empty page keeps the cursor").isEqualTo("17");
        assertThat(vk.calledMethods()).containsExactly("groups.getById", "wall.get", "wall.get");
        assertThat(vk.forms.get(1)).containsEntry("owner_id", "-30566271").containsEntry("count", "20");
    }

    @Test
    void a_user_screen_name_is_read_by_domain() throws Exception {
        vk.answer("wall.get", "wall.get.empty.json").answer("groups.getById.ivan_petrov", "error.100.json");
        Source user = Fixtures.source("someone", Network.VK, "ivan_petrov", "vk");
        read(user, null);
        assertThat(vk.forms.get(1)).containsEntry("domain", "ivan_petrov").doesNotContainKey("owner_id");
    }

    @Test
    void a_closed_or_deleted_community_is_gone_without_reading_its_wall() {
        for (String f : List.of("groups.getById.closed.json", "groups.getById.deleted.json")) {
            vk.answer("groups.getById", f);
            Source s = Fixtures.source("x-" + f.length(), Network.VK, "-" + f.length(), "vk");
            assertThatThrownBy(() -> read(s, null)).as(f).isInstanceOfSatisfying(SourceException.class,
                    e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.GONE));
        }
        assertThat(vk.calledMethods()).doesNotContain("wall.get");
    }

    @Test
    void comments_of_several_posts_travel_in_one_execute_and_one_closed_thread_does_not_fail_the_source() throws Exception {
        vk.answer("wall.get", "wall.get.json").answer("wall.getComments.4012", "wall.getComments.4012.json")
                .answer("wall.getComments.4010", "wall.getComments.4010.json").answer("wall.getComments.4009", "wall.getComments.4009.json");
        // calls batch while they wait for the limiter; at 20 requests/s nothing waits, and whether the first comment call
        // left alone before the others were queued was a race. Two requests/s make the third request wait its window.
        readers.close();
        readers = new Readers(Fixtures.settings(server.url("/").toString(), 2), Fixtures.secrets(), Clock.systemUTC());
        Page page = read(wallWithComments, null);
        List<Post> comments = page.posts().stream().filter(p -> p.parentId() != null).toList();
        assertThat(comments).extracting(Post::externalId)
                .containsExactlyInAnyOrder("-41865730_4012_4015", "-41865730_4012_4017", "-41865730_4012_4016", "-41865730_4010_4020");
        assertThat(comments.get(0).url()).isEqualTo("https://vk.com/wall-41865730_4012?reply=4015");
        assertThat(vk.calledMethods()).containsExactly("groups.getById", "wall.get", "execute");
        assertThat(vk.forms.get(2).get("code")).startsWith("return [API.wall.getComments({").contains("\"post_id\":4012");
    }

    @Test
    void keyword_search_reads_newsfeed_search_from_the_last_seen_date() throws Exception {
        vk.answer("newsfeed.search", "newsfeed.search.json");
        Source search = Fixtures.withOption(Fixtures.source("khasyn-vk-search", Network.VK, "search", "vk", Source.Read.SEARCH),
                "keywords", "Палатка");
        Page page = read(search, "1763700000");
        assertThat(page.posts()).extracting(Post::externalId).containsExactly("418203957_77", "-209381745_1520");
        assertThat(page.cursor()).isEqualTo("1763715000");
        assertThat(vk.forms.get(0)).containsEntry("q", "Палатка").containsEntry("start_time", "1763700000");
    }

    @Test
    void an_invalid_token_is_an_auth_failure() {
        vk.answer("wall.get", "error.5.json");
        assertThatThrownBy(() -> read(wall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH));
    }

    @Test
    void a_private_deleted_or_closed_wall_is_gone() {
        for (String code : List.of("15", "18", "30")) {
            vk.answer("wall.get", "error." + code + ".json");
            assertThatThrownBy(() -> read(wall, null)).as("error " + code).isInstanceOfSatisfying(SourceException.class,
                    e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.GONE));
        }
    }

    @Test
    void the_daily_method_limit_is_a_rate_limit() {
        vk.answer("wall.get", "error.29.json");
        assertThatThrownBy(() -> read(wall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.RATE_LIMITED));
    }

    @Test
    void too_many_requests_pauses_the_token_and_resends_the_call() throws Exception {
        QueueDispatcher q = new QueueDispatcher();
        q.enqueueResponse(new MockResponse().setBody(Fixtures.read("vk", "error.6.json")));
        q.enqueueResponse(new MockResponse().setBody(Fixtures.read("vk", "wall.get.json")));
        server.setDispatcher(q);
        long t0 = System.nanoTime();
        Page page = read(userWall, null);
        assertThat(page.posts()).hasSize(5);
        assertThat((System.nanoTime() - t0) / 1_000_000).as("waited out the pause").isGreaterThanOrEqualTo(450);
        assertThat(readers.vkCounters()[2]).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void malformed_json_is_reported_as_malformed() {
        vk.answer("wall.get", "malformed.json");
        assertThatThrownBy(() -> read(wall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED));
    }

    @Test
    void a_server_that_never_answers_times_out() {
        QueueDispatcher q = new QueueDispatcher();
        q.enqueueResponse(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.setDispatcher(q);
        assertThatThrownBy(() -> read(userWall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.TRANSIENT));
    }

    @Test
    void a_dropped_connection_is_transient() {
        QueueDispatcher q = new QueueDispatcher();
        q.enqueueResponse(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)
                .setBody(Fixtures.read("vk", "wall.get.json")));
        server.setDispatcher(q);
        assertThatThrownBy(() -> read(userWall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isIn(SourceException.Kind.TRANSIENT, SourceException.Kind.MALFORMED));
    }

    @Test
    void a_server_error_is_transient() {
        QueueDispatcher q = new QueueDispatcher();
        q.enqueueResponse(new MockResponse().setResponseCode(502).setBody("<html>502 Bad Gateway</html>"));
        server.setDispatcher(q);
        assertThatThrownBy(() -> read(userWall, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.TRANSIENT));
    }

    @Test
    void a_missing_token_fails_without_a_request() {
        Readers noToken = new Readers(Fixtures.settings(server.url("/").toString()), new org.otklik.config.Secrets(java.util.Map.of(), null),
                Clock.systemUTC());
        try {
            assertThatThrownBy(() -> noToken.reader(wall).read(wall, null)).isInstanceOfSatisfying(SourceException.class,
                    e -> assertThat(e).hasMessageContaining("VK_TOKEN"));
            assertThat(server.getRequestCount()).isZero();
        } finally {
            noToken.close();
        }
    }
}
