package io.backcast.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import io.backcast.jira.JiraBackcastFixture;
import io.backcast.model.Deliverable;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.WorkLink;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.PlanService;
import io.backcast.store.Database;
import io.backcast.store.EntityManagerStore;
import io.backcast.store.SchemaMigrator;

/**
 * The plugin's client status page over real HTTP: the servlets as atlassian-plugin.xml mounts
 * them under a Jira context path, the core on a real H2 database, Jira's services mocked at
 * their interfaces.
 */
class JiraStatusServletTest {

    private static final Viewer ADA = new Viewer("JIRAUSER10100");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private EntityManagerStore store;
    private Server jetty;
    private URI base;
    private io.backcast.jira.JiraBackcast backcast;
    private int planId;

    @BeforeEach
    void jiraWithASharedPlan() throws Exception {
        store = EntityManagerStore.connect(new Database("jdbc:h2:mem:jira-status-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        new SchemaMigrator(store).migrate();
        backcast = JiraBackcastFixture.over(store, jira(), Clock.fixed(NOW, ZoneOffset.UTC));
        PlanService plans = new PlanService(store, backcast.work(), backcast.access(), backcast.clock(), PhraseBook.english());
        Plan plan = plans.savePlan(ADA, Plan.create("FIT", "Level 3 fit-out").withClientName("Acme Health"));
        planId = plan.id();
        Outcome wifi = plans.saveOutcome(ADA, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2026, 4, 3)));
        plans.saveDeliverable(ADA, Deliverable.create(wifi.id(), "Access points installed")
                .withWorkLinks(List.of(WorkLink.issue("NET-417"))));

        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/jira");
        context.addServlet(new ServletHolder(new JiraStatusServlet(backcast)), "/plugins/servlet/backcast/status/*");
        context.addServlet(new ServletHolder(new JiraStaticServlet()), "/plugins/servlet/backcast/static/*");
        jetty.setHandler(context);
        jetty.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/jira/plugins/servlet/backcast/");
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        store.close();
    }

    /** Ada may browse and administer FIT; NET-417 is hers to see, a done story with a distinctive key. */
    private JiraBackcastFixture.Jira jira() {
        JiraBackcastFixture.Jira jira = JiraBackcastFixture.Jira.mocked();
        ApplicationUser ada = mock(ApplicationUser.class);
        when(ada.isActive()).thenReturn(true);
        when(jira.users().getUserByKey(ADA.userKey())).thenReturn(ada);
        Project fit = mock(Project.class);
        when(jira.projects().getProjectObjByKey("FIT")).thenReturn(fit);
        when(jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, fit, ada)).thenReturn(true);
        when(jira.permissions().hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, fit, ada)).thenReturn(true);
        MutableIssue story = mock(MutableIssue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Story");
        Status status = mock(Status.class);
        StatusCategory done = mock(StatusCategory.class);
        when(done.getKey()).thenReturn("done");
        when(status.getStatusCategory()).thenReturn(done);
        when(story.getId()).thenReturn(10_417L);
        when(story.getKey()).thenReturn("NET-417");
        when(story.getIssueType()).thenReturn(type);
        when(story.getStatus()).thenReturn(status);
        when(story.getUpdated()).thenReturn(Timestamp.from(NOW));
        when(jira.issues().getIssueObject("NET-417")).thenReturn(story);
        when(jira.permissions().hasPermission(any(), any(Issue.class), any())).thenReturn(true);
        return jira;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String share() {
        return backcast.shares().create(ADA, planId, "Acme facilities team", null, Set.of()).token();
    }

    @Test
    void aShareLinkOpensTheOutcomeLevelPageWithoutALoginAndWithTheStatusHeaders() throws Exception {
        HttpResponse<String> page = get(base.resolve("status/" + share()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Level 3 fit-out", "Acme Health", "WiFi&#39;s up", "every deliverable is done")
                .doesNotContain("NET-417",
                "Access points installed", "JIRAUSER10100");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Robots-Tag")).contains("noindex");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'"));
    }

    @Test
    void theStylesheetThePageLinksIsServedUnderTheJiraContextPath() throws Exception {
        String body = get(base.resolve("status/" + share())).body();
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(body);

        assertThat(stylesheet.find()).isTrue();
        URI css = base.resolve("status/x").resolve(stylesheet.group(1));
        HttpResponse<String> answer = get(css);
        assertThat(css.getPath()).isEqualTo("/jira/plugins/servlet/backcast/static/backcast.css");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void unknownAndRevokedLinksAnswerTheSame404() throws Exception {
        String token = share();
        backcast.shares().revoke(ADA, backcast.shares().links(ADA, planId).get(0).id());

        HttpResponse<String> revoked = get(base.resolve("status/" + token));
        HttpResponse<String> unknown = get(base.resolve("status/" + "A".repeat(43)));

        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(unknown.body()).contains("This link does not open a status page");
    }

    @Test
    void bothServletsAreOpenToAnonymousUsersAsJiraTenRequires() {
        assertThat(JiraStatusServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isTrue();
        assertThat(JiraStaticServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isTrue();
    }
}
