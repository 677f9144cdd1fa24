package dev.helpdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketView;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the pages look in a real Chromium, where only layout and the page's script can tell: the preview tabs, the
 * file picker, the rating box, the ticket page on a phone, the tickets table at 1280 px, one "+ New ticket", the
 * filter icon and the vote buttons. Each test leaves screenshots under target/screenshots.
 */
class PortalLookBrowserTest {
    private static final String REVIEW_SITE = "https://reviews.example/acme-hosting";
    private static TestPortal portal;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        portal = TestPortal.startWithArticle(builder -> builder.ratingPolicy(RatingPolicy.defaults()
                        .withReviewLinks(List.of(ReviewLink.of("Review us", REVIEW_SITE)))),
                config -> config.captcha = new ProofOfWorkCaptcha(10, Duration.ofMinutes(10), Clock.systemUTC()));
        browser = Chromium.start("en-GB,en");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get(portal.baseUrl() + "/sign-in");
        browser.findElement(By.id("email")).sendKeys(DemoData.PRIMARY_EMAIL);
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tickets-table")));
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

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theNewTicketFormPreviewsTheDescriptionAndPicksFilesWithATranslatedButton() throws Exception {
        open("/tickets/new/other", By.id("newticket-form"));
        browser.findElement(By.id("description"))
                .sendKeys("Steps:\n\n1. Open **Mail**\n2. Click [Send](https://acme.example)");
        browser.findElement(By.id("description-tab-preview")).click();
        wait.until(driver -> !driver.findElement(By.id("description-preview")).findElements(By.tagName("strong"))
                .isEmpty());
        WebElement preview = browser.findElement(By.id("description-preview"));
        assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("Mail");
        assertThat(preview.findElements(By.cssSelector("ol li"))).hasSize(2);
        assertThat(browser.findElement(By.id("description")).isDisplayed()).as("the text hides behind its tab")
                .isFalse();
        browser.findElement(By.id("description-tab-write")).click();
        assertThat(browser.findElement(By.id("description")).isDisplayed()).isTrue();

        WebElement input = browser.findElement(By.id("attachments"));
        WebElement button = browser.findElement(By.cssSelector("label.file-button[for=attachments]"));
        assertThat(input.getRect().getWidth()).as("the native input is visually hidden").isLessThanOrEqualTo(1);
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getText()).isEqualTo("Choose files");
        assertThat(button.getCssValue("cursor")).isEqualTo("pointer");
        assertThat(browser.findElement(By.cssSelector("[data-file-none]")).getText()).isEqualTo("No file chosen");
        Path log = files.resolve("smtp-log.txt");
        Files.writeString(log, "550 rejected\n", StandardCharsets.UTF_8);
        input.sendKeys(log.toString());
        wait.until(driver -> driver.findElement(By.cssSelector(".file-picker .file-list")).getText()
                .contains("smtp-log.txt"));
        assertThat(browser.findElement(By.cssSelector("[data-file-none]")).isDisplayed()).isFalse();
        Chromium.screenshot(browser, "look-01-new-ticket-preview-and-files");
    }

    @Test
    void happyShowsTheReviewLinksAndUnhappyTheComplaintBox() {
        TicketView ticket = portal.helpdesk().tickets().open(Caller.contact(DemoData.PRIMARY), OpenTicket.of(
                CategoryId.of("other"), "Rate me twice", "Words").withFields(FieldInputs.builder()
                .set("custom.operating_system", "linux").build()));
        open("/tickets/" + ticket.id().value(), By.id("resolve-button"));
        browser.findElement(By.id("resolve-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rate-happy"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-links")));
        assertThat(browser.findElement(By.cssSelector("#review-links a")).getAttribute("href")).isEqualTo(REVIEW_SITE);
        assertThat(browser.findElement(By.id("complaint")).isDisplayed()).as("no complaint box when happy").isFalse();
        Chromium.screenshot(browser, "look-02-happy");

        browser.findElement(By.id("rate-unhappy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-comment")));
        browser.findElement(By.id("rating-comment")).sendKeys("Too slow.");
        browser.findElement(By.id("complaint-send")).click();
        wait.until(driver -> driver.findElement(By.id("rating-current")).getText().contains("Unhappy"));
        assertThat(browser.findElements(By.id("review-links"))).as("no review links when unhappy").isEmpty();
        assertThat(browser.findElement(By.id("complaint")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "look-03-unhappy");
    }

    @Test
    void onAPhoneTheStatusAndDetailsComeBeforeTheConversation() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/tickets", By.id("tickets-table"));
        String path = browser.findElement(By.cssSelector("#tickets-table .col-reference a")).getAttribute("href");
        browser.get(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation-title")));

        int status = browser.findElement(By.id("ticket-status")).getRect().getY();
        int details = browser.findElement(By.id("details-title")).getRect().getY();
        int conversation = browser.findElement(By.id("conversation-title")).getRect().getY();
        int properties = browser.findElement(By.id("properties-title")).getRect().getY();
        assertThat(details).isLessThan(conversation);
        assertThat(status).isLessThan(conversation);
        assertThat(properties).as("the long properties form after the conversation").isGreaterThan(conversation);
        assertThat(sidewaysScroll()).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "look-04-ticket-on-a-phone");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation-title")));
        assertThat(browser.findElement(By.id("details-title")).getRect().getX())
                .as("on a desktop the details stay on the right")
                .isGreaterThan(browser.findElement(By.id("conversation-title")).getRect().getX());
    }

    @Test
    void atTwelveHundredEightyPixelsTheTableKeepsReferencesStatusesDatesAndNamesOnOneLine() {
        open("/tickets", By.id("tickets-table"));
        Chromium.screenshot(browser, "look-05-tickets-1280");
        Object wrapped = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#tickets-table th, #tickets-table .col-reference a, "
                        + "#tickets-table .col-status .badge, #tickets-table .col-updated time, "
                        + "#tickets-table .col-requester')).filter(function (e) {"
                        + "  var range = document.createRange(); range.selectNodeContents(e);"
                        + "  var lines = new Set(Array.from(range.getClientRects()).map(function (r) {"
                        + "    return Math.round(r.top); }));"
                        + "  return lines.size > 1; }).map(function (e) { return e.textContent.trim(); });");
        assertThat((List<?>) wrapped).as("cells broken over two lines").isEmpty();
        int subject = browser.findElement(By.cssSelector("#tickets-table th:nth-child(2)")).getRect().getWidth();
        assertThat(subject).as("the subject column is not crushed").isGreaterThanOrEqualTo(220);
        assertThat(sidewaysScroll()).isLessThanOrEqualTo(0);
    }

    @Test
    void eachPageShowsOneNewTicketButtonOnADesktopAndOnAPhone() {
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            for (String path : List.of("/tickets", "/kb", "/profile", "/tickets/new")) {
                open(path, By.id("main"));
                long visible = browser.findElements(By.cssSelector("a[href$='/tickets/new']")).stream()
                        .filter(WebElement::isDisplayed).filter(a -> a.getText().contains("New ticket")).count();
                assertThat(visible).as(path + " at " + size.getWidth() + " px").isEqualTo(1);
            }
        }
        Chromium.screenshot(browser, "look-06-new-ticket-on-a-phone");
    }

    @Test
    void theFilterButtonShowsADrawnIcon() {
        open("/tickets", By.id("filter-panel"));
        WebElement icon = browser.findElement(By.cssSelector("#filter-panel summary svg.icon"));
        assertThat(icon.isDisplayed()).isTrue();
        assertThat(icon.getRect().getWidth()).isBetween(12, 24);
        assertThat(browser.findElement(By.cssSelector("#filter-panel summary")).getText()).isEqualTo("Filters");
    }

    @Test
    void aVoteButtonShowsTheChoiceMade() {
        open("/kb", By.cssSelector("main a[href*='/kb/articles/']"));
        browser.findElement(By.cssSelector("main a[href*='/kb/articles/']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("vote-yes"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("your-vote")));

        WebElement yes = browser.findElement(By.id("vote-yes"));
        WebElement no = browser.findElement(By.id("vote-no"));
        assertThat(yes.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(yes.getCssValue("background-color")).isNotEqualTo(no.getCssValue("background-color"));
        assertThat(yes.getCssValue("border-color")).isNotEqualTo(no.getCssValue("border-color"));
        Chromium.screenshot(browser, "look-07-voted");
    }

    private static void open(String path, By ready) {
        browser.get(portal.baseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    private static int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }
}
