package io.backcast.web.page;

import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import io.backcast.model.Plan;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.PlanPageView;
import io.backcast.service.PlanService;
import io.backcast.service.PlanView;
import io.backcast.service.StatusView;

/**
 * Renders Backcast's pages, the same in both hosts: one Velocity 2.4 engine of our own with the
 * templates from the classpath ({@code io/backcast/web/templates/*.vm}), configured to behave
 * like the 1.x engines ({@code directive.if.empty_check=false}, {@code parser.space_gobbling=bc})
 * and strict, so a misspelt reference fails a test instead of printing itself. Every template
 * prints values only through {@link Html} ({@code $h}); words come from the message bundle
 * ({@code $t}, keys {@code page.*}). Thread-safe: build one and share it.
 */
public final class Pages {

    private static final String TEMPLATES = "io/backcast/web/templates/";

    private final VelocityEngine engine;
    private final Html html = new Html();
    private final PageText text;
    private final PhraseBook phrases;
    private final MilestonePanel panel;
    /** The client status page's words and panel: the client's register ({@link PageText#inClientWords}). */
    private final PageText clientText;
    private final MilestonePanel clientPanel;
    private final BurnUp burnUp;
    private final Locale locale;
    private final ZoneId zone;

    /** English pages, dates in UTC. */
    public Pages() {
        this(Locale.ENGLISH, ZoneOffset.UTC);
    }

    public Pages(Locale locale, ZoneId zone) {
        this.text = new PageText(locale);
        this.locale = text.locale();
        this.zone = zone;
        this.phrases = new PhraseBook(this.locale, zone);
        this.panel = new MilestonePanel(text, phrases, this.locale);
        this.clientText = PageText.inClientWords(this.locale);
        this.clientPanel = new MilestonePanel(clientText, phrases, this.locale);
        this.burnUp = new BurnUp(text, phrases, this.locale);
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty("resource.loader.class.modification_check_interval", "-1");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty("directive.if.empty_check", "false");
        properties.setProperty("parser.space_gobbling", "bc");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty("velocimacro.inline.replace_global", "true");
        this.engine = new VelocityEngine(properties);
        this.engine.init();
    }

    /** The language of these pages (one the message bundle has). */
    public Locale locale() {
        return locale;
    }

    /** The words of these pages, for a host's sentences around them (a refused login, an error page's message). */
    public PageText text() {
        return text;
    }

    /** The list of plans, each linking to {@code basePath/plans/{id}}. */
    public String planList(List<Plan> plans, PageContext ctx) {
        return render("plans.vm", ctx, Map.of("plans", List.copyOf(plans)));
    }

    /**
     * The plan page ({@link PlanService#page}): the plan with its milestone panel (the newest
     * baseline's dates as ghosts), each outcome's burn-up, its check-ins (and a form per outcome
     * and milestone the viewer may check in on), the reminder list and, for editors, the share
     * links with their create and revoke buttons.
     */
    public String plan(PlanPageView page, PageContext ctx) {
        PlanView view = page.plan();
        Markup timeline = new Markup(panel.svg(view, page.ghosts()));
        PlanPage model = PlanPage.of(view, text, phrases, timeline,
                o -> new Markup(burnUp.svg(o, page.burnUp(o.outcome().id()), view.today())));
        return render("plan.vm", ctx, Map.of("page", model,
                "sharing", SharingPage.of(view, page.sharing(), text, phrases, zone, locale)));
    }

    /**
     * The client status page a share link opens: outcome-level fields only, no script, no form,
     * no link to another page; readable on a phone and printed. Everything it shows comes from
     * the {@link StatusView} ({@code io.backcast.service.StatusViews} decides what that holds).
     */
    public String status(StatusView view, PageContext ctx) {
        Markup timeline = new Markup(clientPanel.svg(view));
        return render("status.vm", ctx, clientText,
                Map.of("page", StatusPage.of(view, clientText, phrases, timeline, zone, locale)));
    }

    /**
     * The login page; its form posts {@code username}, {@code password} and {@code csrf}
     * (= {@code ctx.csrfToken()}) to {@code basePath/login}.
     *
     * @param error what went wrong with the last attempt, or {@code null}
     */
    public String login(PageContext ctx, String error) {
        return render("login.vm", ctx, Map.of("error", error == null ? "" : error));
    }

    /** An error page for an HTTP status, with a message a person can read. */
    public String error(int status, String message, PageContext ctx) {
        String key = "page.error.title." + status;
        String title = text.has(key) ? text.get(key) : text.get("page.error.title");
        return render("error.vm", ctx, Map.of("status", String.valueOf(status), "title", title,
                "message", message == null || message.isBlank() ? text.get("page.error.message") : message));
    }

    private String render(String template, PageContext ctx, Map<String, Object> values) {
        return render(template, ctx, text, values);
    }

    private String render(String template, PageContext ctx, PageText words, Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        context.put("h", html);
        context.put("t", words);
        context.put("ctx", ctx == null ? new PageContext("", null, "", "") : ctx);
        values.forEach(context::put);
        Template compiled = engine.getTemplate(TEMPLATES + template, "UTF-8");
        StringWriter out = new StringWriter(16_384);
        compiled.merge(context, out);
        return out.toString();
    }
}
