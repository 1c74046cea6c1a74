package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.Visibility;
import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;
import io.backcast.store.CheckInRepository;
import io.backcast.model.NotFoundException;

/** Check-ins by owners and editors, and the reminder list, on a real H2 database. */
class CheckInServiceTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Viewer DANA = new Viewer("dana");   // owns WiFi, reads the plan
    private static final Viewer SAM = new Viewer("sam");     // WiFi's secondary owner, owns the cabling milestone
    private static final Viewer RITA = new Viewer("rita");   // reads the plan, owns nothing
    private static final Viewer STRANGER = new Viewer("stan");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    private static final AccessPolicy ACCESS = TestAccess.of(viewer -> !viewer.equals(STRANGER), viewer -> viewer.equals(EDITOR));

    private EntityManagerStore store;
    private TestClock clock;
    private CheckInService checkIns;
    private PlanService plans;
    private Plan plan;
    private Outcome wifi;
    private Outcome printers;
    private Milestone cabling;

    @BeforeEach
    void startWithAPlan() {
        store = H2Stores.migrated("checkin");
        clock = new TestClock(NOW);
        checkIns = new CheckInService(store, ACCESS, clock);
        plans = new PlanService(store, new InMemoryWorkSource(), ACCESS, clock, PhraseBook.english());
        plan = plans.savePlan(EDITOR, Plan.create("FIT", "Level 3 fit-out"));
        wifi = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 4, 4)).withOwners("dana", "sam"));
        printers = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Printers print", LocalDate.of(2025, 4, 18)).withSortOrder(1));
        cabling = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Network cabled", 5).withOwners("sam", null)
                .withOutcomes(Set.of(wifi.id())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CheckIn on(SubjectKind kind, int subjectId, LocalDate date, Visibility visibility) {
        return new CheckIn(0, plan.id(), kind, subjectId, date, "whoever", OutcomeState.ON_TRACK, "Cabling done in hall A",
                "Hall B this week", "Access points next", "Survey by Friday", visibility);
    }

    @Test
    void anOwnerChecksInOnTheirOwnOutcomeAndIsItsAuthor() {
        CheckIn saved = checkIns.save(DANA, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.PUBLIC));

        assertThat(saved.id()).isPositive();
        assertThat(saved.author()).isEqualTo("dana");
        assertThat(checkIns.checkIns(RITA, SubjectKind.OUTCOME, wifi.id())).containsExactly(saved);
    }

    @Test
    void aCheckInCannotBeDatedInTheFutureAndNothingIsKept() {
        CheckIn today = checkIns.save(DANA, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.PUBLIC));

        assertThatThrownBy(() -> checkIns.save(DANA, on(SubjectKind.OUTCOME, wifi.id(), TODAY.plusDays(1), Visibility.PUBLIC)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("checkIn.date must not be in the future (today is 2025-03-12)");
        assertThatThrownBy(() -> checkIns.save(DANA, new CheckIn(today.id(), plan.id(), SubjectKind.OUTCOME, wifi.id(),
                LocalDate.of(2030, 1, 1), "dana", OutcomeState.ON_TRACK, "a", "b", "c", "d", Visibility.PUBLIC)))
                .isInstanceOf(ValidationException.class);
        assertThat(checkIns.planCheckIns(RITA, plan.id())).containsExactly(today);
    }

    @Test
    void aSecondaryOwnerAndAnEditorMayCheckInTooAndAMilestoneOwnerOnTheirMilestone() {
        assertThat(checkIns.save(SAM, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.INTERNAL)).author()).isEqualTo("sam");
        assertThat(checkIns.save(EDITOR, on(SubjectKind.OUTCOME, printers.id(), TODAY, Visibility.INTERNAL)).author()).isEqualTo("ed");
        assertThat(checkIns.save(SAM, on(SubjectKind.MILESTONE, cabling.id(), TODAY, Visibility.PUBLIC)).author()).isEqualTo("sam");
        assertThat(checkIns.planCheckIns(RITA, plan.id())).hasSize(3);
    }

    @Test
    void someoneWhoNeitherOwnsNorEditsMayNotCheckInAndNothingIsKept() {
        assertThatThrownBy(() -> checkIns.save(RITA, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.PUBLIC)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the outcome's owner, its secondary owner or an editor of the plan may check in on it.");
        assertThatThrownBy(() -> checkIns.save(DANA, on(SubjectKind.OUTCOME, printers.id(), TODAY, Visibility.PUBLIC)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> checkIns.save(DANA, on(SubjectKind.MILESTONE, cabling.id(), TODAY, Visibility.PUBLIC)))
                .isInstanceOf(ForbiddenException.class).hasMessageStartingWith("Only the milestone's owner");
        assertThatThrownBy(() -> checkIns.save(STRANGER, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.PUBLIC)))
                .isInstanceOf(NotFoundException.class);
        assertThat(new CheckInRepository(store).findByPlan(plan.id())).isEmpty();
    }

    @Test
    void aChangedCheckInKeepsItsAuthorAndSubjectAndOnlyTheSamePeopleMayChangeOrDeleteIt() {
        CheckIn saved = checkIns.save(DANA, on(SubjectKind.OUTCOME, wifi.id(), TODAY, Visibility.INTERNAL));
        CheckIn edited = new CheckIn(saved.id(), plan.id(), SubjectKind.OUTCOME, wifi.id(), TODAY.minusDays(1), "someone else",
                OutcomeState.AT_RISK, null, "Vendor slipped", null, null, Visibility.PUBLIC);

        assertThatThrownBy(() -> checkIns.save(RITA, edited)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> checkIns.delete(RITA, saved.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> checkIns.delete(STRANGER, saved.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("check-in " + saved.id() + " does not exist");
        CheckIn changed = checkIns.save(EDITOR, edited);
        assertThat(changed.author()).isEqualTo("dana");
        assertThat(changed.whereWeAre()).isEqualTo("Vendor slipped");
        assertThat(changed.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThatThrownBy(() -> checkIns.save(EDITOR, new CheckIn(saved.id(), plan.id(), SubjectKind.OUTCOME, printers.id(),
                TODAY, "ed", null, "x", null, null, null, Visibility.PUBLIC)))
                .isInstanceOf(ValidationException.class).hasMessage("checkIn.subjectId cannot change: a check-in stays with what it is about");

        checkIns.delete(SAM, saved.id());
        assertThat(checkIns.planCheckIns(EDITOR, plan.id())).isEmpty();
    }

    @Test
    void aCheckInOnAnotherPlansOutcomeIsRefused() {
        Plan other = plans.savePlan(EDITOR, Plan.create("NET", "Network"));
        Outcome elsewhere = plans.saveOutcome(EDITOR, Outcome.create(other.id(), "Elsewhere", LocalDate.of(2025, 5, 1)));

        assertThatThrownBy(() -> checkIns.save(EDITOR, on(SubjectKind.OUTCOME, elsewhere.id(), TODAY, Visibility.PUBLIC)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("which is not in this plan");
        assertThatThrownBy(() -> checkIns.save(EDITOR, on(SubjectKind.OUTCOME, 99_999, TODAY, Visibility.PUBLIC)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void tellsWhatAViewerMayCheckInOn() {
        assertThat(checkIns.rights(DANA, plan.id()).outcomeIds()).containsExactly(wifi.id());
        assertThat(checkIns.rights(DANA, plan.id()).milestoneIds()).isEmpty();
        assertThat(checkIns.rights(SAM, plan.id()).milestoneIds()).containsExactly(cabling.id());
        assertThat(checkIns.rights(RITA, plan.id()).any()).isFalse();
        CheckInService.CheckInRights editor = checkIns.rights(EDITOR, plan.id());
        assertThat(editor.editor()).isTrue();
        assertThat(editor.outcomeIds()).containsExactlyInAnyOrder(wifi.id(), printers.id());
        assertThat(editor.allows(SubjectKind.MILESTONE, cabling.id())).isTrue();
    }

    @Test
    void remindersListOutcomesWhoseLastCheckInIsOlderThanTheCadenceAndThoseNeverCheckedIn() {
        Outcome quiet = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Phones ring", LocalDate.of(2025, 5, 2)).withSortOrder(2));
        checkIns.save(EDITOR, on(SubjectKind.OUTCOME, wifi.id(), TODAY.minusDays(30), Visibility.PUBLIC));
        checkIns.save(EDITOR, on(SubjectKind.OUTCOME, wifi.id(), TODAY.minusDays(14), Visibility.INTERNAL)); // latest: on time
        checkIns.save(EDITOR, on(SubjectKind.OUTCOME, quiet.id(), TODAY.minusDays(15), Visibility.INTERNAL));
        checkIns.save(EDITOR, on(SubjectKind.MILESTONE, cabling.id(), TODAY, Visibility.PUBLIC)); // not about an outcome

        assertThat(checkIns.reminders(RITA, plan.id()))
                .extracting(CheckInService.Reminder::outcomeId, CheckInService.Reminder::lastCheckIn, CheckInService.Reminder::daysSince)
                .containsExactly(tuple(printers.id(), null, -1), tuple(quiet.id(), TODAY.minusDays(15), 15));
        assertThat(checkIns.reminders(RITA, plan.id()).get(0).phrase()).isEqualTo("Printers print");

        plans.savePlan(EDITOR, plans.plan(EDITOR, plan.id()).withCheckInCadenceDays(7));
        assertThat(checkIns.reminders(RITA, plan.id())).extracting(CheckInService.Reminder::outcomeId)
                .containsExactly(printers.id(), quiet.id(), wifi.id());

        clock.set(NOW.minusSeconds(86_400L * 14));
        assertThat(checkIns.reminders(RITA, plan.id())).extracting(CheckInService.Reminder::outcomeId)
                .containsExactly(printers.id());
        assertThatThrownBy(() -> checkIns.reminders(STRANGER, plan.id())).isInstanceOf(NotFoundException.class);
    }
}
