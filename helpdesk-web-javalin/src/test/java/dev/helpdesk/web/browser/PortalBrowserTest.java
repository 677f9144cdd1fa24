package dev.helpdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.TestPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One customer's visit in a real headless Chromium (Debian's), with the portal's own script running: sign in, open a
 * ticket with a file (the browser solves the proof of work), reply, filter by two statuses, search, mark resolved
 * and rate, read an article and vote, switch to Italian, sign out. The steps run in order, as one visit; each
 * leaves a screenshot under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {
    private static final String SUBJECT = "Browser test: the VPN drops every hour";
    private static TestPortal portal;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String ticketPath;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        // A lighter proof of work than production's, so the test does not wait on hashing; the code path is the same.
        portal = TestPortal.start(config -> config.captcha = new ProofOfWorkCaptcha(10,
                Duration.ofMinutes(10), Clock.systemUTC()));
        DemoData.addReplyAndArticle(portal.helpdesk());
        browser = Chromium.start("en-GB,en");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a page being replaced by the next one leaves found elements stale: look again rather than fail
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void signIn() {
        browser.get(portal.baseUrl() + "/tickets");
        wait.until(ExpectedConditions.urlContains("/support/sign-in"));
        browser.findElement(By.id("email")).sendKeys(DemoData.PRIMARY_EMAIL);
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tickets-table")));
        assertThat(browser.getCurrentUrl()).endsWith("/support/tickets");
        assertThat(browser.findElement(By.cssSelector(".user-name")).getText()).isEqualTo("Paola Bianchi");
        Chromium.screenshot(browser, "01-tickets");
    }

    @Test
    @Order(2)
    void openATicketWithAnAttachment() throws Exception {
        browser.findElement(By.cssSelector(".sidebar .new-ticket")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("category-other"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newticket-form")));
        browser.findElement(By.id("title")).sendKeys(SUBJECT);
        browser.findElement(By.id("description")).sendKeys("It started after the update. Log attached.");
        new Select(browser.findElement(By.name("custom.operating_system"))).selectByValue("linux");
        Path log = files.resolve("vpn-log.txt");
        Files.writeString(log, "12:00 tunnel down\n13:00 tunnel down\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("attachments")).sendKeys(log.toString());
        // The page's script solves the proof of work and fills the hidden nonce.
        wait.until(driver -> !driver.findElement(By.className("captcha-nonce")).getAttribute("value").isEmpty());
        Chromium.screenshot(browser, "02-new-ticket");
        browser.findElement(By.id("open-ticket")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-title")));
        assertThat(browser.findElement(By.id("ticket-title")).getText()).contains(SUBJECT);
        ticketPath = browser.getCurrentUrl().substring(portal.baseUrl().length()).replaceAll("[?#].*", "");
        List<WebElement> fileLinks = browser.findElements(By.cssSelector("#messages a[href*='/attachments/']"));
        assertThat(fileLinks).extracting(WebElement::getText).anyMatch(text -> text.contains("vpn-log.txt"));
    }

    @Test
    @Order(3)
    void reply() {
        browser.findElement(By.id("reply-body")).sendKeys("Here is **more**: it also drops on Wi-Fi.");
        browser.findElement(By.id("tab-preview")).click();
        wait.until(driver -> driver.findElement(By.id("reply-preview")).getText().contains("more"));
        assertThat(browser.findElement(By.id("reply-preview")).findElements(By.tagName("strong"))).isNotEmpty();
        browser.findElement(By.id("tab-write")).click();
        browser.findElement(By.id("reply-button")).click();
        wait.until(driver -> driver.findElement(By.id("messages")).getText().contains("it also drops on Wi-Fi"));
        List<WebElement> messages = browser.findElements(By.cssSelector("#messages .message"));
        assertThat(messages.get(0).getText()).as("newest first").contains("it also drops on Wi-Fi");
        Chromium.screenshot(browser, "03-ticket-after-reply");
    }

    @Test
    @Order(4)
    void filterByTwoStatuses() {
        browser.findElement(By.cssSelector(".sidebar a[href$='/support/tickets']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filter-panel")));
        browser.findElement(By.cssSelector("#filter-panel summary")).click();
        browser.findElement(By.cssSelector("input[name=status][value=opened]")).click();
        browser.findElement(By.cssSelector("input[name=status][value=replied]")).click();
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("status="));
        assertThat(browser.getCurrentUrl()).contains("status=opened").contains("status=replied");
        List<String> statuses = browser.findElements(By.cssSelector("#tickets-table .col-status")).stream()
                .map(WebElement::getText).toList();
        assertThat(statuses).isNotEmpty().allMatch(s -> s.equals("Opened") || s.equals("Replied"));
        assertThat(statuses).contains("Opened", "Replied");
        assertThat(browser.findElements(By.cssSelector(".chip"))).hasSizeGreaterThanOrEqualTo(2);
        Chromium.screenshot(browser, "04-filtered");
    }

    @Test
    @Order(5)
    void search() {
        browser.findElement(By.id("filter-clear")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tickets-q")));
        browser.findElement(By.id("tickets-q")).sendKeys("VPN drops");
        browser.findElement(By.id("tickets-search-button")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        List<String> subjects = browser.findElements(By.cssSelector("#tickets-table .col-subject")).stream()
                .map(WebElement::getText).toList();
        assertThat(subjects).containsExactly(SUBJECT);
        Chromium.screenshot(browser, "05-search");
    }

    @Test
    @Order(6)
    void markResolvedAndRate() {
        browser.findElement(By.cssSelector("#tickets-table .col-subject a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("resolve-button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-unhappy")));
        // Unhappy asks for the complaint before anything is sent.
        browser.findElement(By.id("rate-unhappy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-comment")));
        browser.findElement(By.id("rating-comment")).sendKeys("It took a week to hear back.");
        Chromium.screenshot(browser, "06-unhappy-complaint");
        browser.findElement(By.id("complaint-send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-current")));
        assertThat(browser.findElement(By.id("rating-current")).getText()).contains("Unhappy");
        assertThat(browser.findElement(By.id("ticket-status")).getText()).isNotBlank();
    }

    @Test
    @Order(7)
    void readAnArticleAndVote() {
        browser.findElement(By.cssSelector(".sidebar a[href$='/support/kb']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main a[href*='/kb/articles/']")));
        browser.findElement(By.cssSelector("main a[href*='/kb/articles/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).isNotBlank();
        browser.findElement(By.id("vote-yes")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("your-vote")));
        assertThat(browser.findElement(By.id("your-vote")).getText()).isNotBlank();
        Chromium.screenshot(browser, "07-article-voted");
    }

    @Test
    @Order(8)
    void switchToItalian() {
        browser.findElement(By.cssSelector(".sidebar a[href$='/support/settings']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-it"))).click();
        browser.findElement(By.id("settings-save")).click();
        wait.until(driver -> "it".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        browser.findElement(By.cssSelector(".sidebar a[href$='/support/tickets']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tickets-table")));
        assertThat(browser.findElement(By.cssSelector(".sidebar .new-ticket")).getText()).contains("Nuovo ticket");
        assertThat(browser.findElement(By.id("tickets-title")).getText()).isNotEqualTo("Tickets");
        assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Esci");
        Chromium.screenshot(browser, "08-italian");
    }

    @Test
    @Order(9)
    void atThreeHundredTwentyPixelsTheSidebarFoldsIntoAMenuAndNothingScrollsSideways() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
        try {
            for (String path : List.of("/tickets", ticketPath, "/tickets/new", "/kb", "/profile")) {
                browser.get(portal.baseUrl() + path);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("sideways scroll on " + path).isLessThanOrEqualTo(0);
                assertThat(browser.findElement(By.cssSelector(".sidebar")).isDisplayed()).as(path).isFalse();
            }
            browser.findElement(By.cssSelector(".menu-button")).click();
            assertThat(browser.findElement(By.cssSelector(".sidebar")).isDisplayed()).isTrue();
            Chromium.screenshot(browser, "09-narrow-menu");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    @Order(10)
    void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/support/sign-in"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the language stays").isEqualTo("it");
        browser.get(portal.baseUrl() + "/tickets");
        wait.until(ExpectedConditions.urlContains("/support/sign-in"));
        assertThat(browser.findElements(By.id("tickets-table"))).isEmpty();
        Chromium.screenshot(browser, "10-signed-out");
    }

    @Test
    @Order(11)
    void aPageThatDoesNotExistSaysSoInTheVisitorsLanguageAndOffersSignIn() {
        browser.get(portal.baseUrl() + "/no/such/page");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        // signed out in Italian (chosen before signing out): the portal's own page, not the server's bare text
        assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Pagina non trovata");
        assertThat(browser.findElements(By.cssSelector(".error-links a"))).extracting(e -> e.getAttribute("href"))
                .containsExactly(portal.baseUrl() + "/sign-in");
        Chromium.screenshot(browser, "11-not-found");
    }
}
