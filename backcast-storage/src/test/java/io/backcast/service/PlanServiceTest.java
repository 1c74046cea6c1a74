package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.StatusCategory;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;
import io.backcast.store.MilestoneRepository;
import io.backcast.model.NotFoundException;
import io.backcast.store.PlanRepository;

/** The plan use cases on a real H2 database: permissions, one transaction each, the view. */
class PlanServiceTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Viewer READER = new Viewer("rita");
    private static final Viewer STRANGER = new Viewer("stan");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z"); // Wednesday
    private static final Instant RECENTLY = Instant.parse("2025-03-11T16:00:00Z");

    /** Editors edit everything; Rita reads; Stan sees nothing. */
    private static final AccessPolicy ACCESS = TestAccess.of(viewer -> !viewer.equals(STRANGER), viewer -> viewer.equals(EDITOR));

    private EntityManagerStore store;
    private InMemoryWorkSource work;
    private PlanService service;
    private Plan plan;

    @BeforeEach
    void startWithAPlan() {
        store = H2Stores.migrated("service");
        work = new InMemoryWorkSource();
        service = new PlanService(store, work, ACCESS, Clock.fixed(NOW, ZoneOffset.UTC), PhraseBook.english());
        plan = service.savePlan(EDITOR, Plan.create("FIT", "Fit-out"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyUseCaseThatChangesWhatThePlanShowsRaisesItsRevisionAndReadsDoNot() {
        PlanRepository plans = new PlanRepository(store);
        int start = plans.revision(plan.id());

        Outcome wifi = service.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 4, 4)));
        Milestone cabling = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Cabling", 5));
        Deliverable aps = service.saveDeliverable(EDITOR, Deliverable.create(wifi.id(), "Access points"));
        service.savePlan(EDITOR, plan.withClientName("Acme"));
        service.saveBaseline(EDITOR, plan.id(), "Signed");
        service.deleteDeliverable(EDITOR, aps.id());
        service.deleteMilestone(EDITOR, cabling.id());
        service.deleteOutcome(EDITOR, wifi.id());
        assertThat(plans.revision(plan.id())).isEqualTo(start + 8);

        service.view(EDITOR, plan.id());
        service.baselines(EDITOR, plan.id());
        service.plans(READER);
        assertThatThrownBy(() -> service.saveOutcome(READER, Outcome.create(plan.id(), "Printers", LocalDate.of(2025, 4, 4))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(plans.revision(plan.id())).isEqualTo(start + 8);
    }

    @Test
    void aPlanTheViewerMayNotSeeAnswersAsIfItDidNotExist() {
        assertThat(service.plans(STRANGER)).isEmpty();
        assertThatThrownBy(() -> service.view(STRANGER, plan.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("plan " + plan.id() + " does not exist");
        assertThat(service.plans(READER)).containsExactly(plan);
    }

    @Test
    void aReaderMayLookButNotChangeAndNothingIsWritten() {
        assertThatThrownBy(() -> service.saveOutcome(READER, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21))))
                .isInstanceOf(ForbiddenException.class).hasMessage("You may view this plan but not change it.");
        assertThatThrownBy(() -> service.savePlan(READER, Plan.create("FIT", "Another")))
                .isInstanceOf(ForbiddenException.class).hasMessage("You may not create plans for project FIT.");
        assertThat(service.view(READER, plan.id()).outcomes()).isEmpty();
        assertThat(service.view(READER, plan.id()).canEdit()).isFalse();
    }

    @Test
    void aDependencyThatClosesACycleIsAConflictAndTheMilestoneKeepsItsLinks() {
        Milestone a = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Survey", 2));
        Milestone b = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Cabling", 5).withPredecessors(List.of(Dependency.after(a.id()))));

        assertThatThrownBy(() -> service.saveMilestone(EDITOR, a.withPredecessors(List.of(Dependency.after(b.id())))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("form a cycle: 'Survey' → 'Cabling' → 'Survey'");
        assertThat(new MilestoneRepository(store).get(a.id()).predecessors()).isEmpty();
    }

    @Test
    void anActualDateNotInThePastIsRejectedAndNotKept() {
        Milestone a = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Survey", 2));

        assertThatThrownBy(() -> service.saveMilestone(EDITOR, a.withActuals(LocalDate.of(2025, 3, 12), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("milestone.actualStart of 'Survey' (2025-03-12) must be before today (2025-03-12)");
        assertThat(new MilestoneRepository(store).get(a.id()).actualStart()).isNull();
    }

    @Test
    void theViewRollsUpTheViewersWorkAndPlansTheMilestones() {
        Outcome wifi = service.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21)));
        Milestone cabling = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Network cabled", 3).withOutcomes(Set.of(wifi.id())));
        service.saveDeliverable(EDITOR, Deliverable.create(wifi.id(), "Access points installed").withMilestone(cabling.id())
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.issue("NET-2"))));
        work.put(WorkItem.task(1, "NET-1", RECENTLY).withStatus(StatusCategory.IN_PROGRESS, null),
                WorkItem.task(2, "NET-2", RECENTLY));

        PlanView view = service.view(READER, plan.id());

        OutcomeView outcome = view.outcomes().get(0);
        assertThat(outcome.rollup().state()).isEqualTo(OutcomeState.ON_TRACK);
        assertThat(outcome.rollup().phrase()).isEqualTo("WiFi's up — on track for 21 March");
        assertThat(outcome.deliverables().get(0).rollup().breakdown().counted()).hasSize(2);
        assertThat(outcome.forecast().forecast()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(view.milestones().get(0).schedule().lateStart()).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(view.rule()).startsWith("an issue is done when its status is in the Done category");
    }

    @Test
    void workTheViewerMayNotSeeDoesNotCount() {
        Outcome wifi = service.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21)));
        service.saveDeliverable(EDITOR, Deliverable.create(wifi.id(), "Firewall").withWorkLinks(List.of(WorkLink.issue("SEC-1"))));
        work.put(WorkItem.task(1, "SEC-1", RECENTLY).done());
        work.restrict(READER, Set.of("NET"));

        assertThat(service.view(READER, plan.id()).outcomes().get(0).rollup().progress()).isNull();
        assertThat(service.view(EDITOR, plan.id()).outcomes().get(0).rollup().progress()).isEqualTo(1.0);
    }

    @Test
    void deletingAnOutcomeNeedsEditPermission() {
        Outcome wifi = service.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21)));

        assertThatThrownBy(() -> service.deleteOutcome(READER, wifi.id())).isInstanceOf(ForbiddenException.class);
        service.deleteOutcome(EDITOR, wifi.id());
        assertThat(service.view(EDITOR, plan.id()).outcomes()).isEmpty();
    }

    @Test
    void aBaselineMeasuresSlipAndForecastMovesAreRecordedOnce() {
        Outcome wifi = service.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21)));
        Milestone cabling = service.saveMilestone(EDITOR, Milestone.create(plan.id(), "Network cabled", 3).withOutcomes(Set.of(wifi.id())));
        io.backcast.model.Baseline signed = service.saveBaseline(EDITOR, plan.id(), "Signed plan");
        assertThat(service.recordForecasts(EDITOR, plan.id())).hasSize(2);
        assertThat(service.recordForecasts(EDITOR, plan.id())).isEmpty();

        // cabling grows from 3 to 5 days: Wed 12..Fri 14 becomes Wed 12..Tue 18, two working days later
        service.saveMilestone(EDITOR, cabling.withDurationDays(5));

        assertThat(service.slips(READER, plan.id(), signed.id()))
                .filteredOn(slip -> slip.kind() == io.backcast.model.SubjectKind.MILESTONE)
                .extracting(io.backcast.schedule.Slip::slipDays).containsExactly(2);
        assertThat(service.recordForecasts(EDITOR, plan.id())).extracting(io.backcast.model.ForecastChange::slipDays)
                .containsExactlyInAnyOrder(2, 2);
        assertThat(service.forecastHistory(READER, plan.id())).hasSize(4);
        assertThat(service.baselines(READER, plan.id())).containsExactly(signed);
        assertThatThrownBy(() -> service.saveBaseline(READER, plan.id(), "Mine")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.recordForecasts(READER, plan.id())).isInstanceOf(ForbiddenException.class);
    }
}
