package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.assertUnmodifiable;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final LocalDate MONDAY_3_JUNE_2024 = LocalDate.of(2024, 6, 3);
    private static final LocalDate SATURDAY_8_JUNE_2024 = LocalDate.of(2024, 6, 8);
    private static final LocalDate SUNDAY_9_JUNE_2024 = LocalDate.of(2024, 6, 9);
    private static final LocalDate CHRISTMAS_2024 = LocalDate.of(2024, 12, 25); // a Wednesday

    @Test
    void mondayToFridayHasFiveWorkingDaysAndNoHolidays() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.workingDays()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.holidays()).isEmpty();
    }

    @Test
    void weekdayIsAWorkingDay() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.isWorkingDay(MONDAY_3_JUNE_2024)).isTrue();
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.isWorkingDay(MONDAY_3_JUNE_2024.plusDays(4))).isTrue();
    }

    @Test
    void weekendIsNotAWorkingDay() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.isWorkingDay(SATURDAY_8_JUNE_2024)).isFalse();
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.isWorkingDay(SUNDAY_9_JUNE_2024)).isFalse();
    }

    @Test
    void holidayOnAWeekdayIsNotAWorkingDay() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(CHRISTMAS_2024));
        assertThat(calendar.isWorkingDay(CHRISTMAS_2024)).isFalse();
        assertThat(calendar.isWorkingDay(CHRISTMAS_2024.plusDays(1))).isTrue();
    }

    @Test
    void saturdayWorksInASixDayWeek() {
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(MONDAY, SATURDAY), null);
        assertThat(calendar.isWorkingDay(SATURDAY_8_JUNE_2024)).isTrue();
        assertThat(calendar.isWorkingDay(SUNDAY_9_JUNE_2024)).isFalse();
    }

    @Test
    void acceptsImmutableSetsInTheConstructor() {
        WorkCalendar calendar = new WorkCalendar(Set.of(MONDAY, TUESDAY), new TreeSet<>(Set.of(CHRISTMAS_2024)));
        assertThat(calendar.workingDays()).containsExactly(MONDAY, TUESDAY);
        assertThat(calendar.holidays()).containsExactly(CHRISTMAS_2024);
    }

    @Test
    void rejectsCalendarWithNoWorkingDays() {
        assertInvalid("calendar.workingDays", "calendar.workingDays must name at least one weekday",
                () -> WorkCalendar.of(Set.of(), Set.of()));
        assertInvalid("calendar.workingDays", "calendar.workingDays must name at least one weekday",
                () -> WorkCalendar.of(null, Set.of()));
        assertInvalid("calendar.workingDays", "calendar.workingDays must name at least one weekday",
                () -> new WorkCalendar(EnumSet.noneOf(DayOfWeek.class), null));
    }

    @Test
    void rejectsEmptyWorkingDayEntry() {
        assertInvalid("calendar.workingDays", "calendar.workingDays must not contain an empty entry",
                () -> WorkCalendar.of(Arrays.asList(MONDAY, null), Set.of()));
        Set<DayOfWeek> withNull = new HashSet<>(Arrays.asList(MONDAY, null));
        assertInvalid("calendar.workingDays", "calendar.workingDays must not contain an empty entry",
                () -> new WorkCalendar(withNull, null));
    }

    @Test
    void noHolidaysWhenNoneGiven() {
        assertThat(WorkCalendar.of(Set.of(MONDAY), null).holidays()).isEmpty();
        assertThat(new WorkCalendar(Set.of(MONDAY), null).holidays()).isEmpty();
    }

    @Test
    void acceptsHolidaysOnTheFirstAndLastDate() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(
                List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
        assertThat(calendar.holidays()).containsExactly(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
    }

    @Test
    void rejectsHolidayBefore2000() {
        assertInvalid("calendar.holidays", "calendar.holidays must be between 2000-01-01 and 2100-12-31 (was 1999-12-31)",
                () -> WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(LocalDate.of(1999, 12, 31))));
    }

    @Test
    void rejectsHolidayAfter2100() {
        assertInvalid("calendar.holidays", "calendar.holidays must be between 2000-01-01 and 2100-12-31 (was 2101-01-01)",
                () -> WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(LocalDate.of(2101, 1, 1))));
    }

    @Test
    void rejectsEmptyHolidayEntry() {
        assertInvalid("calendar.holidays", "calendar.holidays must not contain an empty entry",
                () -> WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(Arrays.asList(CHRISTMAS_2024, null)));
    }

    @Test
    void sortsAndDeduplicatesHolidays() {
        LocalDate newYear = LocalDate.of(2025, 1, 1);
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(newYear, CHRISTMAS_2024, newYear));
        assertThat(calendar.holidays()).containsExactly(CHRISTMAS_2024, newYear);
    }

    @Test
    void withHolidaysChangesOnlyTheHolidays() {
        WorkCalendar sixDays = WorkCalendar.of(EnumSet.range(MONDAY, SATURDAY), List.of(CHRISTMAS_2024));
        LocalDate newYear = LocalDate.of(2025, 1, 1);

        WorkCalendar changed = sixDays.withHolidays(List.of(newYear));

        assertThat(changed.workingDays()).isEqualTo(sixDays.workingDays());
        assertThat(changed.holidays()).containsExactly(newYear);
        assertThat(sixDays.holidays()).containsExactly(CHRISTMAS_2024);
    }

    @Test
    void copiesItsInputs() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY, TUESDAY);
        List<LocalDate> holidays = new ArrayList<>(List.of(CHRISTMAS_2024));
        WorkCalendar calendar = WorkCalendar.of(days, holidays);

        days.add(SUNDAY);
        holidays.add(LocalDate.of(2025, 1, 1));

        assertThat(calendar.workingDays()).containsExactly(MONDAY, TUESDAY);
        assertThat(calendar.holidays()).containsExactly(CHRISTMAS_2024);
    }

    @Test
    void constructorCopiesItsInputs() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        TreeSet<LocalDate> holidays = new TreeSet<>(Set.of(CHRISTMAS_2024));
        WorkCalendar calendar = new WorkCalendar(days, holidays);

        days.add(SUNDAY);
        holidays.add(LocalDate.of(2025, 1, 1));

        assertThat(calendar.workingDays()).containsExactly(MONDAY);
        assertThat(calendar.holidays()).containsExactly(CHRISTMAS_2024);
    }

    @Test
    void collectionsCannotBeModified() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY.withHolidays(List.of(CHRISTMAS_2024));
        assertUnmodifiable(calendar.workingDays(), SUNDAY);
        assertUnmodifiable(calendar.holidays(), LocalDate.of(2025, 1, 1));
        assertThat(calendar.isWorkingDay(CHRISTMAS_2024)).isFalse();
    }

    @Test
    void calendarsWithTheSameDaysAreEqual() {
        assertThat(WorkCalendar.of(List.of(FRIDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), List.of()))
                .isEqualTo(WorkCalendar.MONDAY_TO_FRIDAY);
    }
}
