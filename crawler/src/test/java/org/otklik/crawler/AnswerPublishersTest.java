package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;

class AnswerPublishersTest {
    static final String ANSWER = "Здравствуйте! Заявка передана в МУП «Электросети», освещение восстановят до 25 ноября.";

    final MockWebServer server = new MockWebServer();
    AnswerPublishers publishers;

    @BeforeEach
    void start() throws IOException {
        server.start();
        publishers = new AnswerPublishers(Fixtures.settings(server.url("/").toString()), Fixtures.secrets());
    }

    @AfterEach
    void stop() throws IOException {
        publishers.close();
        server.shutdown();
    }

    static Post post(Network n, String id, String parent, String url) {
        return new Post(n, "src", id, "khasyn", null, "Не горят фонари", url, null, parent, 0, 0, 0, 0);
    }

    @Test
    void a_vk_wall_post_is_answered_with_a_comment_from_the_community() throws Exception {
        server.enqueue(new MockResponse().setBody(Fixtures.read("vk", "wall.createComment.json")));
        Publication p = publishers.publish(post(Network.VK, "-41865730_4012", null, "https://vk.com/wall-41865730_4012"), ANSWER);
        assertThat(p.published()).isTrue();
        assertThat(p.url()).isEqualTo("https://vk.com/wall-41865730_4012?reply=4031");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).isEqualTo("/method/wall.createComment");
        Map<String, String> form = FakeVk.form(r.getBody().readUtf8());
        assertThat(form).containsEntry("owner_id", "-41865730").containsEntry("post_id", "4012").containsEntry("message", ANSWER)
                .containsEntry("from_group", "41865730").containsEntry("access_token", "vk1.a.community").doesNotContainKey("reply_to_comment");
    }

    @Test
    void a_vk_comment_is_answered_in_its_thread() throws Exception {
        server.enqueue(new MockResponse().setBody(Fixtures.read("vk", "wall.createComment.json")));
        publishers.publish(post(Network.VK, "-41865730_4012_4015", "-41865730_4012", null), ANSWER);
        assertThat(FakeVk.form(server.takeRequest().getBody().readUtf8())).containsEntry("reply_to_comment", "4015");
    }

    @Test
    void a_refused_vk_comment_is_an_error_not_a_publication() {
        server.enqueue(new MockResponse().setBody(Fixtures.read("vk", "error.15.json")));
        assertThatThrownBy(() -> publishers.publish(post(Network.VK, "-41865730_4012", null, null), ANSWER))
                .isInstanceOf(SourceException.class);
    }

    @Test
    void an_ok_topic_is_answered_through_the_api() throws Exception {
        server.enqueue(new MockResponse().setBody("\"MTc2MzcyMDAwMDAwMDoxNTY3ODIzNDUxMTcyMDM=\""));
        Publication p = publishers.publish(post(Network.OK, "156782345117203", null, "https://ok.ru/group/1/topic/156782345117203"), ANSWER);
        assertThat(p.published()).isTrue();
        Map<String, String> form = FakeVk.form(server.takeRequest().getBody().readUtf8());
        assertThat(form).containsEntry("method", "discussions.comment").containsEntry("discussionId", "156782345117203")
                .containsEntry("comment", ANSWER).containsKey("sig");
    }

    @Test
    void telegram_and_web_answers_are_published_by_hand_at_the_link() throws Exception {
        Publication tg = publishers.publish(post(Network.TELEGRAM, "1204", null, "https://t.me/palatka_news/1204"), ANSWER);
        assertThat(tg.published()).isFalse();
        assertThat(tg.url()).isEqualTo("https://t.me/palatka_news/1204");
        assertThat(tg.note()).contains("вручную");
        assertThat(publishers.publish(post(Network.WEB, "x", null, "https://forum.example/t/1"), ANSWER).published()).isFalse();
        assertThat(server.getRequestCount()).isZero();
    }
}
