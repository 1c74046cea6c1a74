package io.backcast.server.browser;

import static io.backcast.server.HttpTestClient.REST;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.demo.DemoPlan;

/** Logging in through the login page, and what a viewer may do on a plan page, in headless chromium. */
class LoginAndRolesInBrowserTest {

    private static TestServer server;

    @RegisterExtension
    static final BrowserPage browser = new BrowserPage(() -> server.server.uri());

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.inMemory(), true, TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void adminLogsInThroughTheLoginPageAndLandsOnThePlanList() {
        Page page = browser.page();
        page.navigate("");
        assertThat(page.url()).as("an anonymous visit is sent to the login page").endsWith("/login");

        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("not-the-password");
        browser.expectRefusals(); // the failed login answers 401
        browser.loadAfter(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click());
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Wrong username or password.");

        browser.logIn("admin", TestServer.ADMIN_PASSWORD);

        assertThat(page.url()).isEqualTo(server.server.uri().toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plans").setLevel(1)).isVisible()).isTrue();
        assertThat(page.locator(".bc-user-name").textContent()).contains("Signed in as", "admin");
        Locator demo = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoPlan.PLAN_NAME));
        assertThat(demo.getAttribute("href")).endsWith("/plans/" + server.server.demoPlan().id());

        browser.loadAfter(demo::click);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo(DemoPlan.PLAN_NAME);
    }

    @Test
    void viewerSeesThePlanButNoEditButtons() {
        HttpTestClient admin = server.admin();
        HttpResponse<String> created = admin.post(REST + "users",
                "{\"username\":\"vera\",\"password\":\"vera-password-1\",\"role\":\"VIEWER\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.logIn("vera", "vera-password-1");
        Page page = browser.page();
        assertThat(page.locator(".bc-user-name").textContent()).contains("vera");
        browser.loadAfter(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoPlan.PLAN_NAME)).click());

        assertThat(page.locator("h3.bc-outcome-title").allTextContents())
                .containsExactly(DemoPlan.WIFI, DemoPlan.MACHINES, DemoPlan.WEB_SERVERS);
        assertThat(page.locator("svg.bc-timeline g.bc-tl-row").count()).isEqualTo(10);
        assertThat(page.locator(".bc-milestone-table tbody tr").count()).isEqualTo(10);
        assertThat(page.locator(".bc-edit").count()).as("edit controls shown to a viewer").isZero();
        assertThat(page.locator("dialog[id^=bc-o-], dialog[id^=bc-d-], dialog[id^=bc-m-]").count())
                .as("outcome, deliverable and milestone forms in a viewer's page").isZero();
        assertThat(page.locator("[data-delete]").count()).as("delete buttons").isZero();
        for (String label : new String[] {"Add outcome", "Edit outcome", "Add deliverable", "Add milestone", "Edit", "Delete"}) {
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).count())
                    .as("buttons named %s", label).isZero();
        }
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).isVisible()).isTrue();
        browser.screenshot("demo-plan-as-viewer");
    }
}
