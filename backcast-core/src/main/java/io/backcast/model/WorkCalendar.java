package io.backcast.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working weekdays and holidays of a plan, and working-day arithmetic over them. All
 * durations, lags and floats count the working days of this calendar.
 *
 * <p>Working days are numbered consecutively ({@link #workingDayNumber}); "k working days after
 * X" is the working day whose number is X's number + k. Numbers come from weekday arithmetic
 * and a binary search over the holidays, so thousands of holidays cost microseconds.
 */
public final class WorkCalendar {

    /** Monday to Friday, no holidays. */
    public static final WorkCalendar MONDAY_TO_FRIDAY = of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    /** 1969-12-29, a Monday: weeks are counted from here. */
    private static final long MONDAY = -3;

    private final Set<DayOfWeek> workingDays;
    private final NavigableSet<LocalDate> holidays;
    // derived from the two above; transient keeps them out of JSON
    private final transient int perWeek;
    /** For a weekday offset r (0 = Monday), how many working weekdays come before it in its week. */
    private final transient int[] workingBefore = new int[8];
    /** For a rank q within the week (0-based), the weekday offset of the q-th working weekday. */
    private final transient int[] offsetOfRank;
    /** Epoch days of the holidays that fall on working weekdays, ascending. */
    private final transient long[] workingHolidays;

    public WorkCalendar(Set<DayOfWeek> workingDays, NavigableSet<LocalDate> holidays) {
        if (workingDays == null || workingDays.isEmpty()) {
            throw new ValidationException("calendar.workingDays", "must name at least one weekday");
        }
        this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(Check.list("calendar.workingDays", workingDays)));
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate holiday : Check.list("calendar.holidays", holidays == null ? Set.of() : holidays)) {
            days.add(Check.date("calendar.holidays", holiday));
        }
        this.holidays = Collections.unmodifiableNavigableSet(days);
        this.perWeek = this.workingDays.size();
        this.offsetOfRank = new int[perWeek];
        int rank = 0;
        for (int offset = 0; offset < 7; offset++) {
            workingBefore[offset] = rank;
            if (this.workingDays.contains(DayOfWeek.of(offset + 1))) {
                offsetOfRank[rank++] = offset;
            }
        }
        workingBefore[7] = rank;
        this.workingHolidays = days.stream().filter(day -> this.workingDays.contains(day.getDayOfWeek()))
                .mapToLong(LocalDate::toEpochDay).toArray();
    }

    public static WorkCalendar of(Collection<DayOfWeek> workingDays, Collection<LocalDate> holidays) {
        return new WorkCalendar(workingDays == null ? null : new HashSet<>(workingDays),
                holidays == null ? null : new TreeSet<>(Check.list("calendar.holidays", holidays)));
    }

    public Set<DayOfWeek> workingDays() {
        return workingDays;
    }

    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    public WorkCalendar withHolidays(Collection<LocalDate> newHolidays) {
        return of(workingDays, newHolidays);
    }

    /** Whether work happens on this day: a working weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && Arrays.binarySearch(workingHolidays, day.toEpochDay()) < 0;
    }

    /**
     * The number of the first working day on or after {@code day}. Consecutive working days have
     * consecutive numbers; only differences between numbers mean anything.
     */
    public long workingDayNumber(LocalDate day) {
        return countBefore(day.toEpochDay());
    }

    /** The working day with this number. */
    public LocalDate workingDay(long number) {
        long rank = number;
        while (true) {
            long epochDay = weekdayOfRank(rank);
            long count = rank - holidaysBefore(epochDay);
            if (count < number) {
                rank += number - count;
            } else if (Arrays.binarySearch(workingHolidays, epochDay) >= 0) {
                rank++;
            } else {
                return LocalDate.ofEpochDay(epochDay);
            }
        }
    }

    /** {@code day} itself when it is a working day, else the next working day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return workingDay(workingDayNumber(day));
    }

    /** {@code day} itself when it is a working day, else the last working day before it. */
    public LocalDate previousWorkingDay(LocalDate day) {
        return workingDay(workingDayNumber(day.plusDays(1)) - 1);
    }

    /**
     * The working day {@code days} working days after {@code day} (before it when negative).
     * From a non-working day, 1 is the next working day and -1 the previous one; 0 moves a
     * non-working day to the next working day.
     */
    public LocalDate addWorkingDays(LocalDate day, long days) {
        long number = workingDayNumber(day);
        if (!isWorkingDay(day) && days > 0) {
            number--;
        }
        return workingDay(number + days);
    }

    /** How many working days lie in [{@code from}, {@code to}): negative when {@code to} comes first. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDayNumber(to) - workingDayNumber(from);
    }

    private long countBefore(long epochDay) {
        long sinceMonday = epochDay - MONDAY;
        long weeks = Math.floorDiv(sinceMonday, 7);
        int offset = (int) Math.floorMod(sinceMonday, 7);
        return weeks * perWeek + workingBefore[offset] - holidaysBefore(epochDay);
    }

    /** The working weekday (holidays aside) that has {@code rank} working weekdays before it. */
    private long weekdayOfRank(long rank) {
        long weeks = Math.floorDiv(rank, perWeek);
        int within = (int) Math.floorMod(rank, perWeek);
        return MONDAY + weeks * 7 + offsetOfRank[within];
    }

    /** How many working-weekday holidays fall strictly before this day. */
    private long holidaysBefore(long epochDay) {
        int index = Arrays.binarySearch(workingHolidays, epochDay);
        return index >= 0 ? index : -index - 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkCalendar calendar && workingDays.equals(calendar.workingDays)
                && holidays.equals(calendar.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workingDays, holidays);
    }

    @Override
    public String toString() {
        return "WorkCalendar[workingDays=" + workingDays + ", holidays=" + holidays + "]";
    }
}
