package org.otklik.classifier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otklik.classifier.ClassifierSettings;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/**
 * High importance ("инцидент повышенной важности") when a relevant post reports a danger to life or health
 * (fire, accident, collapse, gas, children at risk), a heat/water/power/gas outage in the cold (the season, a cold word, a
 * frost figure) or lasting more than a day, reaches many people, is part of a surge on one topic and place, or the
 * importance model is confident. The items are those of the labeling guideline, {@code docs/labeling.md}.
 */
public final class ImportanceRules implements Stages.Importances {
    private final PhraseIndex<Term> danger;
    private final PhraseIndex<Term> outage;
    private final PhraseIndex<Term> cold;
    private final PhraseIndex<Term> lasting;
    private final ClassifierSettings settings;
    private final SurgeDetector surge;
    private final Clock clock;

    /**
     * @param cold words of frost and cold: an outage with one of them is dangerous in any month
     * @param lasting words of duration (третий день, неделю, сутки): an outage that has lasted more than a day
     */
    public ImportanceRules(PhraseIndex<Term> danger, PhraseIndex<Term> outage, PhraseIndex<Term> cold, PhraseIndex<Term> lasting,
                           ClassifierSettings settings, SurgeDetector surge, Clock clock) {
        this.danger = danger;
        this.outage = outage;
        this.cold = cold;
        this.lasting = lasting;
        this.settings = settings;
        this.surge = surge;
        this.clock = clock;
    }

    @Override
    public Importance importance(Evidence e, List<Topic> topics, Location location, List<String> reasons) {
        Post p = e.post();
        boolean high = false;
        var d = danger.find(e.text());
        if (!d.isEmpty()) {
            d = d.stream().filter(h -> !hypothetical(e.text(), h.start()) && !denied(e.text(), h.start())
                    && !pastNews(e.text(), h.start())).toList();
        }
        if (!d.isEmpty() && e.highProbability() >= settings.dangerMin()) {
            high = true;
            reasons.add("важность: опасность «" + d.get(0).value().text() + "» (" + d.get(0).value().where() + ")");
        }
        // «горячей воды нет»: the cold water still runs — a routine repair, not an outage of the guideline's item 3
        var o = outage.find(e.text()).stream().filter(h -> !precededBy(e.text(), h.start(), 1, HOT)).toList();
        if (!o.isEmpty()) {
            String why = outageWhy(e, p);
            if (why != null) {
                high = true;
                reasons.add("важность: отключение «" + o.get(0).value().text() + "» " + why);
            }
        }
        if (settings.reach().exceeded(p.views(), p.likes(), p.reposts(), p.comments())) {
            high = true;
            reasons.add("важность: охват (просмотры " + p.views() + ", лайки " + p.likes() + ", репосты " + p.reposts()
                    + ", комментарии " + p.comments() + ")");
        }
        if (!topics.isEmpty() && p.publishedAt() != null) {
            // without a publication time (a batch on stdin) there is no telling whether posts came together
            String place = location == null ? "?" : location.municipality() + "/" + (location.settlement() == null ? "?" : location.settlement());
            Instant at = p.publishedAt().isAfter(clock.instant()) ? clock.instant() : p.publishedAt();
            int n = surge.record(topics.get(0).code() + "|" + place, at);
            if (n >= surge.threshold()) {
                high = true;
                reasons.add("важность: всплеск — " + n + " сообщений по теме " + topics.get(0).code() + " в " + place);
            }
        }
        if (e.highProbability() >= settings.highMin()) {
            high = true;
            reasons.add("важность: модель " + String.format(Locale.ROOT, "%.2f", e.highProbability()));
        }
        return high ? Importance.HIGH : Importance.NORMAL;
    }

    /** Why an outage is dangerous, the strongest reason first; null when it is not (a short one in the warm season). */
    private String outageWhy(Evidence e, Post p) {
        var c = cold.find(e.text());
        if (!c.isEmpty()) {
            return "в холод «" + c.get(0).value().text() + "»";
        }
        String f = frost(p.text());
        if (f != null) {
            return "в мороз «" + f + "»";
        }
        if (p.publishedAt() != null && coldSeason(p.publishedAt(), settings.coldMonths())) {
            return "в холодный сезон";
        }
        // «каждую неделю отключают» is how often, not how long
        var l = lasting.find(e.text()).stream().filter(h -> !precededBy(e.text(), h.start(), 2, EVERY)).toList();
        return l.isEmpty() ? null : "дольше суток «" + l.get(0).value().text() + "»";
    }

    /**
     * "угроза пожара", "если пожар, чем тушить", "вдруг отравление": a danger that may come, not one that is here. Such a
     * post asks for prevention (a normal case); a present danger still counts when the same post also names it plainly.
     */
    private static boolean hypothetical(AnalyzedText text, int at) {
        return precededBy(text, at, 2, MAYBE);
    }

    /** «никто не пострадал», «пока никого не покусала», «без пострадавших»: the post says the harm did not happen. */
    private static boolean denied(AnalyzedText text, int at) {
        return precededBy(text, at, 2, NOT);
    }

    /**
     * «в прошлом году сгорел дом», «на прошлой неделе горела баня»: past news told to ask for something (the guideline's
     * normal), unless the same sentence says it goes on («до сих пор», «по-прежнему»).
     */
    private static boolean pastNews(AnalyzedText text, int at) {
        boolean past = false;
        for (int i = 0; i < text.words().length; i++) {
            if (text.sentence()[i] == text.sentence()[at]) {
                String w = text.words()[i];
                if (STILL.contains(w)) {
                    return false;
                }
                past |= PAST.contains(w) || "назад".equals(w) && i > 0 && PERIOD.contains(text.words()[i - 1]);
            }
        }
        return past;
    }

    /** Whether one of {@code words} stands within {@code within} words before word {@code at}, in its sentence. */
    private static boolean precededBy(AnalyzedText text, int at, int within, Set<String> words) {
        for (int i = Math.max(0, at - within); i < at; i++) {
            if (text.sentence()[i] == text.sentence()[at] && words.contains(text.words()[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MAYBE = Set.of("угроза", "угрозы", "угрозу", "угрозой", "если", "вдруг", "риск", "опасность");
    private static final Set<String> NOT = Set.of("не", "ни", "без", "нет");
    private static final Set<String> PAST = Set.of("прошлом", "прошлой", "прошлую", "прошлый", "прошлого", "прошлым",
            "позапрошлом", "позапрошлой", "позапрошлую", "позапрошлый");
    private static final Set<String> PERIOD = Set.of("год", "года", "лет", "месяц", "месяца", "месяцев", "недели", "неделю",
            "недель");
    private static final Set<String> STILL = Set.of("сих", "прежнему", "по-прежнему");
    private static final Set<String> HOT = Set.of("горячей", "горячая", "горячую", "горячего", "горячее");
    private static final Set<String> EVERY = Set.of("каждую", "каждый", "каждые", "каждое", "раз");

    /**
     * A frost figure the cold words cannot hold: «в -30», «−45°». A minus sign right after a digit or a letter is a
     * range or a phone number (8-30, 9-912), and a few degrees below zero is not a danger to a house without heat.
     */
    public static String frost(String text) {
        Matcher m = FROST.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= FROST_DEGREES) {
                return m.group();
            }
        }
        return null;
    }

    private static final Pattern FROST = Pattern.compile("(?<![\\p{L}\\p{N}])[-−–]\\s?(\\d{1,2})(?!\\d)(?![.,:/]\\d)");
    private static final int FROST_DEGREES = 10;

    private static boolean coldSeason(Instant at, Set<Month> months) {
        return months.contains(at.atOffset(ZoneOffset.UTC).getMonth());
    }
}
