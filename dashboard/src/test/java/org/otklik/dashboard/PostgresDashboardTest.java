package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.CaseStep;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** The dashboard's own SQL (migration, feed, board, reports) on PostgreSQL; skipped with a message when no server answers. */
class PostgresDashboardTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.POSTGRESQL);

    @Test
    void every_page_renders_on_postgresql(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            for (String path : new String[] {"/feed", "/feed?topic=roads&place=" + java.net.URLEncoder.encode("Ленина", java.nio.charset.StandardCharsets.UTF_8)
                    + "&importance=normal&filter=none&relevant=yes&network=vk", "/excluded", "/cases", "/cases?mine=1&step=new", "/reports",
                    "/sources", "/cases/" + app.seeded.hostileCaseId()}) {
                assertThat(b.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void an_executor_submits_a_draft_on_postgresql(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("executor", TestApp.password("executor"));
            long id = app.seeded.caseIds().get(3);
            assertThat(b.post("/cases/" + id + "/draft", Map.of("_csrf", b.csrf, "text", "Здравствуйте! Работы начнутся завтра.")).statusCode())
                    .isEqualTo(302);
            assertThat(store.caseById(id).orElseThrow().step()).isEqualTo(CaseStep.DRAFT_SUBMITTED);
            assertThat(b.get("/api/cases?mine=1").body()).contains("\"id\":" + id);
        }
    }
}
