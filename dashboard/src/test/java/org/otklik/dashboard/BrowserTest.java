package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.otklik.core.CaseStep;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/**
 * The regulation's scenarios in a real headless Debian chromium. Skipped, saying why, when chromium or
 * chromedriver is not installed ({@code .ci/run} installs both). Screenshots go to target/screenshots/.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static Path profileDir;
    private ChromeDriver driver;
    private TestApp app;

    @BeforeAll
    static void startDriver() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is not installed (apt-get install chromium chromium-driver)");
        profileDir = Files.createTempDirectory("otklik-chromium-");
        Files.createDirectories(SHOTS);
    }

    private void open(Store store) throws IOException {
        app = new TestApp(store);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                "--user-data-dir=" + profileDir.resolve(Long.toString(System.nanoTime())), "--lang=ru");
        // one driver process per test: quitting a driver shuts its service down
        o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), o);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private void login(String login) {
        driver.get(app.base + "/login");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(TestApp.password(login));
        driver.findElement(By.id("login-submit")).click();
        waitFor().until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private WebDriverWait waitFor() {
        // a page load or an htmx swap may replace an element between finding and reading it
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    /** Console errors of the page: a Content-Security-Policy violation (inline script or style) shows up here. */
    private java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_curator_logs_in_filters_the_feed_and_routes_a_case(Store store) throws IOException {
        open(store);
        driver.get(app.base + "/login");
        shot("01-login");
        login("curator");
        driver.get(app.base + "/feed");
        assertThat(driver.findElement(By.id("feed")).getText()).contains("горячей воды");
        shot("02-feed");
        // htmx replaces the list on change, without a page load: proves the script runs under the CSP
        new Select(driver.findElement(By.id("topic"))).selectByValue("waste");
        waitFor().until(d -> !d.findElement(By.id("feed")).getText().contains("горячей воды"));
        assertThat(driver.findElement(By.id("feed")).getText()).contains("Контейнерную площадку");
        shot("03-feed-filtered");
        assertThat(consoleErrors()).noneMatch(m -> m.contains("Content Security Policy"));

        long id = app.seeded.caseIds().get(0);
        driver.get(app.base + "/cases/" + id);
        String dept = TestApp.PROFILE.executors().get(1).id();
        new Select(driver.findElement(By.id("executor"))).selectByValue(dept);
        shot("04-case-new");
        driver.findElement(By.id("route")).click();
        waitFor().until(d -> d.findElement(By.id("case-step")).getText().equals(CaseStep.ROUTED.title()));
        assertThat(store.caseById(id).orElseThrow().executor()).isEqualTo(dept);
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("curator");
    }

    @Test
    void an_executor_takes_a_case_and_submits_a_draft_checked_as_it_is_typed(Store store) throws IOException {
        open(store);
        login("executor");
        driver.get(app.base + "/cases?mine=1");
        shot("05-my-cases");
        long id = app.seeded.caseIds().get(2);
        driver.get(app.base + "/cases/" + id);
        driver.findElement(By.id("take")).click();
        waitFor().until(d -> d.findElement(By.id("case-step")).getText().equals(CaseStep.IN_WORK.title()));
        WebElement draft = driver.findElement(By.id("draft-text"));
        draft.sendKeys("Ответ без приветствия");
        waitFor().until(d -> d.findElement(By.id("findings")).getText().contains("приветствия"));
        shot("06-draft-findings");
        draft.clear();
        draft.sendKeys("Здравствуйте! Вывоз мусора с площадки на улице Мира выполнен сегодня, график вывоза восстановлен.");
        waitFor().until(d -> d.findElement(By.id("findings")).getText().contains("Замечаний нет"));
        driver.findElement(By.id("submit-draft")).click();
        waitFor().until(d -> d.findElement(By.id("case-step")).getText().equals(CaseStep.DRAFT_SUBMITTED.title()));
        assertThat(store.caseById(id).orElseThrow().step()).isEqualTo(CaseStep.DRAFT_SUBMITTED);
    }

    @Test
    void a_head_approves_a_submitted_draft(Store store) throws IOException {
        open(store);
        login("head");
        long id = app.seeded.caseIds().get(4);
        driver.get(app.base + "/cases/" + id);
        shot("07-case-for-approval");
        driver.findElement(By.id("approve")).click();
        waitFor().until(d -> d.findElement(By.id("case-step")).getText().equals(CaseStep.APPROVED.title()));
        assertThat(store.audit(id)).last().satisfies(a -> assertThat(a.actor()).isEqualTo("head"));
    }

    @Test
    void an_executor_cannot_open_another_departments_case(Store store) throws IOException {
        open(store);
        login("executor2");
        long id = app.seeded.caseIds().get(2);
        driver.get(app.base + "/cases/" + id);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Обращение не найдено");
        assertThat(driver.getPageSource()).doesNotContain(app.store.post(app.store.caseById(id).orElseThrow().postId()).orElseThrow().post().text());
    }

    @Test
    void the_hostile_post_renders_as_inert_text(Store store) throws IOException {
        open(store);
        login("curator");
        driver.get(app.base + "/cases/" + app.seeded.hostileCaseId());
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElement(By.id("post-text")).getText()).contains("<script>alert('xss')</script>").contains("onmouseover=");
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#post-text *, main script, main img"))).isEmpty();
        assertThat(driver.findElement(By.id("post-link-text")).getText()).startsWith("javascript:");
        shot("08-hostile-case");
        driver.get(app.base + "/feed");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("#feed img, #feed script"))).isEmpty();
    }

    @Test
    void the_board_reports_and_sources_pages_render(Store store) throws IOException {
        open(store);
        store.recordSourceError("vk-yelets-admin", "HTTP 429 Too Many Requests", TestApp.CLOCK.instant());
        login("curator");
        driver.get(app.base + "/cases");
        assertThat(driver.findElements(By.cssSelector("tr[data-case]"))).isNotEmpty();
        shot("09-board");
        driver.get(app.base + "/excluded");
        shot("10-excluded");
        driver.get(app.base + "/reports");
        // Chart.js, served from the jar, draws into the canvas: its width attribute is set by the library
        waitFor().until(d -> d.findElement(By.id("chart-topics")).getDomAttribute("style") != null);
        shot("11-reports");
        assertThat(consoleErrors()).noneMatch(m -> m.contains("Content Security Policy"));
        driver.get(app.base + "/sources");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ошибка");
        shot("12-sources");
    }
}
