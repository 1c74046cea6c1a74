package io.backcast.web.page;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.backcast.rollup.BurnUpSeries;
import io.backcast.rollup.BurnUpSeries.Step;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.OutcomeView;

/**
 * Draws an outcome's burn-up ({@link BurnUpSeries}, computed by the roll-up) as an SVG: the
 * cumulative share of its scope that is done, over time, against its total scope (100 %), with
 * its needed-by date and today marked, and the pace still needed from today to the needed-by
 * date. The SVG's description states the series' approximation (a done item counts from the
 * day it was last updated; the scope is today's).
 */
public final class BurnUp {

    static final double WIDTH = 420;
    static final double HEIGHT = 200;
    private static final double LEFT = 44;
    private static final double RIGHT = WIDTH - 14;
    private static final double TOP = 26;
    private static final double BOTTOM = HEIGHT - 34;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private final PageText text;
    private final PhraseBook phrases;
    private final Locale locale;

    /** English, dates in UTC. */
    public BurnUp() {
        this(Locale.ENGLISH, ZoneOffset.UTC);
    }

    public BurnUp(Locale locale, ZoneId zone) {
        this(new PageText(locale), new PhraseBook(locale, zone), locale);
    }

    BurnUp(PageText text, PhraseBook phrases, Locale locale) {
        this.text = text;
        this.phrases = phrases;
        this.locale = locale;
    }

    /** The burn-up of one outcome as it stands on {@code today}. */
    public String svg(OutcomeView outcome, BurnUpSeries series, LocalDate today) {
        String id = "bc-bu-" + outcome.outcome().id();
        LocalDate neededBy = outcome.outcome().neededBy();
        List<Step> steps = series.steps();
        boolean measured = series.measured();
        double doneShare = series.doneShare();

        LocalDate earliest = today.minusDays(14);
        LocalDate latest = neededBy.isAfter(today) ? neededBy : today;
        if (!steps.isEmpty() && steps.get(0).day().isBefore(earliest)) {
            earliest = steps.get(0).day();
        }
        if (neededBy.isBefore(earliest)) {
            earliest = neededBy;
        }
        if (outcome.forecast() != null && outcome.forecast().forecast() != null && outcome.forecast().forecast().isAfter(latest)) {
            latest = outcome.forecast().forecast();
        }
        LocalDate[] range = TimeAxis.range(earliest, latest, 14);
        TimeAxis axis = new TimeAxis(range[0], range[1], LEFT, RIGHT, locale);

        String percent = phrases.percent(doneShare);
        String summary = measured
                ? text.fill("page.burnup.summary", Map.of("outcome", outcome.outcome().phrase(), "percent", percent,
                "neededBy", phrases.date(neededBy, today)))
                : text.fill("page.burnup.summaryUnmeasured", Map.of("outcome", outcome.outcome().phrase()));

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bc-burnup", "viewBox",
                "0 0 " + Svg.number(WIDTH) + " " + Svg.number(HEIGHT), "width", Svg.number(WIDTH), "height", Svg.number(HEIGHT),
                "role", "img", "aria-label", summary, "aria-describedby", id + "-desc", "font-family", FONT,
                "font-size", "11", "data-outcome-id", outcome.outcome().id());
        svg.text("title", text.fill("page.burnup.title", Map.of("outcome", outcome.outcome().phrase())), "id", id + "-title");
        svg.text("desc", summary + " " + text.get("page.burnup.approximation"), "id", id + "-desc").newline();
        svg.empty("rect", "x", 0, "y", 0, "width", Svg.number(WIDTH), "height", Svg.number(HEIGHT), "fill", "#ffffff");

        // y grid: 0, 50, 100 %
        svg.open("g", "class", "bc-bu-grid", "fill", MilestonePanel.MUTED);
        for (int p = 0; p <= 100; p += 50) {
            double y = y(p / 100.0);
            svg.empty("line", "x1", Svg.number(LEFT), "y1", Svg.number(y), "x2", Svg.number(RIGHT), "y2", Svg.number(y),
                    "stroke", MilestonePanel.GRID);
            svg.text("text", phrases.percent(p / 100.0), "x", Svg.number(LEFT - 6), "y", Svg.number(y + 4), "text-anchor", "end");
        }
        List<TimeAxis.Tick> ticks = axis.ticks();
        int every = Math.max(1, (int) Math.ceil(ticks.size() / 5.0));
        for (int i = 0; i < ticks.size(); i += every) {
            TimeAxis.Tick tick = ticks.get(i);
            svg.empty("line", "x1", Svg.number(tick.x()), "y1", Svg.number(BOTTOM), "x2", Svg.number(tick.x()),
                    "y2", Svg.number(BOTTOM + 4), "stroke", "#9aa1ab");
            if (tick.x() < RIGHT - 16 && tick.x() > LEFT + 14) {
                svg.text("text", tick.label(), "x", Svg.number(tick.x()), "y", Svg.number(BOTTOM + 16), "text-anchor", "middle");
            }
        }
        svg.close("g").newline();

        if (!measured) {
            svg.text("text", text.get("page.burnup.unmeasured"), "x", Svg.number((LEFT + RIGHT) / 2), "y", Svg.number(y(0.5) + 4),
                    "text-anchor", "middle", "fill", MilestonePanel.MUTED, "font-size", "12", "class", "bc-bu-empty");
        } else {
            // scope
            svg.empty("line", "class", "bc-bu-scope", "x1", Svg.number(LEFT), "y1", Svg.number(y(1)), "x2", Svg.number(RIGHT),
                    "y2", Svg.number(y(1)), "stroke", MilestonePanel.INK, "stroke-width", "1.5", "stroke-dasharray", "6 3");
            svg.text("text", text.get("page.burnup.scope"), "x", Svg.number(LEFT + 4), "y", Svg.number(y(1) - 5),
                    "fill", MilestonePanel.INK);
            // done: a step line from the start to today, and the area under it
            StringBuilder line = new StringBuilder("M" + Svg.number(LEFT) + " " + Svg.number(y(0)));
            double cumulative = 0;
            double lastX = LEFT;
            for (Step step : steps) {
                double x = Math.max(LEFT, axis.endOf(step.day()));
                cumulative = Math.min(1, cumulative + step.share());
                line.append("H").append(Svg.number(x)).append("V").append(Svg.number(y(cumulative)));
                lastX = x;
            }
            double todayX = Math.max(lastX, axis.endOf(today));
            line.append("H").append(Svg.number(todayX));
            String area = line + "V" + Svg.number(y(0)) + "Z";
            svg.empty("path", "class", "bc-bu-area", "d", area, "fill", MilestonePanel.FORECAST, "fill-opacity", "0.14");
            svg.empty("path", "class", "bc-bu-done", "d", line.toString(), "fill", "none", "stroke", MilestonePanel.FORECAST,
                    "stroke-width", "2.2", "stroke-linejoin", "round");
            svg.empty("circle", "cx", Svg.number(todayX), "cy", Svg.number(y(cumulative)), "r", "3.5",
                    "fill", MilestonePanel.FORECAST);
            // the pace still needed: from today's share to all of it by the needed-by date
            if (neededBy.isAfter(today) && cumulative < 1) {
                svg.empty("line", "class", "bc-bu-pace", "x1", Svg.number(todayX), "y1", Svg.number(y(cumulative)),
                        "x2", Svg.number(axis.endOf(neededBy)), "y2", Svg.number(y(1)), "stroke", MilestonePanel.MUTED,
                        "stroke-width", "1.2", "stroke-dasharray", "2 3");
            }
        }
        // needed-by and today
        double nx = axis.endOf(neededBy);
        svg.open("g", "class", "bc-bu-needed-by");
        svg.empty("line", "x1", Svg.number(nx), "y1", Svg.number(TOP - 8), "x2", Svg.number(nx), "y2", Svg.number(BOTTOM),
                "stroke", MilestonePanel.NEEDED_BY, "stroke-width", "1.5", "stroke-dasharray", "5 3");
        boolean nearRight = nx > (LEFT + RIGHT) / 2;
        svg.text("text", text.fill("page.burnup.neededBy", Map.of("date", phrases.date(neededBy, today))),
                "x", Svg.number(nearRight ? nx - 4 : nx + 4), "y", Svg.number(TOP - 12), "text-anchor", nearRight ? "end" : "start",
                "fill", MilestonePanel.NEEDED_BY, "font-weight", "600");
        svg.close("g");
        double tx = axis.x(today);
        svg.open("g", "class", "bc-bu-today");
        svg.empty("line", "x1", Svg.number(tx), "y1", Svg.number(TOP), "x2", Svg.number(tx), "y2", Svg.number(BOTTOM),
                "stroke", MilestonePanel.TODAY, "stroke-width", "1.5");
        boolean todayNearNeeded = Math.abs(tx - nx) < 70;
        svg.text("text", text.get("page.timeline.today"), "x", Svg.number(tx), "y",
                Svg.number(todayNearNeeded ? BOTTOM + 28 : TOP - 12), "text-anchor", "middle",
                "fill", MilestonePanel.TODAY, "font-weight", "600");
        svg.close("g");
        svg.empty("line", "x1", Svg.number(LEFT), "y1", Svg.number(BOTTOM), "x2", Svg.number(RIGHT), "y2", Svg.number(BOTTOM),
                "stroke", "#9aa1ab");
        svg.close("svg");
        return svg.toString();
    }

    private static double y(double share) {
        return BOTTOM - share * (BOTTOM - TOP);
    }
}
