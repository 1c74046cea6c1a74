package io.backcast.web.page;

import static io.backcast.web.page.MilestoneLayout.BAR;
import static io.backcast.web.page.MilestoneLayout.LABEL_WIDTH;
import static io.backcast.web.page.MilestoneLayout.RIGHT;
import static io.backcast.web.page.MilestoneLayout.ROW;
import static io.backcast.web.page.MilestoneLayout.WIDTH;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import io.backcast.model.BaselineDate;
import io.backcast.rollup.PhraseBook;
import io.backcast.schedule.Progress;
import io.backcast.service.MilestoneView;
import io.backcast.service.PlanView;
import io.backcast.service.StatusView;
import io.backcast.web.page.MilestoneLayout.Bar;
import io.backcast.web.page.MilestoneLayout.Chart;
import io.backcast.web.page.MilestoneLayout.NeededBy;

/**
 * The milestone panel (design §5): a backward-planned timeline as one SVG, drawn where its
 * {@link MilestoneLayout} puts things. Days run left to right; each milestone is a row with its
 * forecast bar (early start to early finish), a tick at its latest start, its float as a lighter
 * extension to its late finish (or, when late, a hatched stretch from its late finish to its
 * forecast), and a ghost of its baseline dates when one is given. Point milestones are diamonds.
 * Each outcome's needed-by date is a labelled vertical marker; they sit at the right edge because
 * the range ends there unless a forecast runs later. Critical milestones are red <em>and</em>
 * striped <em>and</em> labelled; done ones are grey. Every text is escaped; the SVG carries a
 * title, a description listing every milestone in words, {@code role="img"} and a summarising
 * {@code aria-label}. Its size is in viewBox units, so it scales to its container and prints as
 * vectors.
 */
public final class MilestonePanel {

    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    static final String INK = "#1d2330";
    static final String MUTED = "#5b6472";
    static final String GRID = "#e3e6eb";
    static final String FORECAST = "#3a68ad";
    static final String FLOAT = "#c3d3ea";
    static final String CRITICAL = "#b42318";
    static final String CRITICAL_FLOAT = "#f2c4bf";
    static final String DONE = "#a3aab4";
    static final String NEEDED_BY = "#6b35b0";
    static final String TODAY = "#c2410c";
    static final String BASELINE = "#8b93a0";

    private final PageText text;
    private final PhraseBook phrases;
    private final Locale locale;

    /** English. */
    public MilestonePanel() {
        this(Locale.ENGLISH);
    }

    public MilestonePanel(Locale locale) {
        this(new PageText(locale), new PhraseBook(locale, ZoneOffset.UTC), locale);
    }

    MilestonePanel(PageText text, PhraseBook phrases, Locale locale) {
        this.text = text;
        this.phrases = phrases;
        this.locale = locale;
    }

    /** The panel for a plan, without baseline ghosts. */
    public String svg(PlanView view) {
        return svg(view, List.of());
    }

    /**
     * The panel for a plan.
     *
     * @param baseline a baseline's dates to draw as ghosts under the bars; may be empty
     */
    public String svg(PlanView view, List<BaselineDate> baseline) {
        return svg(new MilestoneLayout(Chart.of(view, baseline), locale));
    }

    /**
     * The same panel for the client status page: the milestones and outcomes the status shows,
     * drawn alike, without ids, baselines or anything the status does not carry.
     */
    public String svg(StatusView view) {
        return svg(new MilestoneLayout(Chart.of(view), locale));
    }

    private String svg(MilestoneLayout layout) {
        Chart chart = layout.chart();
        LocalDate today = chart.today();
        String id = chart.id();
        List<Bar> milestones = chart.bars();
        double rowsTop = layout.rowsTop();
        double rowsBottom = layout.rowsBottom();
        double height = layout.height();

        String todayText = phrases.date(today, today.plusYears(1));
        String summary = text.fill("page.timeline.summary", Map.of("milestones", milestones.size(),
                "critical", layout.criticalCount(), "outcomes", chart.needs().size(), "today", todayText));

        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bc-timeline", "viewBox",
                "0 0 " + Svg.number(WIDTH) + " " + Svg.number(height), "width", Svg.number(WIDTH),
                "height", Svg.number(height), "role", "img", "aria-label", summary,
                "aria-describedby", id + "-desc", "font-family", FONT, "font-size", "12", "data-rows", milestones.size())
                .newline();
        svg.text("title", text.fill("page.timeline.title", Map.of("plan", chart.planName())), "id", id + "-title");
        svg.text("desc", description(chart, summary), "id", id + "-desc").newline();
        defs(svg, id);
        svg.empty("rect", "x", 0, "y", 0, "width", Svg.number(WIDTH), "height", Svg.number(height), "fill", "#ffffff");

        // row stripes and the label column
        for (int i = 0; i < layout.rowCount(); i++) {
            if (i % 2 == 1) {
                svg.empty("rect", "x", 0, "y", Svg.number(layout.rowY(i)), "width", Svg.number(WIDTH),
                        "height", Svg.number(ROW), "fill", "#f6f7f9");
            }
        }
        nonWorkingDays(svg, layout);
        ticks(svg, layout.axis(), layout.axisLabelY(), rowsTop, rowsBottom);
        svg.empty("line", "x1", Svg.number(LABEL_WIDTH), "y1", Svg.number(rowsTop), "x2", Svg.number(LABEL_WIDTH),
                "y2", Svg.number(rowsBottom), "stroke", "#c9ced6");
        svg.newline();

        if (milestones.isEmpty()) {
            svg.text("text", text.get("page.timeline.empty"), "x", Svg.number(LABEL_WIDTH + 12),
                    "y", Svg.number(rowsTop + ROW / 2 + 4), "fill", MUTED, "class", "bc-tl-empty");
        }
        for (int i = 0; i < milestones.size(); i++) {
            row(svg, layout, i);
        }
        for (int i = 0; i < chart.needs().size(); i++) {
            neededBy(svg, layout, i);
        }

        // today
        OptionalDouble todayX = layout.todayX();
        if (todayX.isPresent()) {
            double x = todayX.getAsDouble();
            svg.open("g", "class", "bc-tl-today");
            svg.empty("line", "x1", Svg.number(x), "y1", Svg.number(rowsTop - 6), "x2", Svg.number(x),
                    "y2", Svg.number(rowsBottom), "stroke", TODAY, "stroke-width", "2");
            svg.text("text", text.get("page.timeline.today"), "x", Svg.number(x), "y", Svg.number(rowsBottom + 13),
                    "text-anchor", "middle", "fill", TODAY, "font-weight", "600", "font-size", "11");
            svg.close("g").newline();
        }
        legend(svg, id, layout.legendY(), !chart.ghosts().isEmpty());
        svg.close("svg");
        return svg.toString();
    }

    /** An outcome's needed-by marker, labelled in the band above the axis. */
    private void neededBy(Svg svg, MilestoneLayout layout, int index) {
        NeededBy o = layout.chart().needs().get(index);
        LocalDate today = layout.chart().today();
        LocalDate neededBy = o.neededBy();
        double x = layout.neededByX(o);
        double labelY = layout.neededByLabelY(index);
        String label = text.fill("page.timeline.neededBy", Map.of("outcome", Svg.shorten(o.phrase(), 40),
                "date", phrases.date(neededBy, today)));
        boolean late = o.late();
        svg.open("g", "class", "bc-tl-needed-by", "data-outcome-id", o.outcomeId());
        svg.text("title", text.fill("page.timeline.neededByTitle", Map.of("outcome", o.phrase(),
                "date", phrases.date(neededBy, today), "state", o.stateName())));
        svg.empty("line", "x1", Svg.number(x), "y1", Svg.number(labelY + 3), "x2", Svg.number(x),
                "y2", Svg.number(layout.rowsBottom()), "stroke", NEEDED_BY, "stroke-width", "1.5", "stroke-dasharray", "5 3");
        svg.empty("path", "d", diamond(x, labelY + 3, 4), "fill", NEEDED_BY);
        boolean leftOfMarker = MilestoneLayout.labelLeftOf(x);
        svg.text("text", label + (late ? " " + text.get("page.timeline.lateMark") : ""),
                "x", Svg.number(leftOfMarker ? x - 8 : x + 8), "y", Svg.number(labelY + 6),
                "text-anchor", leftOfMarker ? "end" : "start", "fill", late ? CRITICAL : NEEDED_BY,
                "font-weight", "600", "font-size", "11.5");
        svg.close("g").newline();
    }

    private void defs(Svg svg, String id) {
        svg.open("defs");
        svg.open("pattern", "id", id + "-critical", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
                "patternTransform", "rotate(45)");
        svg.empty("rect", "width", "6", "height", "6", "fill", CRITICAL);
        svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", "#ffffff", "stroke-width", "2.2",
                "stroke-opacity", "0.55");
        svg.close("pattern");
        svg.open("pattern", "id", id + "-late", "patternUnits", "userSpaceOnUse", "width", "5", "height", "5",
                "patternTransform", "rotate(-45)");
        svg.empty("rect", "width", "5", "height", "5", "fill", "#fde7e6");
        svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "5", "stroke", CRITICAL, "stroke-width", "1.6");
        svg.close("pattern");
        svg.close("defs").newline();
    }

    private static void nonWorkingDays(Svg svg, MilestoneLayout layout) {
        for (MilestoneLayout.Span day : layout.nonWorkingDays()) {
            svg.empty("rect", "class", "bc-tl-off", "x", Svg.number(day.x0()), "y", Svg.number(layout.rowsTop()),
                    "width", Svg.number(day.width()), "height", Svg.number(layout.rowsBottom() - layout.rowsTop()),
                    "fill", "#eef0f3", "fill-opacity", "0.7");
        }
    }

    private static void ticks(Svg svg, TimeAxis axis, double labelY, double y0, double y1) {
        svg.open("g", "class", "bc-tl-axis", "font-size", "11", "fill", MUTED);
        for (TimeAxis.Tick tick : axis.ticks()) {
            svg.empty("line", "x1", Svg.number(tick.x()), "y1", Svg.number(y0 - 4), "x2", Svg.number(tick.x()),
                    "y2", Svg.number(y1), "stroke", GRID);
            if (tick.x() < RIGHT - 20) {
                svg.text("text", tick.label(), "x", Svg.number(tick.x() + 3), "y", Svg.number(labelY));
            }
        }
        svg.close("g").newline();
    }

    /** A milestone's row: its name and facts in words, then its marks where the layout puts them. */
    private void row(Svg svg, MilestoneLayout layout, int index) {
        Bar s = layout.chart().bars().get(index);
        LocalDate today = layout.chart().today();
        boolean done = s.done();
        boolean critical = s.critical() && !done;
        boolean point = s.point();
        double y = layout.rowY(index);
        double barY = layout.barY(index);
        String classes = "bc-tl-row" + (critical ? " bc-tl-critical" : "") + (done ? " bc-tl-done" : "")
                + (point ? " bc-tl-point" : "") + (s.external() ? " bc-tl-external" : "");
        svg.open("g", "class", classes, "data-milestone-id", s.milestoneId());
        svg.text("title", sentence(s, today));

        // label column: name, then what it is in words (critical / done / float), never colour alone
        svg.text("text", Svg.shorten(s.name(), 38), "x", "12", "y", Svg.number(y + 16),
                "fill", done ? MUTED : INK, "font-weight", critical ? "700" : "500", "font-size", "12.5");
        List<String> facts = new ArrayList<>();
        if (critical) {
            facts.add("◆ " + text.get("page.timeline.critical"));
        }
        facts.add(text.get("page.progress." + s.progress()));
        if (s.external()) {
            facts.add(text.get("page.timeline.external"));
        }
        if (s.totalFloat() != null && !done) {
            int f = s.totalFloat();
            facts.add(f < 0 ? text.fill("page.timeline.late", Map.of("days", -f))
                    : f == 0 ? text.get("page.timeline.noFloat") : text.fill("page.timeline.float", Map.of("days", f)));
        }
        svg.text("text", String.join(" · ", facts), "x", "12", "y", Svg.number(y + 30), "font-size", "10.5",
                "fill", critical ? CRITICAL : MUTED, "font-weight", critical ? "600" : "400");

        layout.ghost(s).ifPresent(ghost -> svg.empty("rect", "class", "bc-tl-baseline", "x", Svg.number(ghost.x0()),
                "y", Svg.number(barY + BAR + 2), "width", Svg.number(ghost.width(2)),
                "height", "4", "fill", BASELINE, "fill-opacity", "0.55"));
        MilestoneLayout.Span forecast = layout.forecast(s).orElse(null);
        if (forecast == null) {
            svg.close("g").newline();
            return;
        }
        String fill = done ? DONE : critical ? "url(#" + layout.chart().id() + "-critical)" : FORECAST;
        // float: a lighter extension from the forecast finish to the late finish
        layout.floatOf(s).ifPresent(span -> {
            svg.empty("rect", "class", "bc-tl-float", "x", Svg.number(span.x0()), "y", Svg.number(barY + 3),
                    "width", Svg.number(span.width(1)), "height", Svg.number(BAR - 6),
                    "fill", critical ? CRITICAL_FLOAT : FLOAT);
            svg.empty("line", "x1", Svg.number(span.x1()), "y1", Svg.number(barY + 1), "x2", Svg.number(span.x1()),
                    "y2", Svg.number(barY + BAR - 1), "stroke", critical ? CRITICAL : FORECAST, "stroke-width", "1.5");
        });
        String stroke = done ? "#7b828c" : critical ? "#7a1a12" : "#274b82";
        if (point) {
            svg.empty("path", "class", "bc-tl-bar", "d", diamond(forecast.x1(), barY + BAR / 2, 8), "fill", fill,
                    "stroke", stroke, "stroke-width", "1");
        } else {
            svg.empty("rect", "class", "bc-tl-bar", "x", Svg.number(forecast.x0()), "y", Svg.number(barY),
                    "width", Svg.number(forecast.width(2)), "height", Svg.number(BAR), "rx", "2.5", "fill", fill,
                    "stroke", stroke, "stroke-width", "1", "stroke-dasharray", s.external() ? "4 2" : null);
        }
        // late: hatched from the late finish to the forecast finish
        layout.overrun(s).ifPresent(span -> svg.empty("rect", "class", "bc-tl-overrun", "x", Svg.number(span.x0()),
                "y", Svg.number(barY - 3), "width", Svg.number(span.width(1)), "height", "3", "fill", CRITICAL));
        // latest start: a tick with a small triangle
        OptionalDouble latestStart = layout.latestStartX(s);
        if (latestStart.isPresent()) {
            double x = latestStart.getAsDouble();
            svg.open("g", "class", "bc-tl-latest-start");
            svg.text("title", text.fill("page.timeline.lateStartTitle", Map.of("date", phrases.date(s.lateStart(), today))));
            svg.empty("line", "x1", Svg.number(x), "y1", Svg.number(barY - 4), "x2", Svg.number(x),
                    "y2", Svg.number(barY + BAR + 4), "stroke", INK, "stroke-width", "2");
            svg.empty("path", "d", "M" + Svg.number(x - 4.5) + " " + Svg.number(barY - 9) + "H" + Svg.number(x + 4.5)
                    + "L" + Svg.number(x) + " " + Svg.number(barY - 3.5) + "Z", "fill", INK);
            svg.close("g");
        }
        svg.close("g").newline();
    }

    private void legend(Svg svg, String id, double y, boolean baseline) {
        svg.open("g", "class", "bc-tl-legend", "font-size", "11", "fill", INK);
        double x = 12;
        x = swatch(svg, x, y, FORECAST, text.get("page.timeline.legend.forecast"));
        x = swatch(svg, x, y, FLOAT, text.get("page.timeline.legend.float"));
        x = swatch(svg, x, y, "url(#" + id + "-critical)", text.get("page.timeline.legend.critical"));
        x = swatch(svg, x, y, DONE, text.get("page.timeline.legend.done"));
        svg.empty("path", "d", diamond(x + 6, y - 4, 6), "fill", FORECAST);
        x = label(svg, x + 16, y, text.get("page.timeline.legend.point"));
        svg.empty("line", "x1", Svg.number(x + 4), "y1", Svg.number(y - 11), "x2", Svg.number(x + 4), "y2", Svg.number(y + 3),
                "stroke", INK, "stroke-width", "2");
        x = label(svg, x + 12, y, text.get("page.timeline.legend.lateStart"));
        svg.empty("line", "x1", Svg.number(x + 4), "y1", Svg.number(y - 11), "x2", Svg.number(x + 4), "y2", Svg.number(y + 3),
                "stroke", NEEDED_BY, "stroke-width", "1.5", "stroke-dasharray", "4 2");
        x = label(svg, x + 12, y, text.get("page.timeline.legend.neededBy"));
        svg.empty("line", "x1", Svg.number(x + 4), "y1", Svg.number(y - 11), "x2", Svg.number(x + 4), "y2", Svg.number(y + 3),
                "stroke", TODAY, "stroke-width", "2");
        x = label(svg, x + 12, y, text.get("page.timeline.legend.today"));
        svg.empty("rect", "x", Svg.number(x), "y", Svg.number(y - 6), "width", "14", "height", "3", "fill", CRITICAL);
        x = label(svg, x + 20, y, text.get("page.timeline.legend.late"));
        if (baseline) {
            svg.empty("rect", "x", Svg.number(x), "y", Svg.number(y - 6), "width", "14", "height", "4", "fill", BASELINE,
                    "fill-opacity", "0.55");
            label(svg, x + 20, y, text.get("page.timeline.legend.baseline"));
        }
        svg.close("g");
    }

    private static double swatch(Svg svg, double x, double y, String fill, String label) {
        svg.empty("rect", "x", Svg.number(x), "y", Svg.number(y - 10), "width", "14", "height", "11", "rx", "2", "fill", fill);
        return label(svg, x + 19, y, label);
    }

    private static double label(Svg svg, double x, double y, String label) {
        svg.text("text", label, "x", Svg.number(x), "y", Svg.number(y));
        return x + label.length() * 6.2 + 18;
    }

    static String diamond(double cx, double cy, double r) {
        return "M" + Svg.number(cx) + " " + Svg.number(cy - r) + "L" + Svg.number(cx + r) + " " + Svg.number(cy)
                + "L" + Svg.number(cx) + " " + Svg.number(cy + r) + "L" + Svg.number(cx - r) + " " + Svg.number(cy) + "Z";
    }

    /** One milestone in words, for its tooltip and the description. */
    String sentence(MilestoneView view, LocalDate today) {
        return sentence(Bar.of(view), today);
    }

    private String sentence(Bar s, LocalDate today) {
        List<String> parts = new ArrayList<>();
        parts.add(s.name());
        if (s.earlyStart() == null) {
            return parts.get(0);
        }
        if (s.critical() && s.progress() != Progress.DONE) {
            parts.add(text.get("page.timeline.critical"));
        }
        parts.add(text.get("page.progress." + s.progress()));
        parts.add(s.point()
                ? text.fill("page.timeline.sentence.point", Map.of("date", phrases.date(s.earlyFinish(), today)))
                : text.fill("page.timeline.sentence.forecast", Map.of("start", phrases.date(s.earlyStart(), today),
                "finish", phrases.date(s.earlyFinish(), today))));
        if (s.lateStart() != null && s.progress() != Progress.DONE) {
            parts.add(text.fill("page.timeline.sentence.lateStart", Map.of("date", phrases.date(s.lateStart(), today))));
        }
        if (s.lateFinish() != null && s.progress() != Progress.DONE) {
            parts.add(text.fill("page.timeline.sentence.lateFinish", Map.of("date", phrases.date(s.lateFinish(), today))));
        }
        if (s.totalFloat() != null && s.progress() != Progress.DONE) {
            parts.add(PlanPage.floatWords(text, s.totalFloat()));
        }
        return String.join("; ", parts);
    }

    private String description(Chart chart, String summary) {
        StringBuilder out = new StringBuilder(summary).append(' ').append(text.get("page.timeline.howToRead"));
        for (Bar m : chart.bars()) {
            out.append(' ').append(sentence(m, chart.today())).append('.');
        }
        for (NeededBy o : chart.needs()) {
            out.append(' ').append(text.fill("page.timeline.neededByTitle", Map.of("outcome", o.phrase(),
                    "date", phrases.date(o.neededBy(), chart.today()), "state", o.stateName())));
            if (o.forecast() != null) {
                out.append(", ").append(text.fill("page.timeline.sentence.outcomeForecast",
                        Map.of("date", phrases.date(o.forecast(), chart.today()))));
            }
            out.append('.');
        }
        return out.toString();
    }
}
