package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {

    private static final WorkCalendar SIX_DAYS = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of());

    private static Plan plan() {
        return new Plan(7, "FIT", "Fit-out Level 3", "Acme Ltd", WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT);
    }

    @Test
    void createMakesAnUnstoredPlanWithAMondayToFridayCalendar() {
        Plan plan = Plan.create("fit", "  Fit-out Level 3 ");
        assertThat(plan.id()).isZero();
        assertThat(plan.projectKey()).isEqualTo("FIT");
        assertThat(plan.name()).isEqualTo("Fit-out Level 3");
        assertThat(plan.clientName()).isNull();
        assertThat(plan.calendar()).isEqualTo(WorkCalendar.MONDAY_TO_FRIDAY);
    }

    @Test
    void aNewPlanAsksForACheckInOnEveryOutcomeEveryFourteenDays() {
        assertThat(Plan.create("FIT", "Fit-out").checkInCadenceDays()).isEqualTo(14);
        assertThat(plan().checkInCadenceDays()).isEqualTo(Plan.DEFAULT_CHECK_IN_CADENCE_DAYS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 365})
    void acceptsACheckInCadenceFromOneDayToAYear(int days) {
        assertThat(plan().withCheckInCadenceDays(days).checkInCadenceDays()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 366})
    void rejectsACheckInCadenceOutsideOneDayToAYear(int days) {
        assertInvalid("plan.checkInCadenceDays", "plan.checkInCadenceDays must be between 1 and 365 (was " + days + ")",
                () -> plan().withCheckInCadenceDays(days));
    }

    @Test
    void everyChangeKeepsTheCheckInCadence() {
        Plan weekly = plan().withCheckInCadenceDays(7);
        assertThat(List.of(weekly.withId(8), weekly.withName("Other"), weekly.withClientName("Globex"),
                weekly.withPolicy(RollupPolicy.DEFAULT), weekly.withCalendar(SIX_DAYS)))
                .extracting(Plan::checkInCadenceDays).containsOnly(7);
    }

    @Test
    void upperCasesAndTrimsProjectKey() {
        assertThat(Plan.create(" fit_out2 ", "Fit-out").projectKey()).isEqualTo("FIT_OUT2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1NET", "_NET", "NET-1", "NET KEY", "NET.2", "ÄNET", "neß"})
    void rejectsMalformedProjectKey(String key) {
        assertInvalid("plan.projectKey",
                "plan.projectKey must be a Jira project key: a letter, then letters, digits or '_' (was '" + key + "')",
                () -> Plan.create(key, "Fit-out"));
    }

    @Test
    void rejectsBlankProjectKey() {
        assertInvalid("plan.projectKey", "plan.projectKey must not be blank", () -> Plan.create("  ", "Fit-out"));
        assertInvalid("plan.projectKey", "plan.projectKey must not be blank", () -> Plan.create(null, "Fit-out"));
    }

    @Test
    void rejectsBlankName() {
        assertInvalid("plan.name", "plan.name must not be blank", () -> Plan.create("FIT", " \t "));
        assertInvalid("plan.name", "plan.name must not be blank", () -> Plan.create("FIT", null));
    }

    @Test
    void acceptsNameOfExactly255Characters() {
        assertThat(Plan.create("FIT", chars(255)).name()).hasSize(255);
    }

    @Test
    void rejectsNameOf256Characters() {
        assertInvalid("plan.name", "plan.name must be at most 255 characters (was 256)", () -> Plan.create("FIT", chars(256)));
    }

    @Test
    void rejectsNulCharacterInName() {
        assertInvalid("plan.name", "plan.name must not contain a NUL character", () -> Plan.create("FIT", "Fit\0out"));
    }

    @Test
    void trimsClientNameAndTurnsBlankIntoNull() {
        assertThat(plan().withClientName("  Acme Ltd ").clientName()).isEqualTo("Acme Ltd");
        assertThat(plan().withClientName("   ").clientName()).isNull();
    }

    @Test
    void rejectsClientNameOf256Characters() {
        assertInvalid("plan.clientName", "plan.clientName must be at most 255 characters (was 256)",
                () -> plan().withClientName(chars(256)));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("plan.id", "plan.id must not be negative (was -1)", () -> plan().withId(-1));
    }

    @Test
    void rejectsMissingCalendar() {
        assertInvalid("plan.calendar", "plan.calendar is required", () -> plan().withCalendar(null));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(plan().withId(99)).isEqualTo(new Plan(99, "FIT", "Fit-out Level 3", "Acme Ltd", WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT));
    }

    @Test
    void withNameChangesOnlyTheName() {
        assertThat(plan().withName(" Fit-out Level 4 "))
                .isEqualTo(new Plan(7, "FIT", "Fit-out Level 4", "Acme Ltd", WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT));
    }

    @Test
    void withNameValidatesTheNewName() {
        assertInvalid("plan.name", "plan.name must not be blank", () -> plan().withName(""));
    }

    @Test
    void withClientNameChangesOnlyTheClientName() {
        assertThat(plan().withClientName("Globex"))
                .isEqualTo(new Plan(7, "FIT", "Fit-out Level 3", "Globex", WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT));
    }

    @Test
    void withCalendarChangesOnlyTheCalendar() {
        assertThat(plan().withCalendar(SIX_DAYS)).isEqualTo(new Plan(7, "FIT", "Fit-out Level 3", "Acme Ltd", SIX_DAYS, RollupPolicy.DEFAULT));
    }

    @Test
    void withMethodsLeaveTheOriginalUnchanged() {
        Plan original = plan();
        original.withName("Other");
        original.withCalendar(SIX_DAYS.withHolidays(List.of(LocalDate.of(2024, 12, 25))));
        assertThat(original).isEqualTo(plan());
    }
}
