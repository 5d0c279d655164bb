package org.otklik.dispatcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Post;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;
import org.otklik.core.WorkingCalendar;
import org.otklik.dispatcher.internal.DispatchTables;
import org.otklik.dispatcher.internal.Shingles;
import org.otklik.store.Store;
import org.otklik.store.SqlInstants;
import org.otklik.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's last stage: a classified post becomes a case. Relevant and not excluded → {@code new} with the
 * answer deadline from the profile; a filter hit → {@code excluded} with the filter's reasons; irrelevant → nothing.
 * Repeats are linked to the earlier case; a high-importance case and a surge are reported to the chief at once.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);
    /** Candidates compared for a repeat: the most recent ones on the same topic and place. */
    private static final int REPEAT_CANDIDATES = 200;

    private final Store store;
    private final OtklikConfig config;
    private final DispatchConfig dispatch;
    private final Notifier notifier;
    private final Clock clock;

    public Dispatcher(Store store, OtklikConfig config, DispatchConfig dispatch, Notifier notifier, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the case for a classified post, once: calling it again for the same post returns the existing case.
     *
     * @return empty for an irrelevant post or one of a municipality this installation does not serve
     */
    public Optional<Case> intake(long postId, Post post, Classification c, Instant detectedAt) {
        if (!c.relevant() && !c.filter().excludes()) {
            return Optional.empty();
        }
        String municipality = post.municipality() != null ? post.municipality()
                : c.location() != null ? c.location().municipality() : null;
        if (municipality == null || !config.profiles().containsKey(municipality)) {
            LOG.warn("post {} ({}) has no served municipality ('{}'): no case opened", postId, post.key(), municipality);
            return Optional.empty();
        }
        Optional<Case> existing = store.caseForPost(postId);
        if (existing.isPresent()) {
            return existing;
        }
        RegulationProfile profile = config.profile(municipality);
        WorkingCalendar cal = profile.calendar(config.calendar());
        Location location = c.location() == null ? null
                : new Location(municipality, c.location().settlement(), c.location().street(), c.location().house());
        Instant now = clock.instant();
        String reasons = String.join("; ", c.reasons());
        if (c.filter().excludes()) {
            Case k = new Case(0, postId, municipality, CaseStep.EXCLUDED, c.topics(), location, c.importance(), null,
                    List.of(), detectedAt, null, null, now);
            long id = store.openCase(k, "system", "фильтр: " + c.filter().code() + (reasons.isEmpty() ? "" : "; " + reasons), now,
                    (conn, opened) -> DispatchTables.insertProgress(conn, CaseProgress.started(opened.id(), detectedAt)));
            return store.caseById(id);
        }
        // the classifier's link is taken only to an existing case of the same municipality
        Long given = c.repeatOf() != null && store.caseById(c.repeatOf()).filter(x -> x.municipality().equals(municipality)).isPresent()
                ? c.repeatOf() : null;
        Long repeatOf = given != null ? given : findRepeat(municipality, c.leadTopic(), location, post.text(), detectedAt);
        Instant answerDue = cal.plus(detectedAt, profile.answerLimit(c.importance()));
        Case k = new Case(0, postId, municipality, CaseStep.NEW, c.topics(), location, c.importance(), null, List.of(),
                detectedAt, answerDue, repeatOf, now);
        String why = (repeatOf != null ? "повторное сообщение, см. дело " + repeatOf + "; " : "") + "выявлено"
                + (reasons.isEmpty() ? "" : ": " + reasons);
        long id;
        try {
            id = store.openCase(k, "system", bounded(why), now,
                    (conn, opened) -> DispatchTables.insertProgress(conn, CaseProgress.started(opened.id(), detectedAt)));
        } catch (StoreException e) {
            // another node opened the case for this post between our look and our insert: theirs stands
            Optional<Case> theirs = store.caseForPost(postId);
            if (theirs.isPresent()) {
                return theirs;
            }
            throw e;
        }
        Case opened = store.caseById(id).orElseThrow();
        escalate(opened, profile, post);
        return Optional.of(opened);
    }

    private Long findRepeat(String municipality, Topic lead, Location location, String text, Instant detectedAt) {
        if (lead == null) {
            return null;
        }
        String settlement = location == null ? null : location.settlement();
        Instant since = detectedAt.minus(Duration.ofDays(dispatch.repeatWindowDays()));
        List<long[]> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        store.transaction("find repeats in " + municipality, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT c.id, c.repeat_of, p.text FROM cases c JOIN posts p ON p.id = c.post_id
                    WHERE c.municipality = ? AND c.detected_at >= ? AND c.detected_at <= ? AND c.step <> 'excluded'
                      AND (c.topics = ? OR c.topics LIKE ?) AND (CAST(? AS VARCHAR(200)) IS NULL OR c.settlement = ?)
                    ORDER BY c.detected_at DESC""")) {
                ps.setMaxRows(REPEAT_CANDIDATES);
                ps.setString(1, municipality);
                SqlInstants.setInstant(ps, 2, since);
                SqlInstants.setInstant(ps, 3, detectedAt);
                ps.setString(4, lead.code());
                ps.setString(5, lead.code() + ",%");
                ps.setString(6, settlement);
                ps.setString(7, settlement);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long rep = rs.getLong("repeat_of");
                        ids.add(new long[] {rs.getLong("id"), rs.wasNull() ? 0 : rep});
                        texts.add(rs.getString("text"));
                    }
                }
            }
            return null;
        });
        double best = dispatch.repeatSimilarity();
        Long found = null;
        for (int i = 0; i < ids.size(); i++) {
            double s = Shingles.similarity(text, texts.get(i));
            if (s >= best) {
                best = s;
                // link to the first case of the chain: that is where the measures taken are recorded
                found = ids.get(i)[1] != 0 ? ids.get(i)[1] : ids.get(i)[0];
            }
        }
        return found;
    }

    private void escalate(Case k, RegulationProfile profile, Post post) {
        ZoneId zone = profile.municipality().zone();
        String place = placeOf(k);
        String topic = k.topics().isEmpty() ? "без темы" : k.topics().get(0).title();
        if (k.importance() == Importance.HIGH) {
            String text = "Выявлено сообщение повышенной важности (дело " + k.id() + ", " + profile.municipality().name() + ").\n"
                    + "Тема: " + topic + ". Место: " + place + ".\n"
                    + "Срок ответа: " + LOCAL.format(k.answerDueAt().atZone(zone)) + ".\n"
                    + "Текст: " + excerpt(post.text()) + (post.url() == null ? "" : "\nСсылка: " + post.url());
            report(k.municipality(), "high:" + k.id(), k.id(), "Доклад главе: сообщение повышенной важности", text, "high");
        }
        Instant from = k.detectedAt().minus(Duration.ofMinutes(dispatch.surgeWindowMinutes()));
        String settlement = k.location() == null ? null : k.location().settlement();
        String lead = k.topics().isEmpty() ? "" : k.topics().get(0).code();
        int count = store.transaction("count surge in " + k.municipality(), conn -> countRecent(conn, k.municipality(), lead,
                settlement, from, k.detectedAt()));
        if (count >= dispatch.surgeThreshold()) {
            long window = k.detectedAt().getEpochSecond() / (dispatch.surgeWindowMinutes() * 60L);
            String text = "Всплеск сообщений: " + count + " за " + dispatch.surgeWindowMinutes() + " мин. (" + profile.municipality().name()
                    + ").\nТема: " + topic + ". Место: " + place + ". Последнее дело: " + k.id() + ".";
            report(k.municipality(), "surge:" + lead + ":" + (settlement == null ? "" : settlement) + ":" + window, null,
                    "Доклад главе: всплеск сообщений", text, "surge");
        }
    }

    private static int countRecent(Connection conn, String municipality, String lead, String settlement, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT COUNT(*) FROM cases WHERE municipality = ? AND detected_at >= ? AND detected_at <= ?
                  AND step <> 'excluded' AND (topics = ? OR topics LIKE ?) AND (CAST(? AS VARCHAR(200)) IS NULL OR settlement = ?)""")) {
            ps.setString(1, municipality);
            SqlInstants.setInstant(ps, 2, from);
            SqlInstants.setInstant(ps, 3, to);
            ps.setString(4, lead);
            ps.setString(5, lead + ",%");
            ps.setString(6, settlement);
            ps.setString(7, settlement);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void report(String municipality, String key, Long caseId, String subject, String text, String kind) {
        Instant now = clock.instant();
        boolean fresh = store.transaction("record escalation " + key, conn ->
                DispatchTables.recordEscalation(conn, municipality, key, caseId, now, text));
        if (fresh) {
            notifier.send(new Notification(kind, municipality, caseId, subject, text));
        }
    }

    static String placeOf(Case k) {
        Location l = k.location();
        if (l == null || l.settlement() == null && l.street() == null) {
            return "не указано";
        }
        StringBuilder b = new StringBuilder();
        if (l.settlement() != null) {
            b.append(l.settlement());
        }
        if (l.street() != null) {
            b.append(b.isEmpty() ? "" : ", ").append(l.street());
            if (l.house() != null) {
                b.append(", ").append(l.house());
            }
        }
        return b.toString();
    }

    private static String excerpt(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static String bounded(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }
}
