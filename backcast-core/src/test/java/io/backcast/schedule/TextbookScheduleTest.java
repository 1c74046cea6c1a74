package io.backcast.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;
import io.backcast.rollup.LateStart;
import io.backcast.rollup.OutcomeSchedule;

/**
 * Textbook critical-path examples, worked by hand with scheduling-conventions.md. The comments number
 * the working days (1 = the first working day of the example) and use the conventions' points: a
 * milestone of d days on days S..F has start point s = S − 1 and finish point f = F; a point milestone
 * on day D has s = f = D. Rows read "early start..early finish late late start..late finish float total
 * free free-float [critical]".
 */
class TextbookScheduleTest {

    private static final LocalDate MONDAY_3_MARCH = march(3);

    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<Integer, Integer> remainingDays = new HashMap<>();
    private WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY;

    // ---- building networks ----

    private Milestone add(Milestone milestone) {
        milestones.add(milestone);
        return milestone;
    }

    private static Milestone milestone(int id, String name, int days, Dependency... predecessors) {
        return Milestone.create(1, name, days).withId(id).withPredecessors(List.of(predecessors));
    }

    private static Dependency link(int predecessorId, DependencyType type, int lag) {
        return new Dependency(predecessorId, type, lag);
    }

    private void outcome(int id, String phrase, LocalDate neededBy, int... feeders) {
        outcomes.add(Outcome.create(1, phrase, neededBy).withId(id));
        for (int feeder : feeders) {
            for (int i = 0; i < milestones.size(); i++) {
                Milestone milestone = milestones.get(i);
                if (milestone.id() == feeder) {
                    Set<Integer> fed = new java.util.TreeSet<>(milestone.outcomeIds());
                    fed.add(id);
                    milestones.set(i, milestone.withOutcomes(fed));
                }
            }
        }
    }

    private Schedule plan(LocalDate today) {
        return new Planner().plan(new PlanNetwork(calendar, milestones, outcomes, remainingDays), today);
    }

    // ---- reading results ----

    private static String row(MilestoneSchedule m) {
        return row(m.earlyStart(), m.earlyFinish(), m.lateStart(), m.lateFinish(), m.totalFloat(), m.freeFloat(), m.critical());
    }

    private static String row(LocalDate es, LocalDate ef, LocalDate ls, LocalDate lf, Integer total, Integer free, boolean critical) {
        return es + ".." + ef + " late " + ls + ".." + lf + " float " + total + " free " + free + (critical ? " critical" : "");
    }

    private static void assertRow(Schedule schedule, int id, LocalDate es, LocalDate ef, LocalDate ls, LocalDate lf, Integer total,
                                  Integer free, boolean critical) {
        assertThat(row(schedule.milestone(id))).as(schedule.milestone(id).name())
                .isEqualTo(row(es, ef, ls, lf, total, free, critical));
    }

    private static void assertOutcome(Schedule schedule, int id, LocalDate neededBy, LocalDate forecast, int total, int groupFloat,
                                      boolean critical) {
        assertThat(schedule.outcome(id)).isEqualTo(new OutcomeForecast(id, neededBy, forecast, total, groupFloat, critical));
    }

    private static List<String> criticalPathNames(Schedule schedule, int outcomeId) {
        return schedule.criticalPath(outcomeId).stream().map(MilestoneSchedule::name).toList();
    }

    private static LocalDate feb(int day) {
        return LocalDate.of(2025, 2, day);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    private static LocalDate april(int day) {
        return LocalDate.of(2025, 4, day);
    }

    private static LocalDate may(int day) {
        return LocalDate.of(2025, 5, day);
    }

    // ---- link types, lags and leads ----

    @Test
    void finishToStartWithALagAndALeadAcrossAWeekendAndAHoliday() {
        // Mon 10 March is a holiday. Working days: Mon 3=1 Tue 4=2 Wed 5=3 Thu 6=4 Fri 7=5 Tue 11=6 Wed 12=7
        // Thu 13=8 Fri 14=9 Mon 17=10 Tue 18=11 Wed 19=12 Thu 20=13 Fri 21=14.
        calendar = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(march(10)));
        add(milestone(1, "Order", 4));
        add(milestone(2, "Deliver", 3, link(1, DependencyType.FS, 2)));
        add(milestone(3, "Install", 2, link(2, DependencyType.FS, -2)));
        outcome(100, "Kit installed", march(21), 3);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Order: s = T − 1 = 0, f = 4: Mon 3..Thu 6.
        // Deliver: s ≥ f(Order) + 2 = 6, so days 7..9: Wed 12..Fri 14 (Fri 7 and Tue 11 are the two clear days).
        // Install: s ≥ f(Deliver) − 2 = 7, so days 8..9: Thu 13..Fri 14 (a lead: it starts before Deliver ends).
        // Outcome: forecast = f(Install) = 9, Fri 14; needed by 14 (Fri 21): float 5.
        // Backward: lf(Install) = 14 (Fri 21), ls = 12 -> LS day 13 (Thu 20);
        //   lf(Deliver) = ls(Install) − (−2) = 14 (Fri 21), LS day 12 (Wed 19);
        //   lf(Order) = ls(Deliver) − 2 = 11 − 2 = 9 (Fri 14), LS day 6 (Tue 11).
        // Every float is 5, the group's minimum: all critical. Free float 0 everywhere: each link is tight.
        assertRow(schedule, 1, march(3), march(6), march(11), march(14), 5, 0, true);
        assertRow(schedule, 2, march(12), march(14), march(19), march(21), 5, 0, true);
        assertRow(schedule, 3, march(13), march(14), march(20), march(21), 5, 0, true);
        assertOutcome(schedule, 100, march(21), march(14), 5, 5, true);
        assertThat(criticalPathNames(schedule, 100)).containsExactly("Order", "Deliver", "Install");
        assertThat(schedule.warnings()).isEmpty();
    }

    @Test
    void startToStartFinishToFinishAndStartToFinishWithLagsAndLeads() {
        // Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10.
        add(milestone(1, "Design", 5));
        add(milestone(2, "Build", 4, link(1, DependencyType.SS, 2)));
        add(milestone(3, "Test", 3, link(2, DependencyType.FF, 1)));
        add(milestone(4, "Document", 2, link(3, DependencyType.SS, -1)));
        add(milestone(5, "Hand over", 2, link(3, DependencyType.SF, 3)));
        add(milestone(6, "Review", 1, link(2, DependencyType.FF, -2)));
        outcome(100, "Shipped", march(14), 3, 4, 5, 6);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Design:    s = 0, f = 5: Mon 3..Fri 7.
        // Build:     SS 2: s ≥ s(Design) + 2 = 2 -> days 3..6: Wed 5..Mon 10.
        // Test:      FF 1: f ≥ f(Build) + 1 = 7 -> s = 4, days 5..7: Fri 7..Tue 11.
        // Document:  SS −1: s ≥ s(Test) − 1 = 3 -> days 4..5: Thu 6..Fri 7.
        // Hand over: SF 3: f ≥ s(Test) + 3 = 7 -> s = 5, days 6..7: Mon 10..Tue 11.
        // Review:    FF −2: f ≥ f(Build) − 2 = 4 -> day 4: Thu 6.
        // Outcome: forecast = max f = 7 (Tue 11); needed by 10 (Fri 14): float 3.
        // Backward (lf of the outcome 10):
        //   Hand over, Document, Review: lf = 10 (Fri 14); floats 10−7 = 3, 10−5 = 5, 10−4 = 6.
        //   Test: FS 0 to the outcome: 10; SS −1 to Document: ls(Doc) + 1 + d(Test) = 8 + 1 + 3 = 12;
        //         SF 3 to Hand over: lf(HO) − 3 + d(Test) = 10 − 3 + 3 = 10. lf = 10, LS = day 8 (Wed 12), float 3.
        //   Build: FF 1 to Test: 10 − 1 = 9; FF −2 to Review: 10 + 2 = 12. lf = 9 (Thu 13), LS day 6 (Mon 10), float 3.
        //   Design: SS 2 to Build: ls(Build) − 2 + d(Design) = 5 − 2 + 5 = 8 (Wed 12), LS day 4 (Thu 6), float 3.
        // Free float: Design->Build SS: s(B) − (s(D) + 2) = 0; Build: FF to Test 7 − 7 = 0, to Review 4 − 4 = 0;
        //   Test->Document SS −1: 3 − (4 − 1) = 0; Document: s(outcome) − f = 7 − 5 = 2; Review: 7 − 4 = 3; Hand over 0.
        assertRow(schedule, 1, march(3), march(7), march(6), march(12), 3, 0, true);
        assertRow(schedule, 2, march(5), march(10), march(10), march(13), 3, 0, true);
        assertRow(schedule, 3, march(7), march(11), march(12), march(14), 3, 0, true);
        assertRow(schedule, 4, march(6), march(7), march(13), march(14), 5, 2, false);
        assertRow(schedule, 5, march(10), march(11), march(13), march(14), 3, 0, true);
        assertRow(schedule, 6, march(6), march(6), march(14), march(14), 6, 3, false);
        assertOutcome(schedule, 100, march(14), march(11), 3, 3, true);
        assertThat(criticalPathNames(schedule, 100)).containsExactly("Design", "Build", "Test", "Hand over");
    }

    @Test
    void freeFloatIsTheSlackBeforeAnySuccessorMoves() {
        // Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10.
        add(milestone(1, "Survey", 3));
        add(milestone(2, "Permit", 1));
        add(milestone(3, "Dig", 2, Dependency.after(1), link(2, DependencyType.FS, 1)));
        add(milestone(4, "Order pipes", 2));
        outcome(100, "Trench ready", march(14), 3, 4);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Survey Mon 3..Wed 5 (f = 3); Permit Mon 3 (f = 1); Dig: s ≥ max(3, 1 + 1) = 3 -> Thu 6..Fri 7 (f = 5).
        // Order pipes Mon 3..Tue 4 (f = 2). Outcome: forecast Fri 7 (5), float 10 − 5 = 5.
        // Backward: Dig lf 10, LS day 9 (Thu 13); Survey lf = ls(Dig) = 8 (Wed 12); Permit lf = ls(Dig) − 1 = 7 (Tue 11);
        //   Order pipes lf 10.
        // Free float: Permit s(Dig) − (f + 1) = 3 − 2 = 1 (total 6); Order pipes s(outcome) − f = 5 − 2 = 3 (total 8).
        assertRow(schedule, 1, march(3), march(5), march(10), march(12), 5, 0, true);
        assertRow(schedule, 2, march(3), march(3), march(11), march(11), 6, 1, false);
        assertRow(schedule, 3, march(6), march(7), march(13), march(14), 5, 0, true);
        assertRow(schedule, 4, march(3), march(4), march(13), march(14), 8, 3, false);
        assertOutcome(schedule, 100, march(14), march(7), 5, 5, true);
    }

    // ---- point milestones ----

    @Test
    void pointMilestonesSitAtTheEndOfTheirDay() {
        // Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10.
        add(milestone(1, "Contract", 2));
        add(milestone(2, "Signed", 0, Dependency.after(1)));
        add(milestone(3, "Announced", 0, Dependency.after(2)));
        add(milestone(4, "Kick-off", 1, Dependency.after(3)));
        add(milestone(5, "Eve of kick-off", 0, link(4, DependencyType.SS, 0)));
        add(milestone(6, "Day after kick-off", 0, link(4, DependencyType.SS, 2)));
        add(milestone(7, "One clear day after", 0, link(3, DependencyType.FS, 1)));
        add(milestone(8, "Any time", 0));
        add(milestone(9, "Paperwork", 3));
        outcome(100, "Under way", march(14), 4, 6, 9);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Contract Mon 3..Tue 4 (f = 2). Signed: FS 0 into a point: D ≥ f = 2 -> Tue 4, not Wed 5.
        // Announced: FS 0 from a point: D ≥ 2 -> Tue 4 as well: chains of points use no days.
        // Kick-off: FS 0 from the point on Tue 4: s ≥ 2 -> Wed 5 (day 3).
        // Eve of kick-off: SS 0: D ≥ s(Kick-off) = 2 -> Tue 4 (the end of Tue 4 is the start of Wed 5).
        // Day after kick-off: SS 2: D ≥ 2 + 2 = 4 -> Thu 6.  One clear day after: FS 1 from Tue 4: D ≥ 3 -> Wed 5.
        // Any time: no links: D ≥ T = 1 -> Mon 3.  Paperwork Mon 3..Wed 5.
        // Outcome: forecast = max(f(Kick-off) 3, f(Day after) 4, f(Paperwork) 3) = 4 (Thu 6); float 10 − 4 = 6.
        // Backward: Day after: lf 10 (Fri 14); Kick-off: min(10 (outcome), SS 2: ls(Day after) − 2 + 1 = 9) = 9 (Thu 13);
        //   Announced: ls(Kick-off) = 8 (Wed 12); Signed 8; Contract 8 -> LS day 7 (Tue 11). Paperwork lf 10, float 7.
        //   Eve of kick-off, One clear day after and Any time lead to no outcome: no late dates.
        // Float 6 along Contract -> Signed -> Announced -> Kick-off -> Day after -> outcome: the critical chain.
        assertRow(schedule, 1, march(3), march(4), march(11), march(12), 6, 0, true);
        assertRow(schedule, 2, march(4), march(4), march(12), march(12), 6, 0, true);
        assertRow(schedule, 3, march(4), march(4), march(12), march(12), 6, 0, true);
        assertRow(schedule, 4, march(5), march(5), march(13), march(13), 6, 0, true);
        assertRow(schedule, 5, march(4), march(4), null, null, null, null, false);
        assertRow(schedule, 6, march(6), march(6), march(14), march(14), 6, 0, true);
        assertRow(schedule, 7, march(5), march(5), null, null, null, null, false);
        assertRow(schedule, 8, march(3), march(3), null, null, null, null, false);
        assertRow(schedule, 9, march(3), march(5), march(12), march(14), 7, 1, false);
        assertOutcome(schedule, 100, march(14), march(6), 6, 6, true);
        assertThat(criticalPathNames(schedule, 100))
                .containsExactly("Contract", "Signed", "Announced", "Kick-off", "Day after kick-off");
    }

    // ---- late outcomes ----

    @Test
    void aLateOutcomeHasNegativeFloatAndItsCriticalChainIsTheMostNegative() {
        // Fri 28 Feb=0 Thu 27=−1 Wed 26=−2; Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10.
        add(milestone(1, "Lease", 3));
        add(milestone(2, "Fit-out", 4, Dependency.after(1)));
        add(milestone(3, "Move", 1, Dependency.after(2)));
        add(milestone(4, "Phones", 2));
        add(milestone(5, "Furniture", 5, link(1, DependencyType.FS, -2)));
        outcome(100, "Offices open", march(7), 3, 4, 5);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Forward: Lease Mon 3..Wed 5 (f 3); Fit-out Thu 6..Tue 11 (f 7); Move Wed 12 (f 8); Phones Mon 3..Tue 4 (f 2);
        //   Furniture FS −2: s ≥ 3 − 2 = 1 -> Tue 4..Mon 10 (f 6). Forecast = 8 (Wed 12); needed by 5 (Fri 7): −3.
        // Backward (lf 5): Move lf 5, LS 5 (Fri 7), float −3; Fit-out lf = ls(Move) = 4 (Thu 6), LS 1 (Mon 3), float −3;
        //   Furniture lf 5, LS 1 (Mon 3), float 5 − 6 = −1; Phones lf 5, LS day 4 (Thu 6), float 3;
        //   Lease: min(ls(Fit-out) = 0, ls(Furniture) + 2 = 0 + 2) = 0 (Fri 28 Feb), LS −2 (Wed 26 Feb), float −3.
        // The group's minimum is −3: Lease, Fit-out, Move are critical; Furniture (−1) is late but not critical.
        // Free float never exceeds total float: Phones min(s(outcome) − f = 6, 3) = 3, Furniture min(8 − 6, −1) = −1.
        assertRow(schedule, 1, march(3), march(5), feb(26), feb(28), -3, -3, true);
        assertRow(schedule, 2, march(6), march(11), march(3), march(6), -3, -3, true);
        assertRow(schedule, 3, march(12), march(12), march(7), march(7), -3, -3, true);
        assertRow(schedule, 4, march(3), march(4), march(6), march(7), 3, 3, false);
        assertRow(schedule, 5, march(4), march(10), march(3), march(7), -1, -1, false);
        assertOutcome(schedule, 100, march(7), march(12), -3, -3, true);
        assertThat(schedule.outcome(100).isLate()).isTrue();
        assertThat(criticalPathNames(schedule, 100)).containsExactly("Lease", "Fit-out", "Move");

        // Lease should have started by Wed 26 Feb: three working days ago (Thu 27, Fri 28, Mon 3).
        assertThat(schedule.warnings()).containsExactly(new ScheduleWarning(ScheduleWarning.Kind.LATEST_START_PASSED, 1,
                "'Lease' should have started by 2025-02-26 and has not"));
        OutcomeSchedule seen = schedule.of(100).orElseThrow();
        assertThat(seen.forecast()).isEqualTo(march(12));
        assertThat(seen.floatDays()).isEqualTo(-3);
        assertThat(seen.lateStarts()).containsExactly(new LateStart(1, "Lease", feb(26), 3));
        assertThat(seen.criticalMilestones()).isEqualTo(Map.of(1, "Lease", 2, "Fit-out", 3, "Move"));
    }

    @Test
    void aMilestoneFeedingSeveralOutcomesIsCriticalForTheTightestAndCriticalityIsRelativeToEachGroup() {
        // Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10, Mon 17=11 .. Fri 21=15.
        add(milestone(1, "Wiring", 2));
        add(milestone(2, "Switches", 3, Dependency.after(1)));
        add(milestone(3, "Access points", 4, Dependency.after(2)));
        add(milestone(4, "Signage", 1));
        outcome(100, "Desks online", march(7), 1, 2);
        outcome(200, "WiFi everywhere", march(21), 2, 3, 4);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Forward: Wiring Mon 3..Tue 4 (f 2), Switches Wed 5..Fri 7 (f 5), Access points Mon 10..Thu 13 (f 9),
        //   Signage Mon 3 (f 1). Desks online: forecast 5 (Fri 7), float 0; WiFi everywhere: 9 (Thu 13), float 15 − 9 = 6.
        // Backward: Access points lf 15 (Fri 21), LS 12 (Tue 18), float 6; Signage lf 15, float 14;
        //   Switches min(5 (Desks), 15 (WiFi), ls(AP) = 11) = 5 (Fri 7), LS 3 (Wed 5), float 0;
        //   Wiring min(5, ls(Switches) = 2) = 2 (Tue 4), LS 1, float 0.
        // Groups: Desks {Desks, Wiring, Switches} minimum 0; WiFi {WiFi, Wiring, Switches, AP, Signage} minimum 0.
        // Access points' float 6 is not critical: the only group containing it (WiFi's) has minimum 0 (Switches).
        assertRow(schedule, 1, march(3), march(4), march(3), march(4), 0, 0, true);
        assertRow(schedule, 2, march(5), march(7), march(5), march(7), 0, 0, true);
        assertRow(schedule, 3, march(10), march(13), march(18), march(21), 6, 0, false);
        assertRow(schedule, 4, march(3), march(3), march(21), march(21), 14, 8, false);
        assertOutcome(schedule, 100, march(7), march(7), 0, 0, true);
        assertOutcome(schedule, 200, march(21), march(13), 6, 0, false);
        assertThat(criticalPathNames(schedule, 100)).containsExactly("Wiring", "Switches");
        assertThat(criticalPathNames(schedule, 200)).containsExactly("Wiring", "Switches");
        assertThat(schedule.of(200).orElseThrow().floatDays()).isZero();
    }

    @Test
    void aChainWithPositiveFloatIsCriticalWhenNothingFeedingItsOutcomeHasLess() {
        add(milestone(1, "Draft", 2));
        add(milestone(2, "Approve", 1, Dependency.after(1)));
        add(milestone(3, "Translate", 1));
        outcome(100, "Policy published", march(17), 2, 3);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Draft Mon 3..Tue 4, Approve Wed 5 (f 3); Translate Mon 3 (f 1). Needed by Mon 17 (11): outcome float 8.
        // Approve lf 11, Draft lf 10 (Fri 14): both float 8, the smallest: critical. Translate float 10: not.
        assertRow(schedule, 1, march(3), march(4), march(13), march(14), 8, 0, true);
        assertRow(schedule, 2, march(5), march(5), march(17), march(17), 8, 0, true);
        assertRow(schedule, 3, march(3), march(3), march(17), march(17), 10, 2, false);
        assertOutcome(schedule, 100, march(17), march(5), 8, 8, true);
    }

    // ---- progress ----

    @Test
    void inProgressMilestonesFinishTheirRemainingDaysFromToday() {
        // Today Wed 5 March. Mon 24 Feb=−4 Tue 25=−3 Wed 26=−2 Thu 27=−1 Fri 28=0; Mon 3=1 Tue 4=2 Wed 5=3 Thu 6=4
        // Fri 7=5 Mon 10=6 Tue 11=7.  T = 3.
        add(milestone(1, "Site survey", 3).withActuals(feb(24), feb(26)));
        add(milestone(2, "Cabling", 5, Dependency.after(1)).withActuals(march(3), null));
        add(milestone(3, "Patch panels", 4).withActuals(feb(28), null));
        add(milestone(4, "Labels", 2).withActuals(feb(27), null));
        add(milestone(5, "Testing", 2, Dependency.after(2)));
        add(milestone(6, "Spares", 1, link(3, DependencyType.SS, 1)));
        remainingDays.put(3, 5);
        outcome(100, "Network live", march(11), 5, 3, 4, 6);
        outcome(200, "Spares on site", march(5), 6);

        Schedule schedule = plan(march(5));

        // Site survey is done: it sits at its actual dates, has no float and is never critical.
        // Cabling: 5 days from Mon 3; spent Mon 3, Tue 4 (2 days before today) -> 3 remain from T: f = 3 + 2 = 5 (Fri 7).
        // Patch panels: 5 days remaining given -> f = 3 + 4 = 7 (Tue 11), whatever its 4-day duration says.
        // Labels: 2 days from Thu 27 Feb; spent Thu 27, Fri 28, Mon 3, Tue 4 = 4 -> max(1, 2 − 4) = 1 -> f = T = Wed 5.
        // Testing: FS 0 from Cabling: s ≥ 5 -> Mon 10..Tue 11 (f 7).
        // Spares: SS 1 from Patch panels: s ≥ s(PP) + 1 = −1 + 1 = 0, but s ≥ T − 1 = 2 -> Wed 5.
        // Network live: forecast max(7, 7, 3, 3) = 7 (Tue 11), needed by 7: float 0. Spares on site: 3 (Wed 5), float 0.
        // Backward: Testing lf 7, LS 6 (Mon 10); Cabling lf = ls(Testing) = 5 (Fri 7), float 0, LS = its actual start;
        //   Spares lf min(7, 3) = 3; Patch panels lf 7: its SS link to Spares would give ls(Spares) − 1 + 4 = 5,
        //   but it has started, so that link limits nothing: float 0; Labels lf 7, float 4.
        assertRow(schedule, 1, feb(24), feb(26), feb(24), feb(26), null, null, false);
        assertRow(schedule, 2, march(3), march(7), march(3), march(7), 0, 0, true);
        assertRow(schedule, 3, feb(28), march(11), feb(28), march(11), 0, 0, true);
        assertRow(schedule, 4, feb(27), march(5), feb(27), march(11), 4, 4, false);
        assertRow(schedule, 5, march(10), march(11), march(10), march(11), 0, 0, true);
        assertRow(schedule, 6, march(5), march(5), march(5), march(5), 0, 0, true);
        assertThat(schedule.milestone(1).progress()).isEqualTo(Progress.DONE);
        assertThat(schedule.milestone(2).progress()).isEqualTo(Progress.IN_PROGRESS);
        assertThat(schedule.milestone(5).progress()).isEqualTo(Progress.NOT_STARTED);
        assertOutcome(schedule, 100, march(11), march(11), 0, 0, true);
        assertOutcome(schedule, 200, march(5), march(5), 0, 0, true);
        assertThat(schedule.warnings()).isEmpty();
    }

    @Test
    void doneMilestonesSitAtTheirActualDatesAndLagsCountFromThem() {
        // Mon 24 Feb=−4 Tue 25=−3 Wed 26=−2 Thu 27=−1 Fri 28=0; Mon 3=1 .. Fri 7=5.
        add(milestone(1, "Concrete poured", 3).withActuals(feb(24), feb(26)));
        add(milestone(2, "Inspection", 0).withActuals(feb(27), feb(27)));
        add(milestone(3, "Frame", 2, Dependency.after(1)));
        add(milestone(4, "Curing", 1, link(1, DependencyType.FS, 5)));
        add(milestone(5, "Sign-off", 0, link(2, DependencyType.SS, 3)));
        outcome(100, "Slab ready", march(14), 1, 2);
        outcome(200, "Frame up", march(14), 3, 4, 5);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Frame: FS 0 from a finish on −2 would allow day −1, but not-started work starts no earlier than T: Mon 3..Tue 4.
        // Curing: FS 5 from Wed 26 Feb: Thu 27, Fri 28, Mon 3, Tue 4, Wed 5 are the five clear days -> Thu 6.
        // Sign-off: SS 3 from the done point on Thu 27 (s = −1): D ≥ −1 + 3 = 2 -> Tue 4.
        // Slab ready is fed only by done work: forecast T = Mon 3; float 10 − 1 = 9, the only float in its group.
        assertRow(schedule, 1, feb(24), feb(26), feb(24), feb(26), null, null, false);
        assertRow(schedule, 2, feb(27), feb(27), feb(27), feb(27), null, null, false);
        assertRow(schedule, 3, march(3), march(4), march(13), march(14), 8, 2, false);
        assertRow(schedule, 4, march(6), march(6), march(14), march(14), 6, 0, true);
        assertRow(schedule, 5, march(4), march(4), march(14), march(14), 8, 2, false);
        assertOutcome(schedule, 100, march(14), march(3), 9, 9, true);
        assertOutcome(schedule, 200, march(14), march(6), 6, 6, true);
        assertThat(schedule.criticalPath(100)).isEmpty();
        assertThat(schedule.of(100).orElseThrow().floatDays()).isEqualTo(9);
    }

    @Test
    void anOutcomeFedOnlyByDoneWorkIsForecastForTheFirstWorkingDayFromToday() {
        add(milestone(1, "Delivered", 2).withActuals(march(5), march(6)));
        outcome(100, "In stock", march(14), 1);

        Schedule schedule = plan(march(8)); // a Saturday: T = Mon 10

        assertOutcome(schedule, 100, march(14), march(10), 4, 4, true);
    }

    // ---- constraints ----

    @Test
    void startNoEarlierThanAndFinishNoLaterThan() {
        // Mon 3=1 .. Fri 7=5, Mon 10=6 .. Fri 14=10, Mon 17=11 .. Fri 21=15.
        add(milestone(1, "Equipment", 3).withConstraints(march(8), null)); // a Saturday: moved to Mon 10
        add(milestone(2, "Commission", 2, Dependency.after(1)).withConstraints(null, march(13)));
        add(milestone(3, "Paperwork", 2).withConstraints(null, march(16))); // a Sunday: moved to Fri 14
        add(milestone(4, "Early bird", 1).withConstraints(feb(24), null)); // already past: today wins
        add(milestone(5, "Exactly fits", 3).withConstraints(march(10), march(12)));
        outcome(100, "Plant running", march(21), 2, 4);

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Equipment: SNET day 6 -> s = 5, days 6..8: Mon 10..Wed 12. Commission: s ≥ 8 -> Thu 13..Fri 14 (f 10).
        // Commission: lf = min(outcome 15, FNLT 9 (Thu 13)) = 9, LS 8 (Wed 12), float 9 − 10 = −1.
        // Equipment: lf = ls(Commission) = 7 (Tue 11), LS 5 (Fri 7), before its own SNET: SNET never moves late
        //   dates. Float 7 − 8 = −1.
        // Paperwork: limited only by its FNLT: lf 10 (Fri 14), float 10 − 2 = 8; it feeds no outcome: not critical.
        // Early bird: Mon 3, lf 15, float 14.  Exactly fits: Mon 10..Wed 12 with FNLT Wed 12: float 0, no outcome.
        // Plant running: forecast 10 (Fri 14), float 5; its group {Commission −1, Equipment −1, Early bird 14, itself 5}
        //   has minimum −1: Commission and Equipment are critical, the outcome is not.
        assertRow(schedule, 1, march(10), march(12), march(7), march(11), -1, -1, true);
        assertRow(schedule, 2, march(13), march(14), march(12), march(13), -1, -1, true);
        assertRow(schedule, 3, march(3), march(4), march(13), march(14), 8, 8, false);
        assertRow(schedule, 4, march(3), march(3), march(21), march(21), 14, 9, false);
        assertRow(schedule, 5, march(10), march(12), march(10), march(12), 0, 0, false);
        assertOutcome(schedule, 100, march(21), march(14), 5, -1, false);
        assertThat(criticalPathNames(schedule, 100)).containsExactly("Equipment", "Commission");
    }

    // ---- calendars ----

    @Test
    void weekendsAndHolidaysAreSkippedAndDatesOnThemAreMoved() {
        // Easter 2025: Good Friday 18 April and Easter Monday 21 April are holidays. Today Tue 15 April.
        // Tue 15=1 Wed 16=2 Thu 17=3 Tue 22=4 Wed 23=5 Thu 24=6 Fri 25=7 Mon 28=8 Tue 29=9 Wed 30=10 Thu 1 May=11 Fri 2=12.
        calendar = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(april(18), april(21)));
        add(milestone(1, "Prepare", 4));
        add(milestone(2, "Deliver", 2, Dependency.after(1)));
        add(milestone(3, "Unpack", 1).withConstraints(april(18), null)); // SNET on Good Friday: moved to Tue 22
        outcome(100, "Shelves stocked", april(21), 3); // needed on Easter Monday: moved back to Thu 17
        outcome(200, "Shop open", may(4), 2); // a Sunday: moved back to Fri 2 May

        Schedule schedule = plan(april(15));

        // Prepare: days 1..4 = Tue 15, Wed 16, Thu 17, Tue 22. Deliver: Wed 23..Thu 24 (f 6). Unpack: SNET day 4: Tue 22.
        // Shelves stocked: forecast 4 (Tue 22), needed by 3 (Thu 17): float −1. Unpack lf 3 (Thu 17), float −1.
        // Shop open: forecast 6 (Thu 24), needed by 12 (Fri 2 May): float 6; Deliver lf 12, LS 11 (Thu 1 May);
        //   Prepare lf = ls(Deliver) = 10 (Wed 30), LS 7 (Fri 25), float 10 − 4 = 6.
        assertRow(schedule, 1, april(15), april(22), april(25), april(30), 6, 0, true);
        assertRow(schedule, 2, april(23), april(24), may(1), may(2), 6, 0, true);
        assertRow(schedule, 3, april(22), april(22), april(17), april(17), -1, -1, true);
        assertOutcome(schedule, 100, april(17), april(22), -1, -1, true);
        assertOutcome(schedule, 200, may(2), april(24), 6, 6, true);
        assertThat(schedule.warnings()).isEmpty(); // Unpack's latest start, Thu 17, is still ahead
    }

    @Test
    void todayOnAWeekendMeansWorkStartsOnTheNextWorkingDay() {
        add(milestone(1, "Audit", 2));
        add(milestone(2, "Report", 0, Dependency.after(1)));
        outcome(100, "Audited", march(14), 2);

        Schedule schedule = plan(march(8)); // Saturday: T = Mon 10

        // Audit Mon 10..Tue 11; Report (a point, FS 0) Tue 11; needed Fri 14: float 3.
        assertRow(schedule, 1, march(10), march(11), march(13), march(14), 3, 0, true);
        assertRow(schedule, 2, march(11), march(11), march(14), march(14), 3, 0, true);
        assertOutcome(schedule, 100, march(14), march(11), 3, 3, true);
    }

    // ---- warnings ----

    @Test
    void warnsWhenANeededByDateHasPassedAndWhenALatestStartHasPassed() {
        // Fri 28 Feb=0 Thu 27=−1 Wed 26=−2; Mon 3=1.
        add(milestone(1, "Survey", 3));
        add(milestone(2, "Quote", 1));
        outcome(100, "Go-live", march(1), 1); // a Saturday, moved back to Fri 28 Feb: already past
        outcome(200, "Kick-off", march(3), 2); // needed today: not past

        Schedule schedule = plan(MONDAY_3_MARCH);

        // Survey Mon 3..Wed 5 (f 3); Go-live lf 0 (Fri 28 Feb): float −3, LS −2 (Wed 26 Feb), three working days ago.
        // Quote Mon 3 (f 1), Kick-off needed on day 1: float 0, LS = today: no warning.
        assertRow(schedule, 1, march(3), march(5), feb(26), feb(28), -3, -3, true);
        assertRow(schedule, 2, march(3), march(3), march(3), march(3), 0, 0, true);
        assertOutcome(schedule, 100, feb(28), march(5), -3, -3, true);
        assertThat(schedule.warnings()).containsExactlyInAnyOrder(
                new ScheduleWarning(ScheduleWarning.Kind.NEEDED_BY_PASSED, 100, "'Go-live' was needed by 2025-03-01, which has passed"),
                new ScheduleWarning(ScheduleWarning.Kind.LATEST_START_PASSED, 1, "'Survey' should have started by 2025-02-26 and has not"));
        assertThat(schedule.of(100).orElseThrow().lateStarts()).containsExactly(new LateStart(1, "Survey", feb(26), 3));
    }

    // ---- rejections (conventions §7) ----

    private String rejection() {
        try {
            plan(MONDAY_3_MARCH);
        } catch (ValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("the plan was accepted");
    }

    @Test
    void rejectsACycleListingItsMilestonesInOrder() {
        add(milestone(5, "Downstream", 1, Dependency.after(1))); // waits on the cycle but is not on it
        add(milestone(1, "Alpha", 1, Dependency.after(3)));
        add(milestone(2, "Beta", 1, Dependency.after(1)));
        add(milestone(3, "Gamma", 1, link(2, DependencyType.SS, 0)));
        add(milestone(4, "Free", 1));

        // Links: Alpha -> Beta -> Gamma -> Alpha. The message may start anywhere on the cycle but must follow it.
        assertThat(rejection()).isIn(
                "milestone.predecessors form a cycle: 'Alpha' → 'Beta' → 'Gamma' → 'Alpha'",
                "milestone.predecessors form a cycle: 'Beta' → 'Gamma' → 'Alpha' → 'Beta'",
                "milestone.predecessors form a cycle: 'Gamma' → 'Alpha' → 'Beta' → 'Gamma'");
    }

    @Test
    void rejectsATwoMilestoneCycle() {
        add(milestone(1, "Chicken", 1, Dependency.after(2)));
        add(milestone(2, "Egg", 1, link(1, DependencyType.FF, 0)));

        assertThat(rejection()).isIn("milestone.predecessors form a cycle: 'Chicken' → 'Egg' → 'Chicken'",
                "milestone.predecessors form a cycle: 'Egg' → 'Chicken' → 'Egg'");
    }

    @Test
    void rejectsUnknownPredecessorsAndOutcomes() {
        add(milestone(1, "Known", 1));
        add(milestone(2, "Orphan", 1, Dependency.after(99)));
        assertThat(rejection()).isEqualTo("milestone.predecessors 'Orphan' depends on milestone 99, which is not in the plan");

        milestones.clear();
        add(milestone(1, "Feeder", 1).withOutcomes(Set.of(7)));
        assertThat(rejection()).isEqualTo("milestone.outcomeIds 'Feeder' feeds outcome 7, which is not in the plan");
    }

    @Test
    void rejectsActualDatesOnOrAfterTodayAndOnNonWorkingDays() {
        add(milestone(1, "Started today", 2).withActuals(MONDAY_3_MARCH, null));
        assertThat(rejection()).isEqualTo("milestone.actualStart of 'Started today' (2025-03-03) must be before today (2025-03-03)");

        milestones.clear();
        add(milestone(1, "Finishes tomorrow", 2).withActuals(feb(28), march(4)));
        assertThat(rejection()).isEqualTo("milestone.actualFinish of 'Finishes tomorrow' (2025-03-04) must be before today (2025-03-03)");

        milestones.clear();
        add(milestone(1, "Weekend start", 2).withActuals(march(1), null));
        assertThat(rejection()).isEqualTo("milestone.actualStart of 'Weekend start' (2025-03-01) must be a working day");

        milestones.clear();
        calendar = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(feb(27)));
        add(milestone(1, "Holiday finish", 2).withActuals(feb(26), feb(27)));
        assertThat(rejection()).isEqualTo("milestone.actualFinish of 'Holiday finish' (2025-02-27) must be a working day");
    }

    @Test
    void rejectsOutOfSequenceProgress() {
        add(milestone(1, "Foundations", 5).withActuals(feb(24), null)); // in progress, not done
        add(milestone(2, "Walls", 5, Dependency.after(1)).withActuals(feb(27), null));
        assertThat(rejection()).isEqualTo("milestone.actualStart of 'Walls' is recorded, but its predecessor 'Foundations' is not done:"
                + " record the predecessor's actual dates first");

        milestones.clear();
        add(milestone(1, "Design", 5)); // not started
        add(milestone(2, "Build", 5, link(1, DependencyType.SS, 0)).withActuals(feb(24), feb(28)));
        assertThat(rejection()).isEqualTo("milestone.actualStart of 'Build' is recorded, but its predecessor 'Design' is not done:"
                + " record the predecessor's actual dates first");
    }

    @Test
    void rejectsContradictoryStartNoEarlierThanAndFinishNoLaterThan() {
        // SNET Mon 10 (day 6) + 3 days = finishes day 8 (Wed 12) at the earliest; FNLT Tue 11 (day 7) is too early.
        add(milestone(1, "Squeezed", 3).withConstraints(march(10), march(11)));
        assertThat(rejection()).isEqualTo("milestone.finishNoLaterThan of 'Squeezed' (2025-03-11) leaves fewer than 3 working days"
                + " after its start-no-earlier-than date (2025-03-10)");

        // SNET Sat 8 -> Mon 10, FNLT Sun 16 -> Fri 14: five working days; a 6-day milestone does not fit although the raw
        // dates are nine days apart.
        milestones.clear();
        add(milestone(1, "Over the weekend", 6).withConstraints(march(8), march(16)));
        assertThat(rejection()).isEqualTo("milestone.finishNoLaterThan of 'Over the weekend' (2025-03-16) leaves fewer than 6 working"
                + " days after its start-no-earlier-than date (2025-03-08)");

        // ... and 5 days fit exactly.
        milestones.clear();
        add(milestone(1, "Just fits", 5).withConstraints(march(8), march(16)));
        assertThat(plan(MONDAY_3_MARCH).milestone(1).earlyFinish()).isEqualTo(march(14));

        // A 1-day milestone reads in the singular; a point milestone needs one working day on or after its SNET.
        milestones.clear();
        add(milestone(1, "One day", 1).withConstraints(march(8), march(9)));
        assertThat(rejection()).isEqualTo("milestone.finishNoLaterThan of 'One day' (2025-03-09) leaves fewer than 1 working day"
                + " after its start-no-earlier-than date (2025-03-08)");
        milestones.clear();
        add(milestone(1, "Point", 0).withConstraints(march(8), march(9)));
        assertThat(rejection()).isEqualTo("milestone.finishNoLaterThan of 'Point' (2025-03-09) leaves no working day on or"
                + " after its start-no-earlier-than date (2025-03-08)");

        // The model itself refuses an FNLT before the SNET.
        assertThatThrownBy(() -> milestone(1, "Backwards", 1).withConstraints(march(10), march(7)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.finishNoLaterThan must not be before its start-no-earlier-than date (2025-03-10)");
    }

    @Test
    void theModelRefusesAPointInProgressAndTwoLinksFromOneMilestone() {
        assertThatThrownBy(() -> milestone(1, "Point", 0).withActuals(feb(27), null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.actualFinish of a point milestone (0 days) must equal its actual start");
        assertThatThrownBy(() -> milestone(2, "Twice", 1, Dependency.after(1), link(1, DependencyType.SS, 2)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.predecessors of 'Twice' must not list milestone 1 twice");
    }
}
