package io.backcast.server.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.app.Backcast;
import io.backcast.model.NotFoundException;
import io.backcast.port.Viewer;
import io.backcast.web.Failure;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.Pages;

/**
 * The pages: {@code /} lists the plans the viewer may see, {@code /plans/{id}} shows one
 * ({@code PlanService.page}: one use case, one transaction). A plan that does not exist or that
 * the viewer may not see is the same 404 page. In the language the browser asks for
 * ({@link Backcast#pages(HttpServletRequest)}).
 */
public final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    private static final Pattern PLAN = Pattern.compile("/plans/([1-9][0-9]{0,8})");

    private final transient Backcast backcast;

    public PageServlet(Backcast backcast) {
        this.backcast = backcast;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = backcast.viewers().of(request);
        PageContext context = Web.pageContext(request);
        Pages pages = backcast.pages(request);
        String path = Web.path(request);
        try {
            if (path.equals("/")) {
                Web.html(response, 200, pages.planList(backcast.plans().plans(viewer), context));
                return;
            }
            Matcher plan = PLAN.matcher(path);
            if (plan.matches()) {
                Web.html(response, 200, pages.plan(backcast.plans().page(viewer, Integer.parseInt(plan.group(1))), context));
                return;
            }
            Web.html(response, 404, pages.error(404, Failure.of(404, null, pages.locale()).message(), context));
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e, pages.locale());
            if (failure.unexpected()) {
                LOG.error("page {} failed", path, e);
            } else if (failure.status() == 503) {
                LOG.warn("page {} failed: {}", path, e.getMessage());
            }
            String message = e instanceof NotFoundException ? pages.text().get("page.error.noSuchPlan") : failure.message();
            Web.html(response, failure.status(), pages.error(failure.status(), message, context));
        }
    }
}
