package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.CaseStep;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** The dashboard on port 0 over real H2, driven by a real HTTP client. */
class DashboardHttpTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    @Test
    void a_page_without_login_redirects_to_the_login_form(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            HttpResponse<String> r = app.browser().get("/cases");
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValue("/login");
        }
    }

    @Test
    void the_api_without_login_answers_401(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            assertThat(app.browser().get("/api/cases").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_correct_password_logs_in_and_sets_a_strict_http_only_cookie(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.get("/login");
            HttpResponse<String> r = b.post("/login", Map.of("_csrf", b.csrf, "login", "curator", "password", TestApp.password("curator")));
            assertThat(r.statusCode()).isEqualTo(302);
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            assertThat(b.get("/feed").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void login_changes_the_session_id(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            HttpResponse<String> before = b.get("/login");
            String anonymous = before.headers().firstValue("Set-Cookie").orElseThrow();
            HttpResponse<String> r = b.post("/login", Map.of("_csrf", b.csrf, "login", "curator", "password", TestApp.password("curator")));
            assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).isNotEqualTo(anonymous);
        }
    }

    @Test
    void a_wrong_password_is_refused(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            HttpResponse<String> r = app.browser().login("curator", "wrong");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Неверный логин или пароль");
        }
    }

    @Test
    void the_sixth_failed_login_from_one_ip_is_rate_limited_even_with_the_right_password(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            for (int i = 0; i < 5; i++) {
                assertThat(b.login("curator", "wrong" + i).statusCode()).isEqualTo(401);
            }
            assertThat(b.login("curator", TestApp.password("curator")).statusCode()).isEqualTo(429);
            // another login from the same address is not punished for the first one's guesses
            assertThat(b.login("specialist", TestApp.password("specialist")).statusCode()).isEqualTo(302);
        }
    }

    @Test
    void a_form_post_without_the_csrf_token_is_forbidden(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            long id = app.seeded.caseIds().get(0);
            HttpResponse<String> r = b.post("/cases/" + id + "/route", Map.of("executor", TestApp.PROFILE.executors().get(0).id()));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(store.caseById(id).orElseThrow().step()).isEqualTo(CaseStep.NEW);
        }
    }

    @Test
    void an_api_post_without_the_csrf_header_is_forbidden(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            long id = app.seeded.caseIds().get(0);
            assertThat(b.postJson("/api/cases/" + id + "/route", "{\"executor\":\"" + TestApp.PROFILE.executors().get(0).id() + "\"}", false)
                    .statusCode()).isEqualTo(403);
        }
    }

    @Test
    void a_login_post_without_the_csrf_token_is_forbidden(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.get("/login");
            assertThat(b.post("/login", Map.of("login", "curator", "password", TestApp.password("curator"))).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void every_page_carries_a_content_security_policy_without_inline_script(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            HttpResponse<String> r = b.get("/feed");
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.body()).doesNotContainPattern("<script>(?!</script>)");
        }
    }

    @Test
    void the_api_routes_a_case_and_the_audit_log_records_who(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            long id = app.seeded.caseIds().get(0);
            String dept = TestApp.PROFILE.executors().get(1).id();
            HttpResponse<String> r = b.postJson("/api/cases/" + id + "/route", "{\"executor\":\"" + dept + "\",\"reason\":\"по теме\"}", true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(store.caseById(id).orElseThrow().executor()).isEqualTo(dept);
            assertThat(store.audit(id)).last().satisfies(a -> {
                assertThat(a.actor()).isEqualTo("curator");
                assertThat(a.to()).isEqualTo(CaseStep.ROUTED);
            });
        }
    }

    @Test
    void an_executor_cannot_approve_a_draft(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("executor", TestApp.password("executor"));
            long submitted = app.seeded.caseIds().get(4);
            assertThat(store.caseById(submitted).orElseThrow().step()).isEqualTo(CaseStep.DRAFT_SUBMITTED);
            HttpResponse<String> r = b.postJson("/api/cases/" + submitted + "/approve", "{}", true);
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(store.caseById(submitted).orElseThrow().step()).isEqualTo(CaseStep.DRAFT_SUBMITTED);
        }
    }

    @Test
    void an_executor_cannot_open_another_departments_case(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("executor2", TestApp.password("executor2"));
            long routedToFirst = app.seeded.caseIds().get(2);
            assertThat(store.caseById(routedToFirst).orElseThrow().executor()).isNotEqualTo(TestApp.department("executor2"));
            assertThat(b.get("/cases/" + routedToFirst).statusCode()).isEqualTo(404);
            assertThat(b.get("/api/cases/" + routedToFirst).statusCode()).isEqualTo(404);
            assertThat(b.get("/api/cases").body()).doesNotContain("\"id\":" + routedToFirst + ",");
        }
    }

    @Test
    void another_municipalitys_curator_sees_none_of_these_cases(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator-khasyn", TestApp.PASSWORD_OF_OTHER);
            long id = app.seeded.caseIds().get(0);
            assertThat(b.get("/cases/" + id).statusCode()).isEqualTo(404);
            assertThat(b.get("/api/cases").body()).isEqualTo("[]");
            assertThat(b.get("/api/feed").body()).isEqualTo("[]");
            assertThat(b.postJson("/api/cases/" + id + "/route", "{\"executor\":\"x\"}", true).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_hostile_post_is_escaped_and_its_javascript_link_is_no_href(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            for (String path : new String[] {"/feed", "/cases/" + app.seeded.hostileCaseId(), "/cases"}) {
                String html = b.get(path).body();
                assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b onmouseover")
                        .doesNotContain("href=\"javascript:");
            }
            assertThat(b.get("/feed").body()).contains("&lt;script&gt;alert(");
        }
    }

    @Test
    void full_text_search_finds_other_word_forms_in_russian(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            String body = b.get("/api/feed?q=" + java.net.URLEncoder.encode("яма", java.nio.charset.StandardCharsets.UTF_8)).body();
            assertThat(body).contains("огромные ямы");
            assertThat(body).doesNotContain("горячей воды");
        }
    }

    @Test
    void feed_filters_by_topic(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            String body = b.get("/api/feed?topic=waste").body();
            assertThat(body).contains("Контейнерную площадку").doesNotContain("горячей воды");
        }
    }

    @Test
    void an_executor_may_not_open_the_feed(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("executor", TestApp.password("executor"));
            assertThat(b.get("/feed").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void every_main_page_renders_for_the_curator(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            for (String path : new String[] {"/feed", "/excluded", "/cases", "/cases?mine=1", "/reports", "/sources",
                    "/cases/" + app.seeded.caseIds().get(0), "/api/reports", "/api/sources", "/api/me"}) {
                assertThat(b.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void the_curator_overrides_an_exclusion_with_a_reason(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("curator", TestApp.password("curator"));
            b.get("/excluded");
            long id = app.seeded.excludedCaseId();
            HttpResponse<String> r = b.post("/cases/" + id + "/override", Map.of("_csrf", b.csrf, "reason", "жалоба на дороги, брань не адресная"));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(store.caseById(id).orElseThrow().step()).isEqualTo(CaseStep.NEW);
            assertThat(store.audit(id)).last().satisfies(a -> assertThat(a.reason()).contains("брань не адресная"));
        }
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            var r = app.browser().http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.base + "/login"))
                    .header("X-Forwarded-Proto", "https").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
            assertThat(app.browser().get("/login").headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        }
    }

    static java.util.List<String> accessLog(Store store) {
        return store.transaction("read access log", c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT login, event, detail FROM access_log ORDER BY id"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + (rs.getString(3) == null ? "" : " " + rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Test
    void logins_failed_logins_and_refused_actions_are_kept_in_the_access_log(Store store) throws Exception {
        try (TestApp app = new TestApp(store)) {
            TestApp.Browser b = app.browser();
            b.login("executor", "wrong");
            b.login("executor", TestApp.password("executor"));
            long submitted = app.seeded.caseIds().get(4);
            b.postJson("/api/cases/" + submitted + "/approve", "{}", true);

            assertThat(accessLog(store)).satisfiesExactly(
                    e -> assertThat(e).isEqualTo("executor login_failed"),
                    e -> assertThat(e).isEqualTo("executor login executor"),
                    e -> assertThat(e).startsWith("executor refused approve on case " + submitted + ": "));
        }
    }
}
