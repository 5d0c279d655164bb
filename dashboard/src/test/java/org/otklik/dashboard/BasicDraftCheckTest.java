package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;

class BasicDraftCheckTest {
    private static final Post POST = new Post(Network.VK, "s", "1", "yelets", "a", "Когда уберут снег? И кто за это отвечает?", null, null, null, 0, 0, 0, 0);
    private final BasicDraftCheck check = new BasicDraftCheck();

    @Test
    void a_draft_without_a_greeting_is_flagged() {
        assertThat(check.findings(POST, "Снег уберут завтра утром силами подрядчика. Отвечает управление ЖКХ.")).anyMatch(f -> f.contains("приветствия"));
    }

    @Test
    void a_polite_full_answer_has_no_findings() {
        assertThat(check.findings(POST, "Здравствуйте! Снег уберут завтра утром силами подрядчика. За уборку отвечает управление ЖКХ.")).isEmpty();
    }

    @Test
    void an_empty_draft_is_flagged() {
        assertThat(check.findings(POST, "  ")).containsExactly("Текст ответа пуст.");
    }

    @Test
    void a_draft_longer_than_a_network_comment_is_flagged() {
        assertThat(check.findings(POST, "Здравствуйте! " + "а".repeat(BasicDraftCheck.MAX_CHARS))).anyMatch(f -> f.contains("длиннее"));
    }

    @Test
    void a_one_sentence_answer_to_two_questions_is_flagged() {
        assertThat(check.findings(POST, "Здравствуйте, снег уберут завтра утром силами подрядчика")).anyMatch(f -> f.contains("каждый вопрос"));
    }
}
