package org.otklik.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.otklik.core.Post;

/**
 * The checks every regulation asks for that need no language model: the answer is not empty, opens with a
 * greeting (Елец: «наличие приветствия»), fits a network comment, and does not leave the author's question marks unanswered
 * by a one-line reply.
 */
public final class BasicDraftCheck implements DraftCheck {
    /** VK limits a comment to 4,096 characters; a longer answer would be cut when published. */
    public static final int MAX_CHARS = 4_096;
    private static final int MIN_CHARS = 40;
    private static final Pattern GREETING = Pattern.compile(
            "^(здравствуйте|добрый (день|вечер|утро)|доброе утро|уважаем(ый|ая|ые)|приветствуем)", Pattern.UNICODE_CASE);

    @Override
    public List<String> findings(Post post, String draft) {
        List<String> out = new ArrayList<>();
        String text = draft == null ? "" : draft.strip();
        if (text.isEmpty()) {
            out.add("Текст ответа пуст.");
            return out;
        }
        if (!GREETING.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            out.add("Ответ не начинается с приветствия (например, «Здравствуйте»).");
        }
        if (text.length() > MAX_CHARS) {
            out.add("Ответ длиннее " + MAX_CHARS + " знаков (" + text.length() + "): соцсеть обрежет его.");
        }
        if (text.length() < MIN_CHARS) {
            out.add("Ответ слишком короткий: опишите, что сделано или когда будет сделано.");
        }
        long questions = post == null ? 0 : post.text().chars().filter(ch -> ch == '?').count();
        long sentences = text.split("[.!?]+\\s").length;
        if (questions > 1 && sentences < questions) {
            out.add("В сообщении " + questions + " вопроса, а в ответе " + sentences + " предложения: ответьте на каждый вопрос.");
        }
        return out;
    }
}
