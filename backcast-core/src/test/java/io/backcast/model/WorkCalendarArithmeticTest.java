package io.backcast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic of {@link WorkCalendar} (which uses weekday arithmetic and a binary search over
 * holidays) against a naive reference that walks the calendar one day at a time, on random calendars:
 * random working weekdays (including one-day and seven-day weeks), up to thousands of random holidays
 * (runs of them, and holidays on non-working weekdays that must change nothing), over a range that
 * crosses 1970-01-01 (epoch day 0), year ends, the leap day 2024-02-29 and 2100, which is not a leap year.
 * Plus exact examples worked by hand.
 */
class WorkCalendarArithmeticTest {

    private static final long SEED = 20250303L;
    private static final LocalDate FIRST = LocalDate.of(1960, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2105, 12, 31);
    /** Holidays must lie in 2000..2100 (the model's date range); the arithmetic itself is checked on a wider range. */
    private static final LocalDate FIRST_HOLIDAY = Check.FIRST_DATE;
    private static final LocalDate LAST_HOLIDAY = Check.LAST_DATE;
    /** Dates that every random calendar with holidays gets a chance to have as a holiday. */
    private static final List<LocalDate> AWKWARD = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 28),
            LocalDate.of(2024, 3, 1), LocalDate.of(2100, 2, 28), LocalDate.of(2100, 3, 1), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), LocalDate.of(2100, 1, 1),
            LocalDate.of(2100, 12, 31));
    /** Where queries cluster: the awkward dates, and the epoch (day 0, where weekday arithmetic changes sign). */
    private static final List<LocalDate> HOT_SPOTS = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2100, 2, 28),
            LocalDate.of(2100, 3, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(1969, 12, 31),
            LocalDate.of(1970, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));

    /** The reference: every day of [FIRST, LAST] looked at one by one. */
    private static final class Naive {
        final Set<DayOfWeek> weekdays;
        final Set<LocalDate> holidays;
        final int size;
        final boolean[] working;
        /** countBefore[i] = working days among the days with index < i. */
        final int[] countBefore;

        Naive(Set<DayOfWeek> weekdays, Set<LocalDate> holidays) {
            this.weekdays = weekdays;
            this.holidays = holidays;
            this.size = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
            this.working = new boolean[size];
            this.countBefore = new int[size + 1];
            LocalDate day = FIRST;
            for (int i = 0; i < size; i++, day = day.plusDays(1)) {
                working[i] = weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
                countBefore[i + 1] = countBefore[i] + (working[i] ? 1 : 0);
            }
        }

        int index(LocalDate day) {
            return (int) ChronoUnit.DAYS.between(FIRST, day);
        }

        LocalDate day(int index) {
            return FIRST.plusDays(index);
        }

        boolean inRange(int index) {
            return index >= 0 && index < size;
        }

        /** The first working day on or after, or null when the range ends first. */
        LocalDate next(LocalDate day) {
            for (int i = index(day); inRange(i); i++) {
                if (working[i]) {
                    return day(i);
                }
            }
            return null;
        }

        LocalDate previous(LocalDate day) {
            for (int i = index(day); inRange(i); i--) {
                if (working[i]) {
                    return day(i);
                }
            }
            return null;
        }

        /** Steps k working days forward (k > 0) or back (k < 0) from day, counting the working days met; 0: next(day). */
        LocalDate add(LocalDate day, int k) {
            if (k == 0) {
                return next(day);
            }
            int step = k > 0 ? 1 : -1;
            int left = Math.abs(k);
            for (int i = index(day) + step; inRange(i); i += step) {
                if (working[i] && --left == 0) {
                    return day(i);
                }
            }
            return null;
        }

        /** Working days in [from, to), negated when to comes first. */
        long between(LocalDate from, LocalDate to) {
            int a = index(from);
            int b = index(to);
            return a <= b ? countBefore[b] - countBefore[a] : -(countBefore[a] - countBefore[b]);
        }
    }

    /** Built once: every test walks the same random calendars. */
    private static List<Naive> calendars;

    private static synchronized List<Naive> randomCalendars() {
        if (calendars == null) {
            calendars = buildRandomCalendars();
        }
        return calendars;
    }

    private static List<Naive> buildRandomCalendars() {
        Random random = new Random(SEED);
        List<Naive> calendars = new ArrayList<>();
        List<Set<DayOfWeek>> weeks = new ArrayList<>();
        weeks.add(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        weeks.add(EnumSet.allOf(DayOfWeek.class));
        weeks.add(EnumSet.of(DayOfWeek.MONDAY));
        weeks.add(EnumSet.of(DayOfWeek.SUNDAY));
        weeks.add(EnumSet.of(DayOfWeek.WEDNESDAY));
        weeks.add(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        weeks.add(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        while (weeks.size() < 30) {
            Set<DayOfWeek> week = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    week.add(day);
                }
            }
            if (!week.isEmpty()) {
                weeks.add(week);
            }
        }
        int span = (int) ChronoUnit.DAYS.between(FIRST_HOLIDAY, LAST_HOLIDAY) + 1;
        int[] holidayCounts = {0, 1, 5, 40, 300, 1_000, 3_000, 8_000};
        for (int c = 0; c < weeks.size(); c++) {
            Set<LocalDate> holidays = new HashSet<>();
            int count = holidayCounts[c % holidayCounts.length];
            if (count > 0) {
                for (LocalDate awkward : AWKWARD) {
                    if (random.nextInt(3) > 0) {
                        holidays.add(awkward);
                    }
                }
            }
            while (holidays.size() < count) {
                LocalDate start = FIRST_HOLIDAY.plusDays(random.nextInt(span));
                int run = random.nextInt(10) == 0 ? 1 + random.nextInt(60) : 1; // now and then a long closure
                for (int i = 0; i < run && holidays.size() < count; i++) {
                    LocalDate day = start.plusDays(i);
                    if (!day.isAfter(LAST_HOLIDAY)) {
                        holidays.add(day);
                    }
                }
            }
            calendars.add(new Naive(weeks.get(c), holidays));
        }
        // Every Monday of 2024 a holiday on a Monday-only week: a whole year without a working day.
        Set<LocalDate> mondays2024 = new HashSet<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(7)) {
            mondays2024.add(day);
        }
        calendars.add(new Naive(EnumSet.of(DayOfWeek.MONDAY), mondays2024));
        return calendars;
    }

    private static WorkCalendar calendarOf(Naive naive) {
        return WorkCalendar.of(naive.weekdays, naive.holidays);
    }

    @Test
    void workingDayNumbersAreConsecutiveOnWorkingDaysAndShareTheNextWorkingDaysNumberOtherwise() {
        for (Naive naive : randomCalendars()) {
            WorkCalendar calendar = calendarOf(naive);
            long number = calendar.workingDayNumber(FIRST);
            LocalDate day = FIRST;
            for (int i = 0; i < naive.size; i++, day = day.plusDays(1)) {
                long current = calendar.workingDayNumber(day);
                assertThat(current).as("number of %s in %s", day, calendar).isEqualTo(number);
                assertThat(calendar.isWorkingDay(day)).as("isWorkingDay(%s) in %s", day, calendar).isEqualTo(naive.working[i]);
                // the number of a day is the number of the first working day on or after it
                number = current + (naive.working[i] ? 1 : 0);
            }
        }
    }

    @Test
    void workingDayIsTheInverseOfWorkingDayNumber() {
        for (Naive naive : randomCalendars()) {
            WorkCalendar calendar = calendarOf(naive);
            LocalDate day = FIRST;
            for (int i = 0; i < naive.size; i++, day = day.plusDays(1)) {
                LocalDate next = naive.next(day);
                if (next == null) {
                    break;
                }
                LocalDate back = calendar.workingDay(calendar.workingDayNumber(day));
                assertThat(back).as("workingDay(workingDayNumber(%s)) in %s", day, calendar).isEqualTo(next);
            }
            long firstNumber = calendar.workingDayNumber(FIRST);
            long lastNumber = calendar.workingDayNumber(naive.previous(LAST));
            for (long n = firstNumber; n <= lastNumber; n++) {
                LocalDate working = calendar.workingDay(n);
                assertThat(naive.working[naive.index(working)]).as("workingDay(%d) = %s is a working day", n, working).isTrue();
                assertThat(calendar.workingDayNumber(working)).isEqualTo(n);
            }
        }
    }

    @Test
    void nextAndPreviousWorkingDayMatchADayByDayWalk() {
        for (Naive naive : randomCalendars()) {
            WorkCalendar calendar = calendarOf(naive);
            LocalDate day = FIRST;
            for (int i = 0; i < naive.size; i++, day = day.plusDays(1)) {
                LocalDate next = naive.next(day);
                if (next != null) {
                    assertThat(calendar.nextWorkingDay(day)).as("nextWorkingDay(%s) in %s", day, calendar).isEqualTo(next);
                }
                LocalDate previous = naive.previous(day);
                if (previous != null) {
                    assertThat(calendar.previousWorkingDay(day)).as("previousWorkingDay(%s) in %s", day, calendar).isEqualTo(previous);
                }
            }
        }
    }

    @Test
    void addWorkingDaysMatchesADayByDayWalkFromWorkingAndNonWorkingDays() {
        Random random = new Random(SEED + 1);
        int compared = 0;
        for (Naive naive : randomCalendars()) {
            WorkCalendar calendar = calendarOf(naive);
            for (int trial = 0; trial < 4_000; trial++) {
                LocalDate day = pickDay(random, naive);
                int k = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> random.nextBoolean() ? 1 : -1;
                    case 2 -> random.nextInt(11) - 5;
                    case 3 -> random.nextInt(121) - 60;
                    default -> random.nextInt(801) - 400;
                };
                LocalDate expected = naive.add(day, k);
                if (expected == null) {
                    continue; // the walk ran out of the reference range
                }
                assertThat(calendar.addWorkingDays(day, k)).as("addWorkingDays(%s, %d) in %s", day, k, calendar).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void workingDaysBetweenCountsTheWorkingDaysOfAHalfOpenRange() {
        Random random = new Random(SEED + 2);
        for (Naive naive : randomCalendars()) {
            WorkCalendar calendar = calendarOf(naive);
            for (int trial = 0; trial < 4_000; trial++) {
                LocalDate from = pickDay(random, naive);
                LocalDate to = random.nextInt(4) == 0 ? pickDay(random, naive) : from.plusDays(random.nextInt(121) - 60);
                if (to.isBefore(FIRST) || to.isAfter(LAST)) {
                    continue;
                }
                long expected = naive.between(from, to);
                assertThat(calendar.workingDaysBetween(from, to)).as("workingDaysBetween(%s, %s) in %s", from, to, calendar)
                        .isEqualTo(expected);
                assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-expected);
            }
        }
    }

    /** Often days near the hot spots, otherwise anywhere well inside the range. */
    private static LocalDate pickDay(Random random, Naive naive) {
        if (random.nextInt(3) == 0) {
            LocalDate near = HOT_SPOTS.get(random.nextInt(HOT_SPOTS.size()));
            return near.plusDays(random.nextInt(21) - 10);
        }
        return FIRST.plusDays(4_000 + random.nextInt(naive.size - 8_000));
    }

    // ---- exact examples, worked by hand ----

    private static final WorkCalendar WEEKDAYS_WITH_HOLIDAYS = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1), LocalDate.of(2100, 3, 1)));

    @Test
    void handExamplesAroundTheLeapDay() {
        WorkCalendar calendar = WEEKDAYS_WITH_HOLIDAYS;
        // Wed 28 Feb 2024, Thu 29 Feb a holiday, Fri 1 Mar, Sat 2, Sun 3, Mon 4
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 28), 1)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 1), -1)).isEqualTo(LocalDate.of(2024, 2, 28));
        // from the holiday itself: 0 and 1 both give the next working day, -1 the previous one
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 29), 0)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 29), 1)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 29), 2)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 29), -1)).isEqualTo(LocalDate.of(2024, 2, 28));
        // Mon 26 .. Sun 3 Mar: Mon, Tue, Wed, Fri
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 4))).isEqualTo(4);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(calendar.previousWorkingDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(calendar.workingDayNumber(LocalDate.of(2024, 2, 29))).isEqualTo(calendar.workingDayNumber(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void handExamplesAcrossAYearEndAndTheEpoch() {
        WorkCalendar calendar = WEEKDAYS_WITH_HOLIDAYS;
        // Tue 31 Dec 2024, Wed 1 Jan 2025 a holiday, Thu 2 Jan
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 2), -1)).isEqualTo(LocalDate.of(2024, 12, 31));
        // Mon 30, Tue 31, Thu 2, Fri 3 lie in [Mon 30 Dec, Mon 6 Jan)
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 6))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2024, 12, 30))).isEqualTo(-4);
        // Wed 31 Dec 1969 + 2 working days = Fri 2 Jan 1970; Mon 29 Dec 1969 .. Sun 4 Jan 1970 has 5
        assertThat(calendar.addWorkingDays(LocalDate.of(1969, 12, 31), 2)).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(calendar.workingDaysBetween(LocalDate.of(1969, 12, 29), LocalDate.of(1970, 1, 5))).isEqualTo(5);
        assertThat(calendar.addWorkingDays(LocalDate.of(1970, 1, 5), -5)).isEqualTo(LocalDate.of(1969, 12, 29));
    }

    @Test
    void handExamplesIn2100WhichIsNotALeapYear() {
        // Fri 26 Feb 2100, Sat 27, Sun 28, (no 29th), Mon 1 Mar
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkingDays(LocalDate.of(2100, 2, 26), 1)).isEqualTo(LocalDate.of(2100, 3, 1));
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkingDays(LocalDate.of(2100, 3, 1), -1)).isEqualTo(LocalDate.of(2100, 2, 26));
        // with Mon 1 Mar 2100 a holiday
        assertThat(WEEKDAYS_WITH_HOLIDAYS.addWorkingDays(LocalDate.of(2100, 2, 26), 1)).isEqualTo(LocalDate.of(2100, 3, 2));
        assertThat(WEEKDAYS_WITH_HOLIDAYS.workingDaysBetween(LocalDate.of(2100, 2, 22), LocalDate.of(2100, 3, 8))).isEqualTo(9);
        // 2100 has 365 days: 52 weeks and a Friday (1 Jan 2100 is a Friday) -> 261 weekdays
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.workingDaysBetween(LocalDate.of(2100, 1, 1), LocalDate.of(2101, 1, 1))).isEqualTo(261);
        // 2024 has 366 days starting on a Monday: 52 weeks and Mon, Tue -> 262 weekdays, less the 29 Feb holiday
        assertThat(WEEKDAYS_WITH_HOLIDAYS.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo(261);
    }

    @Test
    void handExamplesOnWeekends() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY;
        LocalDate saturday = LocalDate.of(2025, 3, 8);
        assertThat(calendar.nextWorkingDay(saturday)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.previousWorkingDay(saturday)).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(calendar.addWorkingDays(saturday, 0)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.addWorkingDays(saturday, -1)).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 10), -1)).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 10)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(saturday, LocalDate.of(2025, 3, 9))).isZero();
        assertThat(calendar.workingDayNumber(saturday)).isEqualTo(calendar.workingDayNumber(LocalDate.of(2025, 3, 10)));
    }

    @Test
    void handExamplesOnOneDayAndSevenDayWeeks() {
        WorkCalendar wednesdays = WorkCalendar.of(EnumSet.of(DayOfWeek.WEDNESDAY), List.of(LocalDate.of(2025, 3, 19)));
        assertThat(wednesdays.addWorkingDays(LocalDate.of(2025, 3, 5), 1)).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(wednesdays.addWorkingDays(LocalDate.of(2025, 3, 12), 1)).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThat(wednesdays.addWorkingDays(LocalDate.of(2025, 3, 3), -1)).isEqualTo(LocalDate.of(2025, 2, 26));
        // Wednesdays in [Mon 3, Mon 31 March): 5, 12, (19 a holiday), 26
        assertThat(wednesdays.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31))).isEqualTo(3);
        WorkCalendar everyDay = WorkCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of(LocalDate.of(2024, 2, 29)));
        assertThat(everyDay.addWorkingDays(LocalDate.of(2024, 2, 28), 1)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(everyDay.addWorkingDays(LocalDate.of(2024, 2, 27), 3)).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(everyDay.workingDaysBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1))).isEqualTo(28);
        assertThat(everyDay.workingDaysBetween(LocalDate.of(2100, 2, 1), LocalDate.of(2100, 3, 1))).isEqualTo(28);
    }
}
