package io.backcast.web.page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal day scale: {@code first} at {@code x0}, the end of {@code last} at {@code x1}. A day
 * occupies [x(day), x(day + 1)); a date inclusive of its day ends at {@code endOf(day)}. Ticks
 * adapt to the density: days, weeks, months, quarters or years, so any range fits.
 */
final class TimeAxis {

    /** A tick: where, and its label. */
    record Tick(LocalDate day, double x, String label) {
    }

    private final LocalDate first;
    private final long days;
    private final double x0;
    private final double x1;
    private final Locale locale;

    TimeAxis(LocalDate first, LocalDate last, double x0, double x1, Locale locale) {
        this.first = first;
        this.days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        this.x0 = x0;
        this.x1 = x1;
        this.locale = locale;
    }

    /**
     * The range covering {@code earliest..latest} with a margin, at least {@code minimumDays} long;
     * the margin is a few percent of the span, at least one day.
     */
    static LocalDate[] range(LocalDate earliest, LocalDate latest, int minimumDays) {
        LocalDate from = earliest;
        LocalDate to = latest.isBefore(earliest) ? earliest : latest;
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        if (span < minimumDays) {
            long missing = minimumDays - span;
            from = from.minusDays(missing / 3);
            to = to.plusDays(missing - missing / 3);
            span = minimumDays;
        }
        long margin = Math.max(1, Math.round(span * 0.03));
        return new LocalDate[] {from.minusDays(margin), to.plusDays(margin)};
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return first.plusDays(days - 1);
    }

    double pixelsPerDay() {
        return (x1 - x0) / days;
    }

    /** The start of the day. */
    double x(LocalDate day) {
        double offset = ChronoUnit.DAYS.between(first, day);
        return clamp(x0 + offset * pixelsPerDay());
    }

    /** The end of the day (where an inclusive date ends, and where a point milestone sits). */
    double endOf(LocalDate day) {
        return x(day.plusDays(1));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last());
    }

    private double clamp(double x) {
        return Math.max(x0, Math.min(x1, x));
    }

    /** Ticks at a density that leaves room for their labels. */
    List<Tick> ticks() {
        double perDay = pixelsPerDay();
        List<Tick> ticks = new ArrayList<>();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        DateTimeFormatter year = DateTimeFormatter.ofPattern("yyyy", locale);
        LocalDate last = last();
        if (perDay >= 40) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                ticks.add(new Tick(d, x(d), dayMonth.format(d)));
            }
        } else if (perDay * 7 >= 48) {
            for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !d.isAfter(last); d = d.plusWeeks(1)) {
                ticks.add(new Tick(d, x(d), dayMonth.format(d)));
            }
        } else if (perDay * 14 >= 48) {
            for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !d.isAfter(last); d = d.plusWeeks(2)) {
                ticks.add(new Tick(d, x(d), dayMonth.format(d)));
            }
        } else if (perDay * 30 >= 44) {
            for (LocalDate d = first.withDayOfMonth(1).plusMonths(first.getDayOfMonth() == 1 ? 0 : 1); !d.isAfter(last);
                 d = d.plusMonths(1)) {
                ticks.add(new Tick(d, x(d), (d.getMonthValue() == 1 || ticks.isEmpty() ? monthYear : month).format(d)));
            }
        } else if (perDay * 91 >= 56) {
            LocalDate d = first.withDayOfMonth(1);
            while (d.getMonthValue() % 3 != 1 || d.isBefore(first)) {
                d = d.plusMonths(1);
            }
            for (; !d.isAfter(last); d = d.plusMonths(3)) {
                ticks.add(new Tick(d, x(d), monthYear.format(d)));
            }
        } else {
            long step = Math.max(1, (long) Math.ceil(40 / (perDay * 365.25)));
            LocalDate d = first.withDayOfYear(1);
            if (d.isBefore(first)) {
                d = d.plusYears(1);
            }
            while (d.getYear() % step != 0) {
                d = d.plusYears(1);
            }
            for (; !d.isAfter(last); d = d.plusYears(step)) {
                ticks.add(new Tick(d, x(d), year.format(d)));
            }
        }
        return ticks;
    }
}
