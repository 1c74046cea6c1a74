package io.backcast.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkLink;
import io.backcast.model.WorkLinkKind;
import io.backcast.port.AccessPolicy;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.ReasonKind;
import io.backcast.schedule.Progress;
import io.backcast.service.OutcomeView;
import io.backcast.service.PlanService;
import io.backcast.service.PlanView;
import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.SchemaMigrator;
import io.backcast.store.CheckInRepository;
import io.backcast.store.DeliverableRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;
import io.backcast.store.Schema;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The demo plan on a real H2 database: installed once, rich enough to show everything, alive on any day. */
class DemoPlanTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);
    private static final Viewer VIEWER = new Viewer("demo.viewer");

    /** Everyone may see and change everything. */
    private static final AccessPolicy EVERYONE = TestAccess.everyoneEdits();

    private EntityManagerStore store;

    @BeforeEach
    void emptyDatabase() {
        store = EntityManagerStore.connect(new Database("jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        new SchemaMigrator(store).migrate();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    // ------------------------------------------------------------ installing

    @Test
    void installingTwiceKeepsOnePlanAndTheSameRows() {
        Plan first = DemoPlan.install(store, WEDNESDAY);
        Map<String, Integer> rowsAfterFirst = rowCounts();

        Plan second = DemoPlan.install(store, WEDNESDAY);

        assertThat(second).isEqualTo(first);
        assertThat(new PlanRepository(store).findAll()).containsExactly(first);
        assertThat(rowCounts()).isEqualTo(rowsAfterFirst);
        assertThat(rowsAfterFirst.values()).anyMatch(count -> count > 0);
    }

    @Test
    void installingOnALaterDayReturnsTheExistingPlanUnchanged() {
        Plan first = DemoPlan.install(store, WEDNESDAY);
        List<Outcome> outcomesBefore = new OutcomeRepository(store).findByPlan(first.id());
        List<Milestone> milestonesBefore = new MilestoneRepository(store).findByPlan(first.id());
        Map<String, Integer> rowsBefore = rowCounts();

        Plan later = DemoPlan.install(store, WEDNESDAY.plusDays(9));

        assertThat(later).isEqualTo(first);
        assertThat(new OutcomeRepository(store).findByPlan(first.id())).isEqualTo(outcomesBefore);
        assertThat(new MilestoneRepository(store).findByPlan(first.id())).isEqualTo(milestonesBefore);
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    @Test
    void installingLeavesOtherPlansOfTheProjectAlone() {
        Plan other = new PlanRepository(store).save(Plan.create(DemoPlan.PROJECT_KEY, "Office move"));

        Plan demo = DemoPlan.install(store, WEDNESDAY);

        assertThat(demo.id()).isNotEqualTo(other.id());
        assertThat(new PlanRepository(store).findByProject(DemoPlan.PROJECT_KEY)).extracting(Plan::name)
                .containsExactlyInAnyOrder("Office move", DemoPlan.PLAN_NAME);
    }

    // ------------------------------------------------------------ what the plan holds

    @Test
    void thePlanIsAnItFitOutForAcmeWithStoryPointsAndPartialCredit() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);

        assertThat(plan.projectKey()).isEqualTo("FIT");
        assertThat(plan.name()).isEqualTo("New plant IT fit-out");
        assertThat(plan.clientName()).isEqualTo("Acme Manufacturing");
        assertThat(plan.calendar().workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(plan.calendar().holidays()).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(day -> day.isAfter(WEDNESDAY.plusWeeks(2)) && day.isBefore(WEDNESDAY.plusWeeks(7)));
        assertThat(plan.policy().weightMethod()).isEqualTo(WeightMethod.STORY_POINTS);
        assertThat(plan.policy().partialCredit()).isTrue();
    }

    @Test
    void thePlanHasThreeOwnedOutcomesNeededInSixEightAndTenWeeks() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);

        List<Outcome> outcomes = new OutcomeRepository(store).findByPlan(plan.id());

        assertThat(outcomes).extracting(Outcome::phrase)
                .containsExactly(DemoPlan.WIFI, DemoPlan.MACHINES, DemoPlan.WEB_SERVERS);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.why()).isNotBlank();
            assertThat(outcome.owner()).isNotBlank();
            assertThat(outcome.secondaryOwner()).isNotBlank().isNotEqualTo(outcome.owner());
        });
        assertThat(outcomes).extracting(outcome -> weeksFrom(WEDNESDAY, outcome.neededBy())).containsExactly(6L, 8L, 10L);
    }

    @Test
    void everyOutcomeHasTwoToFourWeightedDeliverablesLinkedThreeWays() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);
        List<Outcome> outcomes = new OutcomeRepository(store).findByPlan(plan.id());
        List<Deliverable> deliverables = new DeliverableRepository(store).findByPlan(plan.id());

        for (Outcome outcome : outcomes) {
            assertThat(deliverables).filteredOn(d -> d.outcomeId() == outcome.id()).hasSizeBetween(2, 4);
        }
        assertThat(deliverables).allMatch(Deliverable::isLinked).allMatch(d -> d.weight() > 0);
        assertThat(deliverables.stream().map(Deliverable::weight).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(deliverables.stream().flatMap(d -> d.workLinks().stream()).map(WorkLink::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(WorkLinkKind.ISSUE, WorkLinkKind.JQL, WorkLinkKind.EPIC);
        assertThat(deliverables).filteredOn(d -> d.milestoneId() != null).hasSizeGreaterThanOrEqualTo(deliverables.size() / 2);
        assertThat(deliverables).extracting(Deliverable::name)
                .contains("Access points installed", "Cabling certified", "Firewall rules live", "TLS certificates deployed");
    }

    @Test
    void theMilestonesMixExternalDoneAndInProgressWithEveryKindOfLinkAndConstraint() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);
        List<Milestone> milestones = new MilestoneRepository(store).findByPlan(plan.id());
        List<Dependency> links = milestones.stream().flatMap(m -> m.predecessors().stream()).toList();

        assertThat(milestones).hasSizeBetween(8, 10);
        assertThat(milestones).filteredOn(Milestone::external).extracting(Milestone::name)
                .containsExactlyInAnyOrder("Building handed over", "Power on");
        assertThat(byName(milestones, "Building handed over").actualFinish()).isBefore(WEDNESDAY);
        assertThat(milestones).filteredOn(m -> m.actualFinish() != null).hasSizeGreaterThanOrEqualTo(2);
        assertThat(milestones).filteredOn(m -> m.actualStart() != null && m.actualFinish() == null).hasSize(1);
        assertThat(links.stream().map(Dependency::type).collect(Collectors.toSet()))
                .contains(DependencyType.FS, DependencyType.SS, DependencyType.FF);
        assertThat(links).anyMatch(link -> link.type() == DependencyType.SS && link.lagDays() > 0);
        assertThat(links).anyMatch(link -> link.lagDays() < 0);
        assertThat(milestones).anyMatch(m -> m.startNoEarlierThan() != null);
        assertThat(milestones).anyMatch(m -> m.finishNoLaterThan() != null);
        assertThat(milestones).allMatch(m -> m.owner() != null && m.secondaryOwner() != null);
        assertThat(milestones.stream().flatMap(m -> m.outcomeIds().stream()).collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void checkInsArePublicAndInternalOnOutcomesAndMilestonesInTheRecentPast() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);

        List<CheckIn> checkIns = new CheckInRepository(store).findByPlan(plan.id());

        assertThat(checkIns).extracting(CheckIn::visibility).contains(Visibility.PUBLIC, Visibility.INTERNAL);
        assertThat(checkIns).extracting(CheckIn::subjectKind).contains(SubjectKind.OUTCOME, SubjectKind.MILESTONE);
        assertThat(checkIns).allMatch(c -> c.date().isBefore(WEDNESDAY) && c.date().isAfter(WEDNESDAY.minusWeeks(3)));
    }

    // ------------------------------------------------------------ the Jira work

    @Test
    void everyIssueKeyALinkNamesIsInTheWorkSource() {
        Plan plan = DemoPlan.install(store, WEDNESDAY);
        Instant now = WEDNESDAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        DemoWorkSource work = new DemoWorkSource(now);
        Set<String> known = DemoWorkItems.items(now).stream().map(item -> item.key().value()).collect(Collectors.toSet());

        for (Deliverable deliverable : new DeliverableRepository(store).findByPlan(plan.id())) {
            for (WorkLink link : deliverable.workLinks()) {
                if (link.kind() == WorkLinkKind.JQL) {
                    assertThat(DemoWorkItems.jqlAnswers()).as("answer declared for %s", link.target()).containsKey(link.target());
                    assertThat(DemoWorkItems.jqlAnswers().get(link.target())).isNotEmpty().isSubsetOf(known);
                } else {
                    assertThat(known).as("issue of %s", deliverable.name()).contains(link.target());
                }
                assertThat(work.workFor(List.of(link), VIEWER)).as("work found by %s", link).isNotEmpty();
            }
        }
    }

    // ------------------------------------------------------------ planned and rolled up

    @Test
    void theOutcomesShowAtRiskOffTrackAndOnTrack() {
        PlanView view = view(WEDNESDAY);

        assertThat(states(view)).containsExactly(
                entry(DemoPlan.WIFI, OutcomeState.AT_RISK),
                entry(DemoPlan.MACHINES, OutcomeState.OFF_TRACK),
                entry(DemoPlan.WEB_SERVERS, OutcomeState.ON_TRACK));
        assertThat(outcome(view, DemoPlan.WIFI).rollup().reason().kind()).isEqualTo(ReasonKind.LOW_FLOAT);
        assertThat(outcome(view, DemoPlan.MACHINES).rollup().reason().kind()).isEqualTo(ReasonKind.FORECAST_LATE);
        assertThat(outcome(view, DemoPlan.WEB_SERVERS).rollup().reason().kind()).isEqualTo(ReasonKind.FORECAST);
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void theScheduleHasTwoDaysOfFloatForWifiAndMachinesFourDaysLate() {
        PlanView view = view(WEDNESDAY);

        assertThat(outcome(view, DemoPlan.WIFI).forecast().totalFloat()).isEqualTo(2);
        assertThat(outcome(view, DemoPlan.MACHINES).forecast().totalFloat()).isEqualTo(-4);
        assertThat(outcome(view, DemoPlan.WEB_SERVERS).forecast().groupFloat()).isEqualTo(8);
        assertThat(view.milestones()).filteredOn(m -> m.schedule().progress() == Progress.IN_PROGRESS)
                .extracting(m -> m.milestone().name()).containsExactly("Network cabled");
        assertThat(view.milestones()).filteredOn(m -> m.schedule().critical()).extracting(m -> m.milestone().name())
                .contains("Power on", "Machines connected", "Access points installed");
    }

    @Test
    void theProgressOfEveryOutcomeIsPartlyDone() {
        PlanView view = view(WEDNESDAY);

        assertThat(view.outcomes()).allSatisfy(outcome ->
                assertThat(outcome.rollup().progress()).isStrictlyBetween(0.0, 1.0));
        assertThat(view.outcomes().stream().flatMap(o -> o.deliverables().stream()))
                .anyMatch(d -> d.rollup().done())
                .anyMatch(d -> d.rollup().impeded())
                .anyMatch(d -> d.rollup().breakdown().estimatedWeights() > 0);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("aWholeWeek")
    void itPlansTheSameOnEveryDayOfTheWeek(LocalDate today, DayOfWeek weekday) {
        assertPlansCleanly(today);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aroundTheYearEnd")
    void itPlansTheSameAroundTheYearEnd(LocalDate today) {
        assertPlansCleanly(today);
    }

    static Stream<Arguments> aWholeWeek() {
        return Stream.iterate(LocalDate.of(2025, 6, 5), day -> day.plusDays(1)).limit(7) // Thursday to Wednesday
                .map(day -> Arguments.of(day, day.getDayOfWeek()));
    }

    static Stream<LocalDate> aroundTheYearEnd() {
        return Stream.of(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 27));
    }

    private void assertPlansCleanly(LocalDate today) {
        PlanView view = view(today);

        assertThat(states(view).values())
                .containsExactly(OutcomeState.AT_RISK, OutcomeState.OFF_TRACK, OutcomeState.ON_TRACK);
        assertThat(view.warnings()).isEmpty();
        assertThat(outcome(view, DemoPlan.WIFI).forecast().totalFloat()).isEqualTo(2);
        assertThat(outcome(view, DemoPlan.MACHINES).forecast().totalFloat()).isEqualTo(-4);
        List<Milestone> milestones = view.milestones().stream().map(m -> m.milestone()).toList();
        Map<Integer, Milestone> byId = new HashMap<>();
        milestones.forEach(m -> byId.put(m.id(), m));
        for (Milestone milestone : milestones) {
            for (LocalDate actual : Arrays.asList(milestone.actualStart(), milestone.actualFinish())) {
                if (actual != null) {
                    assertThat(actual).isBefore(today);
                    assertThat(view.plan().calendar().isWorkingDay(actual)).isTrue();
                }
            }
            if (milestone.actualStart() != null) {
                assertThat(milestone.predecessors()).allMatch(link -> byId.get(link.predecessorId()).actualFinish() != null);
            }
        }
    }

    // ------------------------------------------------------------ helpers

    private PlanView view(LocalDate today) {
        Plan plan = DemoPlan.install(store, today);
        Instant now = today.atTime(9, 30).toInstant(ZoneOffset.UTC);
        PlanService service = new PlanService(store, new DemoWorkSource(now), EVERYONE,
                Clock.fixed(now, ZoneOffset.UTC), PhraseBook.english());
        return service.view(VIEWER, plan.id());
    }

    private static Map<String, OutcomeState> states(PlanView view) {
        Map<String, OutcomeState> states = new LinkedHashMap<>();
        view.outcomes().forEach(o -> states.put(o.outcome().phrase(), o.rollup().state()));
        return states;
    }

    private static OutcomeView outcome(PlanView view, String phrase) {
        return view.outcomes().stream().filter(o -> o.outcome().phrase().equals(phrase)).findFirst().orElseThrow();
    }

    private static Milestone byName(List<Milestone> milestones, String name) {
        return milestones.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static long weeksFrom(LocalDate today, LocalDate day) {
        return Math.round((day.toEpochDay() - today.toEpochDay()) / 7.0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Class<? extends RawEntity<?>> type : Schema.ENTITIES) {
            counts.put(type.getSimpleName(), store.inTransaction(() -> store.count((Class) type, Query.select())));
        }
        return counts;
    }
}
