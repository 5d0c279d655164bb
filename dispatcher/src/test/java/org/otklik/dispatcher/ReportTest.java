package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Case;
import org.otklik.core.Importance;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

class ReportTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static void answer(World w, Case k, String dept, String publishAt) {
        w.workflow.route(k.id(), dept, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(dept));
        w.workflow.submitDraft(k.id(), w.executor(dept), "Здравствуйте! Ответ.");
        w.workflow.approve(k.id(), w.head(dept));
        w.at(publishAt);
        w.workflow.publish(k.id(), w.specialist(), null);
    }

    @Test
    void the_monthly_report_counts_on_time_answers_working_hours_violations_and_change_by_topic(Store store, @TempDir Path dir)
            throws Exception {
        World w = new World(store, "khasyn", "2026-10-20T10:00");
        w.open(Topic.ROADS, Importance.NORMAL, "Палатка", "В октябре: яма");
        w.at("2026-11-24T10:00");
        Case onTime = w.open(Topic.ROADS, Importance.NORMAL, "Палатка", "Яма у школы на Ленина");
        answer(w, onTime, "life_support", "2026-11-24T12:00");
        w.at("2026-11-24T10:00");
        Case late = w.open(Topic.HOUSING, Importance.HIGH, "Палатка", "Нет отопления в детском саду, дети мёрзнут");
        answer(w, late, "life_support", "2026-11-25T12:00");
        w.at("2026-11-25T12:00");
        w.open(Topic.ROADS, Importance.NORMAL, "Атка", "Не чистят снег на трассе");

        PeriodReport r = PeriodReport.build(store, World.CONFIG, "khasyn", ReportPeriod.parse("2026-11"), w.clock.instant());
        assertThat(r.cases()).isEqualTo(3);
        PeriodReport.DepartmentRow ls = r.departments().stream().filter(d -> d.department().equals("life_support")).findFirst().orElseThrow();
        assertThat(ls.cases()).isEqualTo(2);
        assertThat(ls.onTimePercent()).isEqualTo(50.0);
        // 10:00 → 12:00 is 2 working hours; 10:00 → next day 12:00 is 7 + 3 = 10 working hours
        assertThat(ls.medianHours()).isEqualTo(2.0);
        assertThat(ls.p90Hours()).isEqualTo(10.0);
        assertThat(ls.violations()).isEqualTo(1);
        PeriodReport.CountRow roads = r.topics().stream().filter(t -> t.key().equals("roads")).findFirst().orElseThrow();
        assertThat(roads.count()).isEqualTo(2);
        assertThat(roads.previous()).isEqualTo(1);
        assertThat(roads.changePercent()).isEqualTo(100.0);
        assertThat(r.highCases()).singleElement().satisfies(h -> assertThat(h.answeredOnTime()).isFalse());

        List<Path> files = ReportFiles.write(r, w.zone, dir);
        String html = Files.readString(files.get(files.size() - 1), StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("Хасынский").doesNotContain("<script").doesNotContain("http://cdn").doesNotContain("https://");
        String csv = Files.readString(dir.resolve("report-khasyn-2026-11-departments.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("life_support,").contains(",50.0,2.0,10.0,1");
    }

    @Test
    void hostile_text_in_a_report_is_escaped_and_csv_formulas_are_defused() {
        assertThat(ReportFiles.esc("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(ReportFiles.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportFiles.csvField("-12.5")).isEqualTo("-12.5");
    }

    @Test
    void a_quarter_is_compared_with_the_quarter_before() {
        ReportPeriod q = ReportPeriod.parse("2026-Q1");
        assertThat(q.previous().label()).isEqualTo("2025-Q4");
        assertThat(ReportPeriod.parse("2026-01").previous().label()).isEqualTo("2025-12");
    }
}
