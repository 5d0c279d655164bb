package org.otklik.dispatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes a {@link PeriodReport} as CSV (one file per table, UTF-8 with a BOM so that Excel reads Cyrillic) and as one
 * self-contained HTML page with inline SVG charts: no script, no CDN, every text escaped.
 */
public final class ReportFiles {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    private ReportFiles() {
    }

    /** Writes the files into {@code dir}; returns their paths, the HTML page last. */
    public static List<Path> write(PeriodReport r, ZoneId zone, Path dir) throws IOException {
        Files.createDirectories(dir);
        String base = "report-" + r.municipality() + "-" + r.period().label();
        List<Path> out = new ArrayList<>();
        List<List<String>> dept = new ArrayList<>();
        dept.add(List.of("department", "name", "cases", "answered", "on_time_percent", "median_working_hours", "p90_working_hours", "violations"));
        for (PeriodReport.DepartmentRow d : r.departments()) {
            dept.add(List.of(d.department(), d.name(), Integer.toString(d.cases()), Integer.toString(d.answered()), num(d.onTimePercent()),
                    num(d.medianHours()), num(d.p90Hours()), Integer.toString(d.violations())));
        }
        out.add(csv(dir.resolve(base + "-departments.csv"), dept));
        out.add(csv(dir.resolve(base + "-topics.csv"), countRows(r.topics(), "topic")));
        out.add(csv(dir.resolve(base + "-places.csv"), countRows(r.places(), "place")));
        List<List<String>> high = new ArrayList<>();
        high.add(List.of("case", "detected_at", "topic", "place", "step", "executor", "answered_on_time"));
        for (PeriodReport.HighCase h : r.highCases()) {
            high.add(List.of(Long.toString(h.caseId()), h.detectedAt().atZone(zone).toOffsetDateTime().toString(), h.topic(), h.place(),
                    h.step(), h.executor() == null ? "" : h.executor(), h.answeredOnTime() == null ? "" : h.answeredOnTime().toString()));
        }
        out.add(csv(dir.resolve(base + "-high.csv"), high));
        Path html = dir.resolve(base + ".html");
        Files.writeString(html, html(r, zone), StandardCharsets.UTF_8);
        out.add(html);
        return out;
    }

    private static List<List<String>> countRows(List<PeriodReport.CountRow> rows, String key) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(key, "title", "count", "previous", "change_percent"));
        for (PeriodReport.CountRow c : rows) {
            out.add(List.of(c.key(), c.title(), Integer.toString(c.count()), Integer.toString(c.previous()), num(c.changePercent())));
        }
        return out;
    }

    private static Path csv(Path file, List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvField(row.get(i)));
            }
            b.append("\r\n");
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    static String csvField(String s) {
        String v = s == null ? "" : s;
        // a leading = + - @ makes spreadsheets run the cell as a formula
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String html(PeriodReport r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("Отчёт: " + r.municipalityName() + ", " + r.period().label())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}td.n{text-align:right}")
                .append("h2{margin-top:2em}.bad{color:#b00}.good{color:#070}svg text{font-size:12px}")
                .append("</style></head><body>\n");
        b.append("<h1>").append(esc(r.municipalityName())).append(": работа с сообщениями из открытых источников</h1>\n");
        b.append("<p>Период: ").append(esc(r.period().start() + " — " + r.period().end().minusDays(1)))
                .append(" (сравнение с ").append(esc(r.previous().label())).append("). Сообщений: ").append(r.cases())
                .append(", исключено фильтром: ").append(r.excluded()).append(", повторных: ").append(r.repeats()).append(".</p>\n");

        b.append("<h2>Своевременность по исполнителям</h2>\n");
        // a department with nothing answered or due yet has no share to draw
        b.append(bars(r.departments().stream().filter(d -> d.onTimePercent() != null).toList(), PeriodReport.DepartmentRow::onTimePercent,
                PeriodReport.DepartmentRow::department, 100, "% в срок"));
        b.append("<table><tr><th>Исполнитель</th><th>Сообщений</th><th>Отвечено</th><th>В срок, %</th>")
                .append("<th>Медиана, раб. ч</th><th>90-й перцентиль, раб. ч</th><th>Нарушений</th></tr>\n");
        for (PeriodReport.DepartmentRow d : r.departments()) {
            b.append("<tr><td>").append(esc(d.name())).append("</td><td class=n>").append(d.cases()).append("</td><td class=n>")
                    .append(d.answered()).append("</td><td class=n>").append(esc(num(d.onTimePercent()))).append("</td><td class=n>")
                    .append(esc(num(d.medianHours()))).append("</td><td class=n>").append(esc(num(d.p90Hours())))
                    .append("</td><td class=\"n").append(d.violations() > 0 ? " bad" : "").append("\">").append(d.violations())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>Тематика сообщений</h2>\n");
        b.append(pairs(r.topics()));
        counts(b, r.topics(), "Тема");
        b.append("<h2>Населённые пункты</h2>\n");
        counts(b, r.places(), "Место");

        b.append("<h2>Социально значимые сообщения (повышенной важности)</h2>\n");
        if (r.highCases().isEmpty()) {
            b.append("<p>Нет.</p>\n");
        } else {
            b.append("<table><tr><th>Дело</th><th>Выявлено</th><th>Тема</th><th>Место</th><th>Шаг</th><th>Исполнитель</th><th>Ответ в срок</th></tr>\n");
            for (PeriodReport.HighCase h : r.highCases()) {
                b.append("<tr><td>").append(h.caseId()).append("</td><td>").append(esc(LOCAL.format(h.detectedAt().atZone(zone))))
                        .append("</td><td>").append(esc(h.topic())).append("</td><td>").append(esc(h.place())).append("</td><td>")
                        .append(esc(h.step())).append("</td><td>").append(esc(h.executor())).append("</td><td>")
                        .append(h.answeredOnTime() == null ? "—" : h.answeredOnTime() ? "<span class=good>да</span>" : "<span class=bad>нет</span>")
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void counts(StringBuilder b, List<PeriodReport.CountRow> rows, String head) {
        b.append("<table><tr><th>").append(esc(head)).append("</th><th>Сообщений</th><th>Прошлый период</th><th>Изменение, %</th></tr>\n");
        for (PeriodReport.CountRow c : rows) {
            b.append("<tr><td>").append(esc(c.title())).append("</td><td class=n>").append(c.count()).append("</td><td class=n>")
                    .append(c.previous()).append("</td><td class=n>").append(esc(c.changePercent() == null ? "—"
                            : (c.changePercent() > 0 ? "+" : "") + num(c.changePercent()))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** A horizontal bar chart. */
    private static <T> String bars(List<T> rows, ToDoubleFunction<T> value, java.util.function.Function<T, String> label, double max,
                                   String unit) {
        int h = 22;
        int height = rows.size() * h + 10;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + esc(unit) + "\">\n");
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            double v = value.applyAsDouble(row);
            int w = (int) Math.round(Math.max(0, Math.min(max, v)) / max * 400);
            int y = i * h + 5;
            b.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(shorten(label.apply(row)))).append("</text>")
                    .append("<rect x=\"180\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"")
                    .append(v >= 90 ? "#4a4" : v >= 70 ? "#db4" : "#c44").append("\"/>")
                    .append("<text x=\"").append(185 + w).append("\" y=\"").append(y + 15).append("\">")
                    .append(esc(String.format(Locale.ROOT, "%.0f %s", v, unit))).append("</text>\n");
        }
        return b.append("</svg>\n").toString();
    }

    /** Current against previous period, two bars per row. */
    private static String pairs(List<PeriodReport.CountRow> rows) {
        int max = 1;
        for (PeriodReport.CountRow c : rows) {
            max = Math.max(max, Math.max(c.count(), c.previous()));
        }
        int h = 30;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" + (rows.size() * h + 30)
                + "\" role=\"img\" aria-label=\"Тематика: текущий и прошлый период\">\n")
                .append("<rect x=\"180\" y=\"2\" width=\"10\" height=\"10\" fill=\"#36c\"/><text x=\"195\" y=\"12\">текущий</text>")
                .append("<rect x=\"270\" y=\"2\" width=\"10\" height=\"10\" fill=\"#aaa\"/><text x=\"285\" y=\"12\">прошлый</text>\n");
        for (int i = 0; i < rows.size(); i++) {
            PeriodReport.CountRow c = rows.get(i);
            int y = i * h + 20;
            int w1 = c.count() * 400 / max;
            int w2 = c.previous() * 400 / max;
            b.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(shorten(c.title()))).append("</text>")
                    .append("<rect x=\"180\" y=\"").append(y).append("\" width=\"").append(w1).append("\" height=\"12\" fill=\"#36c\"/>")
                    .append("<text x=\"").append(185 + w1).append("\" y=\"").append(y + 11).append("\">").append(c.count()).append("</text>")
                    .append("<rect x=\"180\" y=\"").append(y + 13).append("\" width=\"").append(w2).append("\" height=\"10\" fill=\"#aaa\"/>\n");
        }
        return b.append("</svg>\n").toString();
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 26 ? s.substring(0, 25) + "…" : s;
    }
}
