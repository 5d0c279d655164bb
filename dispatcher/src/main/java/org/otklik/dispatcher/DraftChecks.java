package org.otklik.dispatcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.dispatcher.internal.Shingles;

/**
 * Checks of a draft answer before approval (Елец п. 7; Калининский п. 13): a greeting to the author, spelling and
 * grammar (LanguageTool's Russian rules), every question of the message answered, the network's length limit, and
 * for a repeat message the measures taken (Хасын п. 18).
 */
public final class DraftChecks {
    private static final Pattern GREETING = Pattern.compile(
            "^\\W*(здравствуйте|добрый\\s+(день|вечер)|доброе\\s+утро|уважаем(ый|ая|ые)|приветствуем)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^\\s*(когда|почему|зачем|где|куда|кто|как|сколько|что|какой|какая|какие|будет\\s+ли|можно\\s+ли|доколе)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MEASURES = Pattern.compile(
            "(принят\\w*\\s+мер|выполнен|проведен|проведён|устранен|устранён|отремонтир|заменен|заменён|установлен|ход\\w*\\s+решени|в\\s+работе|запланирован)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> STOP = Set.of("когда", "почему", "зачем", "сколько", "какой", "какая", "какие", "будет",
            "можно", "этот", "этой", "этом", "наши", "наше", "нашей", "вообще", "опять", "снова", "уже", "тоже", "очень",
            "только", "кто-нибудь", "кто-то", "сделать", "делать", "будут", "долго", "сегодня");
    /** Compared with words as {@link Shingles#words} cuts them. */
    private static final Set<String> STOP_STEMS = STOP.stream().map(w -> w.length() > 6 ? w.substring(0, 6) : w)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_GRAMMAR_REASONS = 20;

    /** The part that needs LanguageTool, so that a test or a light tool can do without it. */
    @FunctionalInterface
    public interface Speller {
        /** Problems found, each as a readable reason. */
        List<String> problems(String text) throws IOException;
    }

    private static volatile DraftChecks standard;

    private final Map<Network, Integer> limits;
    private final Speller speller;

    public DraftChecks(Map<Network, Integer> limits, Speller speller) {
        this.limits = Map.copyOf(limits);
        this.speller = speller;
    }

    /** The default checks: the network limits of {@link DispatchConfig#defaults()} and LanguageTool, built once (it takes seconds). */
    public static DraftChecks standard() {
        DraftChecks s = standard;
        if (s == null) {
            synchronized (DraftChecks.class) {
                if (standard == null) {
                    standard = new DraftChecks(DispatchConfig.defaults().answerLimits(), languageTool());
                }
                s = standard;
            }
        }
        return s;
    }

    public static List<CheckResult> check(Post post, String draft) {
        return standard().run(post, draft, false);
    }

    /** LanguageTool with its Russian rules; one instance per thread, as JLanguageTool is not thread-safe. Languages are
     * singletons in LanguageTool 6: {@code new Russian()} twice fails, so it is looked up by code. */
    public static Speller languageTool() {
        ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(() -> new JLanguageTool(Languages.getLanguageForShortCode("ru-RU")));
        return text -> {
            List<String> out = new ArrayList<>();
            for (RuleMatch m : tools.get().check(text)) {
                String bad = text.substring(m.getFromPos(), Math.min(text.length(), m.getToPos()));
                String fix = m.getSuggestedReplacements().isEmpty() ? "" : " → " + String.join(" / ",
                        m.getSuggestedReplacements().subList(0, Math.min(3, m.getSuggestedReplacements().size())));
                out.add("«" + bad + "»: " + m.getMessage() + fix);
            }
            return out;
        };
    }

    /** @param repeat the case repeats an earlier one: the answer must report measures taken */
    public List<CheckResult> run(Post post, String draft, boolean repeat) {
        Objects.requireNonNull(post, "post");
        String text = draft == null ? "" : draft;
        List<CheckResult> out = new ArrayList<>();
        out.add(greeting(post, text));
        out.add(spelling(text));
        out.add(questions(post.text(), text));
        out.add(length(post.network(), text));
        if (repeat) {
            boolean ok = MEASURES.matcher(text).find();
            out.add(new CheckResult("measures", "Сведения о принятых мерах (повторное сообщение)", ok,
                    ok ? List.of() : List.of("в ответе на повторное сообщение нет сведений о принятых мерах или ходе решения вопроса")));
        }
        return out;
    }

    private static CheckResult greeting(Post post, String text) {
        Matcher m = GREETING.matcher(text);
        if (!m.find()) {
            return new CheckResult("greeting", "Приветствие автора", false, List.of("ответ не начинается с приветствия (например, «Здравствуйте, …!»)"));
        }
        String name = firstName(post.author());
        if (name != null && !text.substring(0, Math.min(text.length(), 200)).toLowerCase(Locale.ROOT)
                .contains(name.toLowerCase(Locale.ROOT))) {
            return new CheckResult("greeting", "Приветствие автора", true, List.of("приветствие без имени автора (" + name + ")"));
        }
        return new CheckResult("greeting", "Приветствие автора", true, List.of());
    }

    private static String firstName(String author) {
        if (author == null || author.isBlank() || !Character.isLetter(author.strip().charAt(0))) {
            return null;
        }
        String first = author.strip().split("\\s+")[0];
        return Character.isUpperCase(first.charAt(0)) && first.chars().allMatch(Character::isLetter) ? first : null;
    }

    private CheckResult spelling(String text) {
        if (speller == null) {
            return new CheckResult("spelling", "Орфография и грамматика", true, List.of("проверка не подключена"));
        }
        try {
            List<String> problems = speller.problems(text);
            return new CheckResult("spelling", "Орфография и грамматика", problems.isEmpty(),
                    problems.size() > MAX_GRAMMAR_REASONS ? problems.subList(0, MAX_GRAMMAR_REASONS) : problems);
        } catch (IOException | RuntimeException e) {
            return new CheckResult("spelling", "Орфография и грамматика", false, List.of("проверка не выполнена: " + e.getMessage()));
        }
    }

    /** The questions of a message: sentences ending in '?' or starting with a question word. */
    public static List<String> questionsOf(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (s.endsWith("?") || QUESTION_START.matcher(s).find() && !s.endsWith(".")) {
                out.add(s);
            }
        }
        return out;
    }

    private static CheckResult questions(String post, String draft) {
        List<String> qs = questionsOf(post);
        Set<String> answer = new HashSet<>(Shingles.words(draft));
        List<String> missed = new ArrayList<>();
        for (String q : qs) {
            List<String> keys = Shingles.words(q).stream().filter(w -> w.length() >= 4 && !STOP_STEMS.contains(w)).distinct().toList();
            if (keys.isEmpty()) {
                continue;
            }
            long hit = keys.stream().filter(answer::contains).count();
            if (hit * 3 < keys.size()) {
                missed.add("нет ответа на вопрос: «" + (q.length() > 200 ? q.substring(0, 200) + "…" : q) + "»");
            }
        }
        return new CheckResult("questions", "Ответы на все вопросы", missed.isEmpty(),
                qs.isEmpty() ? List.of("в сообщении нет вопросов") : missed);
    }

    private CheckResult length(Network network, String text) {
        Integer max = limits.get(network);
        boolean ok = max == null || text.length() <= max;
        return new CheckResult("length", "Длина ответа", ok && !text.isBlank(),
                text.isBlank() ? List.of("ответ пуст")
                        : ok ? List.of() : List.of(text.length() + " знаков, " + network.title() + " допускает " + max));
    }
}
