package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;

class OkReaderTest {
    final MockWebServer server = new MockWebServer();
    final Map<String, String> fixtures = new TreeMap<>();
    final List<Map<String, String>> forms = new java.util.concurrent.CopyOnWriteArrayList<>();
    Readers readers;
    final Source group = Fixtures.source("khasyn-ok", Network.OK, "54821736589431", "ok_api", Source.Read.POSTS, Source.Read.COMMENTS);

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("GET")) {
                    return new MockResponse().setBody(Fixtures.read("ok", fixtures.get("html")));
                }
                Map<String, String> form = FakeVk.form(request.getBody().readUtf8());
                forms.add(form);
                return new MockResponse().setBody(Fixtures.read("ok", fixtures.get(form.get("method"))));
            }
        });
        server.start();
        readers = new Readers(Fixtures.settings(server.url("/").toString()), Fixtures.secrets(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws IOException {
        readers.close();
        server.shutdown();
    }

    @Test
    void group_topics_and_their_comments_are_read_with_signed_requests() throws Exception {
        fixtures.put("mediatopic.getTopics", "mediatopic.getTopics.json");
        fixtures.put("discussions.getComments", "discussions.getComments.json");
        Page page = readers.reader(group).read(group, null);
        assertThat(page.posts()).extracting(Post::externalId).containsExactly("156782345117203", "156782345098451",
                "156782345117203_MTc2MzcxODgwMDAwMDoxNTY3ODIzNDUxMTcyMDM=", "156782345117203_MTc2MzcxOTIwMDAwMDoxNTY3ODIzNDUxMTcyMDM=");
        Post topic = page.posts().get(0);
        assertThat(topic.url()).isEqualTo("https://ok.ru/group/54821736589431/topic/156782345117203");
        assertThat(topic.publishedAt()).isEqualTo(Instant.ofEpochMilli(1763716800000L));
        assertThat(topic.comments()).isEqualTo(2);
        assertThat(topic.likes()).isEqualTo(14);
        Post comment = page.posts().get(3);
        assertThat(comment.parentId()).isEqualTo("156782345117203");
        assertThat(comment.publishedAt()).as("OK comment dates are Moscow time").isEqualTo(Instant.parse("2025-11-21T10:26:40Z"));
        assertThat(page.cursor()).isEqualTo("1763716800000");
        Map<String, String> first = forms.get(0);
        assertThat(first).containsEntry("application_key", "CBAFJIICABABABABA").containsEntry("gid", "54821736589431")
                .containsEntry("access_token", "tkn1Ok");
        TreeMap<String, String> signed = new TreeMap<>(first);
        signed.remove("sig");
        signed.remove("access_token");
        StringBuilder sb = new StringBuilder();
        signed.forEach((k, v) -> sb.append(k).append('=').append(v));
        assertThat(first.get("sig")).isEqualTo(md5(sb + "5a2f0c9e1b"));
    }

    @Test
    void an_expired_session_is_an_auth_failure() {
        fixtures.put("mediatopic.getTopics", "error.102.json");
        assertThatThrownBy(() -> readers.reader(group).read(group, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH));
    }

    @Test
    void an_empty_group_keeps_the_cursor() throws Exception {
        fixtures.put("mediatopic.getTopics", "mediatopic.getTopics.empty.json");
        assertThat(readers.reader(group).read(group, "1763700000000").cursor()).isEqualTo("1763700000000");
    }

    @Test
    void a_later_poll_pages_back_by_anchor_until_it_reaches_the_last_seen_topic() throws Exception {
        fixtures.put("mediatopic.getTopics", "mediatopic.getTopics.json");
        Source topicsOnly = Fixtures.source("khasyn-ok", Network.OK, "54821736589431", "ok_api");
        readers.reader(topicsOnly).read(topicsOnly, "1763000000000");
        assertThat(forms).hasSize(5);
        assertThat(forms.get(1)).containsEntry("anchor", "LTE1Njc4MjM0NTA5ODQ1MQ==");
    }

    @Test
    void a_public_group_page_is_read_as_html_without_an_app_key() throws Exception {
        fixtures.put("html", "group.html");
        Source page = Fixtures.source("neftekumsk-ok", Network.OK, "52901834765120", "ok_html");
        List<Post> posts = readers.reader(page).read(page, null).posts();
        assertThat(posts).extracting(Post::externalId).containsExactly("155123987654321", "155123987650007");
        assertThat(posts.get(0).text()).isEqualTo("В Нефтекумске на ул. Шоссейной провал асфальта у дома 17. Огородите хотя бы!");
        assertThat(posts.get(0).url()).isEqualTo("https://ok.ru/group/52901834765120/topic/155123987654321");
    }

    @Test
    void without_api_keys_an_auto_source_falls_back_to_the_public_page() throws Exception {
        fixtures.put("html", "group.html");
        Source auto = Fixtures.source("neftekumsk-ok", Network.OK, "52901834765120", "ok_auto");
        try (Readers noKeys = new Readers(Fixtures.settings(server.url("/").toString()), new org.otklik.config.Secrets(Map.of(), null),
                Clock.systemUTC())) {
            assertThat(noKeys.reader(auto).read(auto, null).posts()).hasSize(2);
        }
        assertThat(forms).as("no API call without keys").isEmpty();
    }

    @Test
    void a_closed_group_page_is_reported_not_read_as_empty() {
        fixtures.put("html", "closed.html");
        Source page = Fixtures.source("neftekumsk-ok", Network.OK, "52901834765120", "ok_html");
        assertThatThrownBy(() -> readers.reader(page).read(page, null)).isInstanceOfSatisfying(SourceException.class,
                e -> assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED));
    }

    static String md5(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format(java.util.Locale.ROOT, "%02x", b));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
