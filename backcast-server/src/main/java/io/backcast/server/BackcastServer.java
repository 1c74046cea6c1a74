package io.backcast.server;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.app.Backcast;
import io.backcast.i18n.Languages;
import io.backcast.model.Plan;
import io.backcast.port.WorkSource;
import io.backcast.server.account.Accounts;
import io.backcast.server.account.LoginThrottle;
import io.backcast.server.account.PasswordHasher;
import io.backcast.server.account.RoleAccessPolicy;
import io.backcast.server.account.Sessions;
import io.backcast.server.account.UserAccountEntity;
import io.backcast.server.account.UserSessionEntity;
import io.backcast.server.demo.DemoPlan;
import io.backcast.server.demo.DemoWorkSource;
import io.backcast.server.web.ErrorServlet;
import io.backcast.server.web.HealthServlet;
import io.backcast.server.web.JsonExceptionMapper;
import io.backcast.server.web.LoginServlet;
import io.backcast.server.web.LogoutServlet;
import io.backcast.server.web.PageServlet;
import io.backcast.server.web.SecurityFilter;
import io.backcast.server.web.ServerErrors;
import io.backcast.server.web.SessionResource;
import io.backcast.server.web.SessionViewers;
import io.backcast.server.web.UsersResource;
import io.backcast.web.page.StaticServlet;
import io.backcast.server.web.Web;
import io.backcast.service.ShareService;
import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.SchemaMigrator;
import io.backcast.web.status.StatusEndpoint;
import io.backcast.web.status.StatusPages;
import io.backcast.web.status.StatusServlet;

/**
 * The standalone server, assembled: the database migrated, the first administrator, the plan
 * service, and Jetty with the pages, the REST API and the login. {@link #close()} stops it
 * gracefully: no new connections, requests in flight finish (up to 10 s), then the database
 * is closed.
 */
public final class BackcastServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackcastServer.class);
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    /** No request body is bigger (a plan's JSON is a few KiB); larger ones are refused with 413. */
    private static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /**
     * Jersey (java.util.logging) warns at every start that resource instances "do not implement
     * any provider interfaces" (they are registered as resources all the same) and that
     * jakarta.activation is absent (no API answers a DataSource). Strong references keep the levels.
     */
    private static final List<java.util.logging.Logger> QUIETENED = List.of(
            quieten("org.glassfish.jersey.internal.inject.Providers"),
            quieten("org.glassfish.jersey.message.internal.MessagingBinders"));

    private final ServerSettings settings;
    /** JDBC connections shared by all requests: enough for Jetty's busy threads on 2 cores. */
    private static final int POOL_SIZE = 10;

    private final AtomicBoolean closed = new AtomicBoolean();
    private Connection keeper;
    private EntityManagerStore store;
    private Accounts accounts;
    private Server jetty;
    private ServerConnector connector;
    private Plan demoPlan;
    private Backcast core;

    private BackcastServer(ServerSettings settings) {
        this.settings = settings;
    }

    /** Starts a server; on failure everything it opened is closed again. */
    public static BackcastServer start(ServerSettings settings) throws Exception {
        BackcastServer server = new BackcastServer(settings);
        try {
            server.open();
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private void open() throws Exception {
        Database database = settings.database();
        if (isEmbeddedH2(database.url())) {
            // an embedded H2 database lives while a connection is open: this one, until close()
            keeper = DriverManager.getConnection(database.url(), database.user(), database.password());
        }
        store = EntityManagerStore.connect(database, new ConnectionPool(database, POOL_SIZE));
        new SchemaMigrator(store).migrate();
        store.migrate(UserAccountEntity.class, UserSessionEntity.class);

        accounts = new Accounts(store, new PasswordHasher(), settings.clock());
        announce(accounts.bootstrap(settings.adminPassword())); // at once: a later failure must not lose the password

        LocalDate today = LocalDate.now(settings.clock());
        Instant now = settings.clock().instant();
        WorkSource work = (links, viewer) -> List.of(); // no Jira connector yet: only the demo has work
        if (settings.demo()) {
            demoPlan = DemoPlan.install(store, today);
            work = new DemoWorkSource(now);
        }
        core = Backcast.assemble(new Backcast.Ports(store, work, new RoleAccessPolicy(accounts), settings.clock(),
                new SessionViewers(), Languages.DEFAULT));
        startJetty(new Sessions(store, settings.clock(), settings.sessionLifetime()));

        URI uri = uri();
        settings.out().println("Backcast is running at " + uri);
        settings.out().println("  database: " + describe(database));
        if (demoPlan != null) {
            settings.out().println("  demo plan: " + uri.resolve("plans/" + demoPlan.id()));
        }
        settings.out().flush();
    }

    private void announce(Accounts.Bootstrap bootstrap) {
        if (!bootstrap.created()) {
            return;
        }
        settings.out().println("First start: created the administrator account '" + Accounts.BOOTSTRAP_ADMIN + "'.");
        if (bootstrap.generatedPassword() != null) {
            settings.out().println("  username: " + Accounts.BOOTSTRAP_ADMIN);
            settings.out().println("  password: " + bootstrap.generatedPassword());
            settings.out().println("This password is shown only this once: keep it somewhere safe.");
        } else {
            settings.out().println("  Its password is the one in BACKCAST_ADMIN_PASSWORD.");
        }
        settings.out().println();
        settings.out().flush();
    }

    private void startJetty(Sessions sessions) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("backcast-http");
        jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.NO_SESSIONS);
        context.addFilter(new FilterHolder(new SecurityFilter(sessions, core)), "/*", EnumSet.of(DispatcherType.REQUEST));

        ServletHolder pageHolder = new ServletHolder("pages", new PageServlet(core));
        context.getServletHandler().addServlet(pageHolder);
        ServletMapping pagePaths = new ServletMapping();
        pagePaths.setServletName("pages");
        pagePaths.setPathSpecs(new String[] {"", "/plans/*"});
        context.getServletHandler().addServletMapping(pagePaths);

        context.addServlet(new ServletHolder("login", new LoginServlet(accounts, sessions, new LoginThrottle(settings.clock()), core)), "/login");
        context.addServlet(new ServletHolder("logout", new LogoutServlet(sessions)), "/logout");
        context.addServlet(new ServletHolder("healthz", new HealthServlet()), "/healthz");
        StatusEndpoint status = core.statusEndpoint("", settings.statusRateLimit(), settings.statusNotFoundFloor());
        StatusPages statusPages = status.neutral();
        context.addServlet(new ServletHolder("status", new StatusServlet(status)), "/s/*");
        ServletHolder assets = new ServletHolder("static", new StaticServlet());
        context.getServletHandler().addServlet(assets);
        ServletMapping assetPaths = new ServletMapping();
        assetPaths.setServletName("static");
        assetPaths.setPathSpecs(new String[] {"/static/*", "/favicon.ico"});
        context.getServletHandler().addServletMapping(assetPaths);
        // everything else, and every error Jetty answers itself
        context.addServlet(new ServletHolder("errors", new ErrorServlet(core, statusPages)), "/");
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, "/error");
        context.setErrorHandler(errors);

        ResourceConfig api = new ResourceConfig();
        core.restResources().forEach(api::register);
        api.register(new UsersResource(accounts, core.viewers()));
        api.register(new SessionResource(core.viewers()));
        api.register(new JsonExceptionMapper(core.viewers()));
        api.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        api.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        api.property(ServerProperties.BV_FEATURE_DISABLE, true);
        ServletHolder rest = new ServletHolder("rest", new ServletContainer(api));
        rest.setInitOrder(0);
        context.addServlet(rest, Web.REST_PREFIX + "/*");

        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
        limit.setHandler(context);
        jetty.setHandler(new GracefulHandler(limit));
        jetty.setErrorHandler(new ServerErrors(core, statusPages));
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        jetty.start();
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The server's address, e.g. {@code http://localhost:8080/}. */
    public URI uri() {
        String host = settings.host() == null || settings.host().isBlank() || settings.host().equals("0.0.0.0")
                ? "localhost" : settings.host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The demo plan when started with {@code demo}, else {@code null}. */
    public Plan demoPlan() {
        return demoPlan;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Share links and the client status pages they open. */
    public ShareService shares() {
        return core.shares();
    }

    public EntityManagerStore store() {
        return store;
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops gracefully (idempotent): Jetty first, requests in flight finish, then the database. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.warn("Jetty did not stop cleanly: {}", e.toString());
            }
        }
        if (store != null) {
            store.close();
        }
        if (keeper != null) {
            try (Statement shutdown = keeper.createStatement()) {
                shutdown.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("H2 did not shut down cleanly: {}", e.getMessage());
            }
            try {
                keeper.close();
            } catch (SQLException e) {
                // already closed by SHUTDOWN
            }
        }
    }

    private static java.util.logging.Logger quieten(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** An H2 database in this JVM (file or memory), not one reached over TCP. */
    static boolean isEmbeddedH2(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    private static String describe(Database database) {
        String url = database.url();
        int settingsStart = url.indexOf(';');
        return switch (database.kind()) {
            case H2 -> "H2 " + (settingsStart < 0 ? url : url.substring(0, settingsStart)).substring("jdbc:h2:".length());
            case POSTGRESQL -> "PostgreSQL " + url.replaceAll("(?i)password=[^&;]*", "password=***");
            case MARIADB -> "MariaDB " + url.replaceAll("(?i)password=[^&;]*", "password=***");
        };
    }
}
