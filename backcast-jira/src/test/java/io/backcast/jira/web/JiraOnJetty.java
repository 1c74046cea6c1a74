package io.backcast.jira.web;

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
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import io.backcast.jira.JiraBackcast;
import io.backcast.jira.JiraBackcastFixture;
import io.backcast.jira.rest.JiraCheckInsResource;
import io.backcast.jira.rest.JiraPlanCheckInsResource;
import io.backcast.jira.rest.JiraPlanItemsResource;
import io.backcast.jira.rest.JiraPlanShareLinksResource;
import io.backcast.jira.rest.JiraPlansResource;
import io.backcast.jira.rest.JiraRemindersResource;
import io.backcast.jira.rest.JiraShareLinksResource;
import io.backcast.port.Viewer;
import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.SchemaMigrator;

/**
 * The plugin's servlets and REST resources as atlassian-plugin.xml mounts them under a Jira
 * context path ({@code /jira}), over real HTTP: the core on a real H2 database, Jira's services
 * mocked at their interfaces. Ada administers project FIT; Rita may only browse it; NET-417 is a
 * done story both may see. Who is logged in is {@link #logIn}'s to say.
 */
final class JiraOnJetty implements AutoCloseable {

    static final Viewer ADA = new Viewer("JIRAUSER10100");
    static final Viewer RITA = new Viewer("JIRAUSER10101");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JiraBackcastFixture.Jira jira = JiraBackcastFixture.Jira.mocked();
    private final EntityManagerStore store;
    private final JiraBackcast backcast;
    private final Server jetty;
    private final URI root;

    JiraOnJetty() throws Exception {
        store = EntityManagerStore.connect(new Database("jdbc:h2:mem:jira-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        new SchemaMigrator(store).migrate();
        teachJira();
        backcast = JiraBackcastFixture.over(store, jira, Clock.fixed(NOW, ZoneOffset.UTC));

        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/jira");
        context.addServlet(new ServletHolder(new JiraStatusServlet(backcast)), "/plugins/servlet/backcast/status/*");
        context.addServlet(new ServletHolder(new JiraStaticServlet()), "/plugins/servlet/backcast/static/*");
        ResourceConfig rest = new ResourceConfig();
        rest.register(new JiraPlansResource(backcast));
        rest.register(new JiraPlanItemsResource(backcast));
        rest.register(new JiraPlanShareLinksResource(backcast));
        rest.register(new JiraShareLinksResource(backcast));
        rest.register(new JiraCheckInsResource(backcast));
        rest.register(new JiraPlanCheckInsResource(backcast));
        rest.register(new JiraRemindersResource(backcast));
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/backcast/1.0/*");
        jetty.setHandler(context);
        jetty.start();
        root = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/jira/");
    }

    private void teachJira() {
        ApplicationUser ada = user(ADA);
        ApplicationUser rita = user(RITA);
        Project fit = mock(Project.class);
        when(jira.projects().getProjectObjByKey("FIT")).thenReturn(fit);
        when(jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, fit, ada)).thenReturn(true);
        when(jira.permissions().hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, fit, ada)).thenReturn(true);
        when(jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, fit, rita)).thenReturn(true);
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
    }

    private ApplicationUser user(Viewer viewer) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(viewer.userKey());
        when(user.isActive()).thenReturn(true);
        when(jira.users().getUserByKey(viewer.userKey())).thenReturn(user);
        return user;
    }

    /** Who Jira says sent the next requests; {@code null}: nobody is logged in. */
    void logIn(Viewer viewer) {
        ApplicationUser user = viewer == null ? null : jira.users().getUserByKey(viewer.userKey());
        when(jira.authentication().getLoggedInUser()).thenReturn(user);
    }

    JiraBackcast backcast() {
        return backcast;
    }

    /** An address below Jira's root, e.g. {@code plugins/servlet/backcast/status/…}. */
    URI at(String path) {
        return root.resolve(path);
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(at(path));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(at(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(at(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        store.close();
    }
}
