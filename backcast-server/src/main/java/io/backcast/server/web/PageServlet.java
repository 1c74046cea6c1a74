package io.backcast.server.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.port.StoreException;
import io.backcast.port.Viewer;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.PlanView;
import io.backcast.service.ShareService;
import io.backcast.store.NotFoundException;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.Pages;
import io.backcast.web.page.PlanSharing;

/**
 * The pages: {@code /} lists the plans the viewer may see, {@code /plans/{id}} shows one with its
 * check-ins, reminders and (for editors) share links. A plan that does not exist or that the
 * viewer may not see is the same 404 page.
 */
public final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    private static final Pattern PLAN = Pattern.compile("/plans/([1-9][0-9]{0,8})");

    private final transient PlanService plans;
    private final transient ShareService shares;
    private final transient CheckInService checkIns;
    private final transient Pages pages;
    private final transient SessionViewers viewers = new SessionViewers();

    public PageServlet(PlanService plans, ShareService shares, CheckInService checkIns, Pages pages) {
        this.plans = plans;
        this.shares = shares;
        this.checkIns = checkIns;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = viewers.of(request);
        PageContext context = Web.pageContext(request);
        String path = Web.path(request);
        try {
            if (path.equals("/")) {
                Web.html(response, 200, pages.planList(plans.plans(viewer), context));
                return;
            }
            Matcher plan = PLAN.matcher(path);
            if (plan.matches()) {
                int planId = Integer.parseInt(plan.group(1));
                PlanView view = plans.view(viewer, planId);
                List<BaselineDate> ghosts = plans.baselines(viewer, planId).stream().findFirst()
                        .map(Baseline::dates).orElse(List.of());
                PlanSharing sharing = PlanSharing.load(viewer, view, shares, checkIns);
                Web.html(response, 200, pages.plan(view, context, ghosts, sharing));
                return;
            }
            Web.html(response, 404, pages.error(404, "There is no such page.", context));
        } catch (NotFoundException e) {
            Web.html(response, 404, pages.error(404, "There is no such plan, or you may not see it.", context));
        } catch (StoreException e) {
            LOG.warn("page {} failed: {}", path, e.getMessage());
            Web.html(response, 503, pages.error(503, "The database could not answer; try again.", context));
        } catch (RuntimeException e) {
            LOG.error("page {} failed", path, e);
            Web.html(response, 500, pages.error(500, "Something went wrong on our side.", context));
        }
    }
}
