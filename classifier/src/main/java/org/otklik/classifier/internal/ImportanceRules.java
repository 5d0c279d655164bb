package org.otklik.classifier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.otklik.classifier.ClassifierSettings;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/**
 * High importance ("инцидент повышенной важности") when a relevant post reports a danger to life or health
 * (fire, accident, collapse, gas, children at risk), a heat/water/power/gas outage in the cold season, reaches
 * many people, is part of a surge on one topic and place, or the importance model is confident.
 */
public final class ImportanceRules implements Stages.Importances {
    private final PhraseIndex<Term> danger;
    private final PhraseIndex<Term> outage;
    private final PhraseIndex<Term> cold;
    private final ClassifierSettings settings;
    private final SurgeDetector surge;
    private final Clock clock;

    public ImportanceRules(PhraseIndex<Term> danger, PhraseIndex<Term> outage, PhraseIndex<Term> cold, ClassifierSettings settings,
                           SurgeDetector surge, Clock clock) {
        this.danger = danger;
        this.outage = outage;
        this.cold = cold;
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
            d = d.stream().filter(h -> !hypothetical(e.text(), h.start())).toList();
        }
        if (!d.isEmpty() && e.highProbability() >= settings.dangerMin()) {
            high = true;
            reasons.add("важность: опасность «" + d.get(0).value().text() + "» (" + d.get(0).value().where() + ")");
        }
        var o = outage.find(e.text());
        if (!o.isEmpty()) {
            Term t = o.get(0).value();
            var c = cold.find(e.text());
            if (!c.isEmpty()) {
                high = true;
                reasons.add("важность: отключение «" + t.text() + "» в холод «" + c.get(0).value().text() + "»");
            } else if (p.publishedAt() != null && coldSeason(p.publishedAt(), settings.coldMonths())) {
                high = true;
                reasons.add("важность: отключение «" + t.text() + "» в холодный сезон");
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

    /**
     * "угроза пожара", "если пожар, чем тушить", "вдруг отравление": a danger that may come, not one that is here. Such a
     * post asks for prevention (a normal case); a present danger still counts when the same post also names it plainly.
     */
    private static boolean hypothetical(AnalyzedText text, int at) {
        for (int i = Math.max(0, at - 2); i < at; i++) {
            if (text.sentence()[i] == text.sentence()[at] && MAYBE.contains(text.words()[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MAYBE = Set.of("угроза", "угрозы", "угрозу", "угрозой", "если", "вдруг", "риск", "опасность");

    private static boolean coldSeason(Instant at, Set<Month> months) {
        return months.contains(at.atOffset(ZoneOffset.UTC).getMonth());
    }
}
