package org.otklik.dispatcher;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Importance;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;
import org.otklik.core.WorkingCalendar;
import org.otklik.dispatcher.internal.DispatchTables;
import org.otklik.store.Store;
import org.otklik.store.SqlInstants;

/**
 * The curator's summary for a month or a quarter (Хасын п. 23, Нефтекумск п. 22, Калининский п. 21): per department
 * cases, answers on time, answer time in working hours and violations; per topic and place the counts against the
 * previous period; the socially significant (high-importance) cases.
 */
public record PeriodReport(String municipality, String municipalityName, ReportPeriod period, ReportPeriod previous,
                           List<DepartmentRow> departments, List<CountRow> topics, List<CountRow> places,
                           List<HighCase> highCases, int cases, int excluded, int repeats) {

    /**
     * @param onTimePercent answered by the answer deadline among cases whose answer is in or overdue; null when none
     * @param medianHours median working hours from detection to the first public answer, null when none answered
     */
    public record DepartmentRow(String department, String name, int cases, int answered, Double onTimePercent,
                                Double medianHours, Double p90Hours, int violations) {
    }

    /** @param changePercent change against the previous period, null when it had none */
    public record CountRow(String key, String title, int count, int previous, Double changePercent) {
    }

    public record HighCase(long caseId, Instant detectedAt, String topic, String place, String step, String executor,
                           Boolean answeredOnTime) {
    }

    private record Row(long id, String executor, String topics, String settlement, String importance, String step,
                       Instant detected, Instant due, Instant answered, Long repeatOf) {
    }

    public static PeriodReport build(Store store, OtklikConfig config, String municipality, ReportPeriod period, Instant now) {
        RegulationProfile profile = config.profile(municipality);
        ZoneId zone = profile.municipality().zone();
        WorkingCalendar cal = profile.calendar(config.calendar());
        ReportPeriod prev = period.previous();
        Instant from = prev.start().atStartOfDay(zone).toInstant();
        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().atStartOfDay(zone).toInstant();
        List<Row> current = new ArrayList<>();
        List<Row> before = new ArrayList<>();
        Map<String, Integer> violations = new HashMap<>();
        store.transaction("read cases for the report of " + municipality + " " + period.label(), c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.id, c.executor, c.topics, c.settlement, c.importance, c.step, c.detected_at, c.answer_due_at,
                           c.repeat_of, d.answered_at
                    FROM cases c LEFT JOIN dispatch_cases d ON d.case_id = c.id
                    WHERE c.municipality = ? AND c.detected_at >= ? AND c.detected_at < ?""")) {
                ps.setFetchSize(1000);
                ps.setString(1, municipality);
                SqlInstants.setInstant(ps, 2, from);
                SqlInstants.setInstant(ps, 3, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long rep = rs.getLong("repeat_of");
                        Long repeatOf = rs.wasNull() ? null : rep;
                        Row r = new Row(rs.getLong("id"), rs.getString("executor"), rs.getString("topics"), rs.getString("settlement"),
                                rs.getString("importance"), rs.getString("step"), SqlInstants.instant(rs, "detected_at"),
                                SqlInstants.instant(rs, "answer_due_at"), SqlInstants.instant(rs, "answered_at"), repeatOf);
                        (r.detected().isBefore(start) ? before : current).add(r);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT department, COUNT(*) FROM violations WHERE municipality = ? AND due_at >= ? AND due_at < ?
                    GROUP BY department""")) {
                ps.setString(1, municipality);
                SqlInstants.setInstant(ps, 2, start);
                SqlInstants.setInstant(ps, 3, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        violations.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return null;
        });

        Map<String, List<Row>> byDept = new TreeMap<>();
        int excluded = 0;
        int repeats = 0;
        for (Row r : current) {
            if (r.step().equals("excluded")) {
                excluded++;
                continue;
            }
            if (r.repeatOf() != null) {
                repeats++;
            }
            byDept.computeIfAbsent(r.executor() == null ? "" : r.executor(), k -> new ArrayList<>()).add(r);
        }
        for (String d : violations.keySet()) {
            byDept.computeIfAbsent(d, k -> new ArrayList<>());
        }
        List<DepartmentRow> departments = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byDept.entrySet()) {
            String d = e.getKey();
            int answered = 0;
            int onTime = 0;
            int judged = 0;
            List<Double> hours = new ArrayList<>();
            for (Row r : e.getValue()) {
                if (r.answered() != null) {
                    answered++;
                    judged++;
                    if (r.due() == null || !r.answered().isAfter(r.due())) {
                        onTime++;
                    }
                    hours.add(cal.workingMinutesBetween(r.detected(), r.answered()) / 60.0);
                } else if (r.due() != null && now.isAfter(r.due())) {
                    judged++;
                }
            }
            hours.sort(Comparator.naturalOrder());
            String name = d.isEmpty() ? "Не направлено исполнителю"
                    : d.equals(DispatchRules.CURATOR) ? "Куратор: " + nullToEmpty(profile.curator())
                    : profile.executor(d).map(x -> x.name()).orElse(d);
            departments.add(new DepartmentRow(d.isEmpty() ? "-" : d, name, e.getValue().size(), answered,
                    judged == 0 ? null : 100.0 * onTime / judged, percentile(hours, 50), percentile(hours, 90),
                    violations.getOrDefault(d, 0)));
        }

        List<HighCase> high = new ArrayList<>();
        for (Row r : current) {
            if (r.importance().equals(Importance.HIGH.code()) && !r.step().equals("excluded")) {
                high.add(new HighCase(r.id(), r.detected(), topicTitle(lead(r.topics())), r.settlement() == null ? "не указано" : r.settlement(),
                        r.step(), r.executor(), answeredOnTime(r, now)));
            }
        }
        return new PeriodReport(municipality, profile.municipality().name(), period, prev, departments,
                counts(current, before, r -> lead(r.topics()), PeriodReport::topicTitle),
                counts(current, before, r -> r.settlement() == null ? "" : r.settlement(), s -> s.isEmpty() ? "не указано" : s),
                high, current.size(), excluded, repeats);
    }

    private static List<CountRow> counts(List<Row> current, List<Row> before, java.util.function.Function<Row, String> key,
                                         java.util.function.Function<String, String> title) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (Row r : current) {
            if (!r.step().equals("excluded")) {
                m.computeIfAbsent(key.apply(r), k -> new int[2])[0]++;
            }
        }
        for (Row r : before) {
            if (!r.step().equals("excluded")) {
                m.computeIfAbsent(key.apply(r), k -> new int[2])[1]++;
            }
        }
        List<CountRow> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new CountRow(k, title.apply(k), v[0], v[1], v[1] == 0 ? null : 100.0 * (v[0] - v[1]) / v[1])));
        out.sort(Comparator.comparingInt(CountRow::count).reversed().thenComparing(CountRow::title));
        return out;
    }

    /** True or false once it is known, null while the answer is not in and not yet due. */
    private static Boolean answeredOnTime(Row r, Instant now) {
        if (r.answered() != null) {
            return r.due() == null || !r.answered().isAfter(r.due());
        }
        if (r.due() != null && now.isAfter(r.due())) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static String lead(String topics) {
        if (topics == null || topics.isEmpty()) {
            return "";
        }
        int comma = topics.indexOf(',');
        return comma < 0 ? topics : topics.substring(0, comma);
    }

    private static String topicTitle(String code) {
        if (code == null || code.isEmpty()) {
            return "без темы";
        }
        try {
            return Topic.fromCode(code).title();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
