package io.backcast.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.backcast.server.TestServer;
import io.backcast.server.account.Role;
import io.backcast.server.demo.DemoPlan;

/**
 * A share link as an editor makes it and a client opens it, in headless chromium against a
 * real server in demo mode: the editor creates the link on the plan page and reads its address
 * the one time it is shown; a fresh browser context that never logged in opens it and reads the
 * client status page (outcome-level facts only, no script, no cookie, no referrer, no console
 * error); after the editor revokes the link, the same address answers the neutral 404 page at
 * once. Screenshots of the status page (desktop, phone, print) go to target/screenshots/.
 */
class ShareLinkInBrowserTest {

    /** What the demo knows that a client must never read on its status page. */
    private static final List<String> NEVER_SHOWN = List.of(
            // issue keys and JQL of the demo's work links
            "NET-", "SEC-", "project = ", "ORDER BY", "component = ", "labels = ",
            // deliverables that are not also milestones
            "Cabling certified", "Plant-floor machines patched in", "TLS certificates deployed",
            // internal check-ins
            "Ceiling access in hall B", "scissor lift", "Fibre certification waits for the OTDR rental",
            "Copper runs in both halls");

    /**
     * The demo's check-in authors: never named as authors. (They are also the outcomes' and
     * milestones' owners, whose names the page does show, so the check-ins section is searched.)
     */
    private static final List<String> AUTHORS = List.of("dana.lee", "sam.patel", "jordan.kim", "alex.wong", "maria.gomez");

    private static TestServer server;
    private static String editor;

    @RegisterExtension
    static final BrowserPage browser = new BrowserPage(() -> server.server.uri());

    private final List<BrowserContext> clients = new ArrayList<>();
    private final List<String> clientProblems = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD);
        editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        server.server.accounts().create(editor, TestServer.ADMIN_PASSWORD, Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void logIn() {
        browser.logIn(editor, TestServer.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(BrowserContext::close);
    }

    @Test
    void clientOpensTheLinkWithoutLoginSeesOutcomeLevelFactsOnlyAndRevocationEndsItAtOnce() throws Exception {
        String address = createShareLinkOnThePlanPage();
        assertThat(address).matches(java.util.regex.Pattern.quote(server.server.uri() + "s/") + "[A-Za-z0-9_-]{43}");

        Page client = freshContext(1280, 900, false).newPage();
        List<Request> requests = new ArrayList<>();
        client.onRequest(requests::add);
        Response opened = client.navigate(address);

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.headers()).containsEntry("cache-control", "no-store").containsEntry("x-robots-tag", "noindex")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("content-security-policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(client.url()).as("no redirect").isEqualTo(address);
        assertThat(client.locator("h1").textContent()).isEqualTo(DemoPlan.PLAN_NAME);
        assertThat(client.locator(".bc-client").textContent()).contains(DemoPlan.CLIENT_NAME);

        Locator outcomes = client.locator("article.bc-status-outcome");
        assertThat(outcomes.count()).isEqualTo(3);
        assertThat(stateOf(client, DemoPlan.WIFI)).isEqualTo("At risk");
        assertThat(stateOf(client, DemoPlan.MACHINES)).isEqualTo("Off track");
        assertThat(stateOf(client, DemoPlan.WEB_SERVERS)).isEqualTo("On track");
        for (String words : List.of(DemoPlan.WIFI, DemoPlan.MACHINES, DemoPlan.WEB_SERVERS)) {
            Locator card = outcome(client, words);
            assertThat(card.locator(".bc-phrase").textContent()).startsWith(words + " — ");
            assertThat(card.locator("progress.bc-progress-bar").isVisible()).as("progress bar of %s", words).isTrue();
            assertThat(card.locator("progress.bc-progress-bar").getAttribute("value")).matches("\\d{1,3}");
        }
        assertThat(client.locator(".bc-timeline-figure svg").isVisible()).as("the timeline").isTrue();
        assertThat(client.locator("table.bc-status-milestones tbody tr").count()).isGreaterThanOrEqualTo(5);
        assertThat(client.locator("table.bc-status-milestones").textContent()).contains("Network cabled", "Power on");

        Locator checkIns = client.locator(".bc-status-checkins article.bc-checkin");
        assertThat(checkIns.count()).as("the four public check-ins").isEqualTo(4);
        assertThat(client.locator(".bc-status-checkins").innerHTML()).doesNotContain(AUTHORS.toArray(String[]::new));
        assertThat(client.locator(".bc-status-checkins").textContent()).contains(
                "Site survey signed off by Acme; AP positions agreed for both halls.",
                "Internal CA is up and the first certificates are issued.",
                "The utility's transformer delivery slipped");

        String html = client.content();
        String text = client.locator("body").innerText();
        for (String secret : NEVER_SHOWN) {
            assertThat(html).as("the page's HTML").doesNotContain(secret);
            assertThat(text).as("the page's text").doesNotContain(secret);
        }
        assertThat(html).doesNotContain(editor, "<script", "<form", "backcast-csrf-token");
        assertThat(client.locator("a[href]:not([href^='#'])").count()).as("links to other pages").isZero();

        // only the page and the stylesheet were loaded, without a Referer that would carry the token
        assertThat(requests).extracting(Request::url).allSatisfy(url -> assertThat(url)
                .satisfiesAnyOf(u -> assertThat(u).isEqualTo(address), u -> assertThat(u).contains("/static/"),
                        u -> assertThat(u).endsWith("/favicon.ico")));
        assertThat(requests).allSatisfy(request -> assertThat(request.allHeaders().getOrDefault("referer", ""))
                .as("Referer of %s", request.url()).isEmpty());
        assertThat(client.context().cookies()).as("no cookie is set for a client").isEmpty();
        assertThat(clientProblems).as("script, CSP or console errors on the status page").isEmpty();
        client.screenshot(new Page.ScreenshotOptions().setPath(BrowserPage.SCREENSHOTS.resolve("status-page.png")).setFullPage(true));

        revokeOnThePlanPage();

        Response afterRevoke = client.reload();
        assertThat(afterRevoke.status()).as("the same address after revoking").isEqualTo(404);
        assertThat(client.url()).isEqualTo(address);
        assertThat(client.locator("h1").textContent()).isEqualTo("This link does not open a status page");
        assertThat(client.content()).doesNotContain(DemoPlan.PLAN_NAME, DemoPlan.CLIENT_NAME, DemoPlan.WIFI);
        client.screenshot(new Page.ScreenshotOptions().setPath(BrowserPage.SCREENSHOTS.resolve("status-page-revoked.png")));
        Response unknown = freshContext(1280, 900, false).newPage()
                .navigate(server.server.uri() + "s/" + "A".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).as("a revoked link and an unknown one answer the same page").isEqualTo(afterRevoke.text());
        assertThat(withoutDate(unknown.headers())).isEqualTo(withoutDate(afterRevoke.headers()));
        assertThat(clientProblems.stream().filter(p -> !p.contains("status of 404"))).isEmpty();
    }

    @Test
    void theStatusPageReadsWellOnAPhoneAndPrinted() throws Exception {
        String address = createShareLinkOnThePlanPage();

        Page phone = freshContext(390, 844, true).newPage();
        assertThat(phone.navigate(address).status()).isEqualTo(200);
        assertThat(outcome(phone, DemoPlan.WIFI).isVisible()).isTrue();
        assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone's screen: the page does not scroll sideways").isTrue();
        Path phoneShot = BrowserPage.SCREENSHOTS.resolve("status-page-phone.png");
        Files.createDirectories(phoneShot.getParent());
        phone.screenshot(new Page.ScreenshotOptions().setPath(phoneShot).setFullPage(true));

        Page printed = freshContext(1280, 900, false).newPage();
        assertThat(printed.navigate(address).status()).isEqualTo(200);
        printed.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(printed.locator(".bc-status-checkins").isVisible()).as("check-ins are printed").isTrue();
        assertThat(printed.locator("article.bc-status-outcome").count()).isEqualTo(3);
        printed.screenshot(new Page.ScreenshotOptions().setPath(BrowserPage.SCREENSHOTS.resolve("status-page-print.png"))
                .setFullPage(true));
        Path pdf = BrowserPage.SCREENSHOTS.resolve("status-page.pdf");
        printed.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(clientProblems).as("script, CSP or console errors on the status page").isEmpty();
        assertThat(Files.size(phoneShot)).isGreaterThan(10_000);
    }

    /** On the plan page, as the editor: the share dialog, saved; returns the address shown once. */
    private String createShareLinkOnThePlanPage() {
        browser.open("plans/" + server.server.demoPlan().id());
        Page page = browser.page();
        Locator dialog = browser.openDialog(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create a share link")));
        assertThat(dialog.getByLabel("For whom (e.g. the client's name)").inputValue()).isEqualTo(DemoPlan.CLIENT_NAME);
        Response created = page.waitForResponse(response -> response.url().endsWith("/share-links")
                        && response.request().method().equals("POST"),
                () -> dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click());
        assertThat(created.status()).as(created.text()).isBetween(200, 201);
        Locator made = page.locator("dialog[data-share-made]");
        made.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        String address = made.locator("input[data-share-url]").inputValue();
        page.waitForNavigation(() -> made.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).last().click());
        assertThat(page.content()).as("the address is shown only once").doesNotContain(address.substring(address.length() - 43));
        assertThat(page.locator("table.bc-share-links tr.bc-share-link").count()).isGreaterThanOrEqualTo(1);
        return address;
    }

    /** On the plan page, as the editor: the newest link's Revoke button, confirmed. */
    private void revokeOnThePlanPage() {
        browser.open("plans/" + server.server.demoPlan().id());
        Page page = browser.page();
        page.onceDialog(dialog -> dialog.accept());
        Locator row = page.locator("table.bc-share-links tr.bc-share-link").first();
        page.waitForNavigation(() -> row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click());
        assertThat(page.locator("table.bc-share-links tr.bc-share-link").first().getAttribute("class")).contains("revoked");
    }

    private BrowserContext freshContext(int width, int height, boolean phone) {
        Browser chromium = browser.page().context().browser();
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB").setTimezoneId("UTC");
        if (phone) {
            options.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                    .setUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                            + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1");
        }
        BrowserContext context = chromium.newContext(options);
        context.setDefaultTimeout(15_000);
        clients.add(context);
        context.onPage(page -> {
            page.onPageError(error -> clientProblems.add("uncaught script error: " + error));
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) || "warning".equals(message.type())) {
                    clientProblems.add(message.type() + ": " + message.text());
                }
            });
        });
        return context;
    }

    private static Locator outcome(Page page, String words) {
        return page.locator("article.bc-status-outcome").filter(new Locator.FilterOptions()
                .setHas(page.locator("h3.bc-outcome-title").filter(new Locator.FilterOptions().setHasText(words))));
    }

    private static String stateOf(Page page, String words) {
        return outcome(page, words).locator(".bc-outcome-head .bc-state-name").textContent();
    }

    private static Map<String, String> withoutDate(Map<String, String> headers) {
        Map<String, String> copy = new java.util.TreeMap<>(headers);
        copy.remove("date");
        return copy;
    }
}
