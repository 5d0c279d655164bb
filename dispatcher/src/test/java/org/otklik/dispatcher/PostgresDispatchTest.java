package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Case;
import org.otklik.core.Importance;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** The dispatcher's SQL on PostgreSQL 15: intake with repeat and surge queries, a walk with violations, the watch, a report. */
class PostgresDispatchTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.POSTGRESQL);

    @Test
    void a_late_case_repeat_and_report_work_on_postgresql(Store store) {
        World w = new World(store, "yelets", "2026-11-24T10:00");
        Case first = w.open(Topic.ROADS, Importance.HIGH, "Елец", "Огромная яма на улице Мира возле школы");
        Case again = w.open(Topic.ROADS, Importance.NORMAL, "Елец", "Яма на улице Мира возле школы так и не заделана");
        assertThat(again.repeatOf()).isEqualTo(first.id());
        w.workflow.route(first.id(), "roads_transport", List.of(), w.curator(), null);
        w.workflow.take(first.id(), w.executor("roads_transport"));
        w.at("2026-11-25T12:00");
        // the first: draft and answer; the repeat, never routed: routing and answer, both the curator's
        assertThat(w.watch.run().newViolations()).isEqualTo(4);
        assertThat(w.watch.run().newViolations()).isZero();
        assertThat(w.violations(first.id())).containsExactlyInAnyOrder("draft_after_routing@roads_transport", "answer@roads_transport");
        PeriodReport r = PeriodReport.build(store, World.CONFIG, "yelets", ReportPeriod.parse("2026-11"), w.clock.instant());
        assertThat(r.cases()).isEqualTo(2);
        assertThat(r.repeats()).isEqualTo(1);
        assertThat(r.highCases()).hasSize(1);
    }
}
