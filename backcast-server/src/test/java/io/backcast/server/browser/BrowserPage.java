package io.backcast.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A fresh browser context and page for every test, against a test server, with the few steps
 * every browser test takes: log in through the form, open a page, open a dialog, save a form
 * and wait for the reload, take a screenshot. Register it as a static field
 * ({@code @RegisterExtension static final BrowserPage browser = ...}) so that chromium is
 * checked (skip or fail, see {@link Chromium}) before the class starts its server.
 *
 * <p>A test fails when the page had an uncaught script error or logged a console error (a
 * Content-Security-Policy violation, a failed request); when a test fails, a screenshot of the
 * page goes to {@code target/screenshots/failures/}.
 */
final class BrowserPage implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Path FAILURES = SCREENSHOTS.resolve("failures");
    private static final AtomicBoolean OLD_FAILURES_CLEARED = new AtomicBoolean();
    private static final String REST = "/rest/backcast/1.0/";

    private final Supplier<URI> server;
    private final List<String> problems = new ArrayList<>();
    private boolean refusalsExpected;
    private Chromium chromium;
    private String unavailable;
    private BrowserContext context;
    private Page page;

    /** {@code server}: the base address of the server under test, asked for at each test. */
    BrowserPage(Supplier<URI> server) {
        this.server = server;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        try {
            chromium = Chromium.shared(extension);
        } catch (TestAbortedException noChromium) {
            // skip each test with the reason (a class skipped as a whole shows in Maven as "Tests run: 0")
            unavailable = noChromium.getMessage();
            return;
        }
        if (OLD_FAILURES_CLEARED.compareAndSet(false, true)) {
            clearOldFailures();
        }
    }

    /** Screenshots of an earlier run's failures would mislead: they go at the run's first browser test. */
    private static void clearOldFailures() {
        if (!Files.isDirectory(FAILURES)) {
            return;
        }
        try (Stream<Path> old = Files.list(FAILURES)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        problems.clear();
        refusalsExpected = false;
        context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(server.get().toString())
                .setViewportSize(1280, 900)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(20_000);
        page = context.newPage();
        page.onPageError(error -> problems.add("uncaught script error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !(refusalsExpected && isRefusal(message))) {
                problems.add("console error: " + message.text() + " at " + message.location());
            }
        });
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent()) {
            if (page != null && !page.isClosed()) {
                try {
                    screenshot(FAILURES.getFileName() + "/" + extension.getRequiredTestClass().getSimpleName() + "-"
                            + extension.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    extension.getExecutionException().get().addSuppressed(e); // keep the test's own failure first
                }
            }
            return;
        }
        assertThat(problems).as("script or console errors in the browser").isEmpty();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
        }
        context = null;
        page = null;
    }

    /** From now on in this test, a 4xx answer of the server (which chromium logs as a console error) is expected. */
    void expectRefusals() {
        refusalsExpected = true;
    }

    /** Chromium logs a 4xx answer (to a fetch or a form post) as a failed resource load. */
    private static boolean isRefusal(ConsoleMessage message) {
        return message.text().matches("Failed to load resource: the server responded with a status of 4\\d\\d.*");
    }

    Page page() {
        return page;
    }

    /** Logs in through the login page and waits for the page it leads to (the plan list). */
    void logIn(String username, String password) {
        page.navigate("login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        loadAfter(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click());
        assertThat(page.url()).as("where the login led").doesNotContain("/login");
    }

    /**
     * Runs an action that makes the page load a document (a link, a form post, the script's reload
     * after a save) and waits until that document has loaded. Playwright deprecates
     * waitForNavigation for waitForURL, but a reload keeps the URL, which waitForURL cannot tell apart.
     */
    @SuppressWarnings("deprecation")
    void loadAfter(Runnable action) {
        page.waitForNavigation(action);
    }

    /** Opens a page of the server (a path relative to its base, e.g. {@code plans/3}) and waits for it to load. */
    Response open(String path) {
        Response response = page.navigate(path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        return response;
    }

    /** Clicks a button that opens a dialog ({@code data-open}) and returns the open dialog. */
    Locator openDialog(Locator button) {
        String id = button.getAttribute("data-open");
        assertThat(id).as("the button opens a dialog").isNotBlank();
        button.click();
        Locator dialog = page.locator("dialog#" + id);
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return dialog;
    }

    /** Saves the dialog's form: the REST call must succeed, then the script reloads the page; waits for the reload. */
    void saveAndWaitForReload(Locator dialog) {
        loadAfter(() -> {
            Response answer = page.waitForResponse(response -> response.url().contains(REST),
                    () -> dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click());
            if (!answer.ok()) { // the body only now: after a success the page reloads and it is gone
                throw new AssertionError(answer.request().method() + " " + answer.url() + " answered " + answer.status()
                        + ": " + answer.text());
            }
        });
    }

    /** Saves the dialog's form expecting the API to refuse it; returns the inline error the script shows. */
    Locator saveExpectingRefusal(Locator dialog) {
        expectRefusals();
        Response answer = page.waitForResponse(response -> response.url().contains(REST),
                () -> dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click());
        if (answer.status() < 400 || answer.status() > 499) { // never read a body after a success: the page reloads
            throw new AssertionError(answer.request().method() + " " + answer.url() + " answered " + answer.status()
                    + ", not the refusal (4xx) the test expects");
        }
        Locator error = dialog.locator(".bc-field-error");
        error.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return error;
    }

    /** Reloads the page (as a user pressing F5 would) and waits for it. */
    void reload() {
        page.reload();
    }

    /** A full-page screenshot into target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
