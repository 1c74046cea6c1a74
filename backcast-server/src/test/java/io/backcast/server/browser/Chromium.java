package io.backcast.server.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Debian chromium, driven by Playwright, for the whole test run (kept in JUnit's
 * root store, closed when the run ends). Playwright never downloads a browser here: it is told
 * so ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}) and is pointed at the system's chromium.
 *
 * <p>Without chromium the browser tests fail when browsers are required (CI:
 * {@code BACKCAST_REQUIRE_BROWSERS=1} or {@code BACKCAST_REQUIRE_DATABASES=1}, or
 * {@code -Dbackcast.browsers.required=true}), unless {@code BACKCAST_BROWSERS_OPTIONAL=1} or
 * {@code -Dbackcast.browsers.optional=true} says they may be skipped; with none of these set
 * they are skipped, saying how to install chromium.
 */
final class Chromium implements AutoCloseable {

    static final String EXECUTABLE_PROPERTY = "backcast.chromium";
    static final String EXECUTABLE_ENV = "BACKCAST_CHROMIUM";
    static final String OPTIONAL_PROPERTY = "backcast.browsers.optional";
    static final String OPTIONAL_ENV = "BACKCAST_BROWSERS_OPTIONAL";
    static final String REQUIRED_PROPERTY = "backcast.browsers.required";
    static final String REQUIRED_ENV = "BACKCAST_REQUIRE_BROWSERS";
    static final String CI_ENV = "BACKCAST_REQUIRE_DATABASES";

    /** Headless as root in a sandbox with no network beyond loopback. */
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private final Playwright playwright;
    private final Browser browser;
    private final String version;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
        this.version = browser.version();
    }

    /** The run's chromium, launched at the first call; skips or fails the caller when there is none. */
    static Chromium shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, key -> launch(), Chromium.class);
    }

    Browser browser() {
        return browser;
    }

    String version() {
        return version;
    }

    private static Chromium launch() {
        Path executable = executable().orElse(null);
        if (executable == null) {
            String message = "The browser tests need Debian's chromium, and there is no `chromium` on the PATH"
                    + " (nor -D" + EXECUTABLE_PROPERTY + " / " + EXECUTABLE_ENV + "). Install it with"
                    + " `apt-get install -y chromium` (.ci/run does).";
            if (required()) {
                throw new AssertionError(message + " Browser tests are required here (" + whyRequired()
                        + "); set " + OPTIONAL_ENV + "=1 to skip them instead.");
            }
            Assumptions.abort(message + " Skipped: set " + REQUIRED_ENV + "=1 to make this a failure.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS)
                    .setTimeout(60_000));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new AssertionError("chromium at " + executable + " did not start under Playwright: " + e.getMessage(), e);
        }
    }

    /** -Dbackcast.chromium, $BACKCAST_CHROMIUM, else the first chromium on the PATH (what `command -v chromium` prints). */
    static Optional<Path> executable() {
        String configured = Optional.ofNullable(System.getProperty(EXECUTABLE_PROPERTY)).orElse(System.getenv(EXECUTABLE_ENV));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (!Files.isExecutable(path)) {
                throw new AssertionError(EXECUTABLE_PROPERTY + "/" + EXECUTABLE_ENV + " names " + path + ", which is not an executable file");
            }
            return Optional.of(path);
        }
        String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/local/bin:/usr/bin:/bin");
        return Stream.of("chromium", "chromium-browser")
                .flatMap(name -> Stream.of(searchPath.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, name)))
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path))
                .findFirst();
    }

    static boolean required() {
        if (flag(OPTIONAL_PROPERTY, OPTIONAL_ENV)) {
            return false;
        }
        return flag(REQUIRED_PROPERTY, REQUIRED_ENV) || flag(null, CI_ENV);
    }

    private static String whyRequired() {
        return flag(REQUIRED_PROPERTY, REQUIRED_ENV) ? REQUIRED_ENV + "=1 or -D" + REQUIRED_PROPERTY
                : CI_ENV + "=1, as in CI";
    }

    private static boolean flag(String property, String env) {
        String value = property == null ? null : System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes");
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
