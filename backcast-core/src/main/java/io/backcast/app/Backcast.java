package io.backcast.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpServletRequest;

import io.backcast.i18n.Languages;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;
import io.backcast.port.WorkSource;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.ShareService;
import io.backcast.web.RequestViewers;
import io.backcast.web.api.RestApi;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.PageText;
import io.backcast.web.page.Pages;
import io.backcast.web.status.ClientStatus;
import io.backcast.web.status.StatusEndpoint;
import io.backcast.web.status.StatusPages;
import io.backcast.web.status.StatusRateLimit;
import io.backcast.web.status.StatusServlet;

/**
 * Backcast assembled from a host's ports: the one place that builds the use cases, the pages,
 * the REST resources and the client status endpoint. Both hosts (the Jira plugin and the
 * standalone server) supply {@link Ports} and mount what this returns; neither composes a
 * service. Thread-safe; build one per host.
 *
 * <p><b>Languages.</b> Words come from the message bundle in the viewer's language
 * ({@link #viewers()}: the host tells the request's, this settles it on one the bundle has) with
 * the host's {@link Ports#locale()} as the fallback; pages are handed out per language
 * ({@link #pages(Locale)}). A client status page is in its share link's language.
 */
public final class Backcast {

    /**
     * What a host provides.
     *
     * @param store   storage and transactions (Active Objects)
     * @param work    Jira work as a viewer may see it
     * @param access  who may see and change which plan
     * @param clock   today and now, and the zone dates are read in
     * @param viewers who sent a request
     * @param locale  the default language of the pages and messages: the fallback when a request's
     *                language is not one the message bundle has
     */
    public record Ports(EntityStore store, WorkSource work, AccessPolicy access, Clock clock, RequestViewers viewers,
                        Locale locale) {

        public Ports {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(viewers, "viewers");
            Objects.requireNonNull(locale, "locale");
        }
    }

    private final Ports ports;
    private final Locale defaultLocale;
    private final RequestViewers viewers;
    private final PlanService plans;
    private final ShareService shares;
    private final CheckInService checkIns;
    private final ConcurrentMap<Locale, Pages> pages = new ConcurrentHashMap<>();

    private Backcast(Ports ports) {
        this.ports = ports;
        this.defaultLocale = Languages.supported(ports.locale(), Languages.DEFAULT);
        this.viewers = new SettledViewers(ports.viewers(), defaultLocale);
        PhraseBook phrases = new PhraseBook(defaultLocale, ports.clock().getZone());
        this.plans = new PlanService(ports.store(), ports.work(), ports.access(), ports.clock(), phrases);
        this.shares = new ShareService(ports.store(), plans, ports.access(), ports.clock(), phrases, new SecureRandom());
        this.checkIns = new CheckInService(ports.store(), ports.access(), ports.clock());
    }

    /** The host's viewers, with each request's language settled on one the bundle has (the default else). */
    private record SettledViewers(RequestViewers host, Locale fallback) implements RequestViewers {

        @Override
        public Viewer of(HttpServletRequest request) {
            Viewer viewer = host.of(request);
            return viewer == null ? null : viewer.withLocale(locale(request));
        }

        @Override
        public Locale locale(HttpServletRequest request) {
            return Languages.supported(host.locale(request), fallback);
        }
    }

    /** Builds Backcast over a host's ports. */
    public static Backcast assemble(Ports ports) {
        return new Backcast(Objects.requireNonNull(ports, "ports"));
    }

    public Clock clock() {
        return ports.clock();
    }

    /**
     * Who sent a request, as the host tells, and the language they read: always one the message
     * bundle has (the host's default when the request's is not), also on the viewer.
     */
    public RequestViewers viewers() {
        return viewers;
    }

    /** The language of a request's answer ({@link #viewers()}). */
    public Locale locale(HttpServletRequest request) {
        return viewers.locale(request);
    }

    /** The default language: the host's, when the bundle has it, else English. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** Plans, outcomes, deliverables, milestones, baselines, forecasts, and the plan page. */
    public PlanService plans() {
        return plans;
    }

    /** Share links and the client status they open. */
    public ShareService shares() {
        return shares;
    }

    /** Check-ins and reminders. */
    public CheckInService checkIns() {
        return checkIns;
    }

    /** The pages in the default language, rendered the same in both hosts. */
    public Pages pages() {
        return pages(defaultLocale);
    }

    /** The pages in a language: the bundle's closest to {@code locale}, the default when it has none; built once each. */
    public Pages pages(Locale locale) {
        return pages.computeIfAbsent(Languages.supported(locale, defaultLocale),
                language -> new Pages(language, ports.clock().getZone()));
    }

    /** The pages in the language of a request's sender ({@link #locale(HttpServletRequest)}). */
    public Pages pages(HttpServletRequest request) {
        return pages(locale(request));
    }

    /** The REST API's resource instances, to register under {@code /rest/backcast/1.0/}. */
    public List<Object> restResources() {
        return RestApi.resources(plans, shares, checkIns, viewers);
    }

    /**
     * The client status pages of share links, built on change ({@link ClientStatus#builtOnChange}),
     * each in its link's language.
     *
     * @param context where the status page finds its assets, as the host mounts them
     */
    public ClientStatus clientStatus(PageContext context) {
        return ClientStatus.builtOnChange(shares, this::pages, context, ports.clock());
    }

    /**
     * The client status endpoint as a host mounts it ({@link StatusServlet}).
     *
     * @param basePath      the host's base path as seen from a status page (relative, like {@code ..}, or
     *                      absolute, like {@code ""} for the root): the assets are under {@code basePath/static}
     * @param rateLimit     openings allowed per token and per address
     * @param notFoundFloor the least time a "no such link" answer takes
     */
    public StatusEndpoint statusEndpoint(String basePath, StatusRateLimit rateLimit, Duration notFoundFloor) {
        return new StatusEndpoint(clientStatus(new PageContext(basePath, null, null, null)), rateLimit, notFoundFloor,
                ports.clock(), new StatusPages(basePath + "/static", new PageText(defaultLocale)));
    }

    /** The client status endpoint with the default rate limits and 404 floor. */
    public StatusEndpoint statusEndpoint(String basePath) {
        return statusEndpoint(basePath, StatusRateLimit.DEFAULT, StatusServlet.DEFAULT_NOT_FOUND_FLOOR);
    }
}
