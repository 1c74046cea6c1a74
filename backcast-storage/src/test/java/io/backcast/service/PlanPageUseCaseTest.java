package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Milestone;
import io.backcast.model.NotFoundException;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.StatusCategory;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The plan page as one use case ({@link PlanService#page}), on a real H2 database. */
class PlanPageUseCaseTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Viewer ANA = new Viewer("ana");
    private static final Viewer STRANGER = new Viewer("stan");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z"); // Wednesday
    private static final Instant RECENTLY = Instant.parse("2025-03-10T16:00:00Z");

    private EntityManagerStore database;
    private CountingStore store;
    private CountingAccess access;
    private PlanService plans;
    private Plan plan;
    private Outcome wifi;
    private Outcome printers;
    private Milestone cabling;

    @BeforeEach
    void aPlanWithWorkABaselineALinkAndACheckIn() {
        database = H2Stores.migrated("page");
        store = new CountingStore(database);
        access = new CountingAccess();
        InMemoryWorkSource work = new InMemoryWorkSource().put(
                WorkItem.task(1, "NET-1", RECENTLY).done(), WorkItem.task(2, "NET-2", RECENTLY).withStatus(StatusCategory.IN_PROGRESS, null));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        plans = new PlanService(store, work, access, clock, PhraseBook.english());
        plan = plans.savePlan(EDITOR, Plan.create("FIT", "Fit-out"));
        wifi = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 3, 21)).withOwners("ana", null));
        printers = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Printers print", LocalDate.of(2025, 3, 28)));
        cabling = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Network cabled", 3).withOutcomes(Set.of(wifi.id())));
        plans.saveDeliverable(EDITOR, Deliverable.create(wifi.id(), "Access points installed").withMilestone(cabling.id())
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.issue("NET-2"))));
        plans.saveBaseline(EDITOR, plan.id(), "Signed");
        plans.saveMilestone(EDITOR, cabling.withDurationDays(5));
        ShareService shares = new ShareService(store, plans, access, clock, PhraseBook.english(), new SecureRandom());
        shares.create(EDITOR, plan.id(), "Acme", null, Set.of());
        new CheckInService(store, access, clock).save(EDITOR, new CheckIn(0, plan.id(), SubjectKind.OUTCOME, wifi.id(),
                LocalDate.of(2025, 3, 11), "ed", OutcomeState.ON_TRACK, "Cabling started", "Hall B this week", "Access points next", "Survey by Friday", Visibility.PUBLIC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thePageCostsOneTransactionAndOnePermissionCheck() {
        store.transactions.set(0);
        access.checks.set(0);

        plans.page(ANA, plan.id());

        assertThat(store.transactions).hasValue(1);
        assertThat(access.checks).hasValue(2); // may see it, and may change it: asked once each
    }

    @Test
    void aReaderSeesThePlanTheBaselineGhostsCheckInsAndRemindersButNoShareLinks() {
        PlanPageView page = plans.page(ANA, plan.id());

        assertThat(page.plan().plan()).isEqualTo(plan);
        assertThat(page.plan().canEdit()).isFalse();
        assertThat(page.ghosts()).isNotEmpty().isEqualTo(plans.baselines(ANA, plan.id()).get(0).dates());
        assertThat(page.sharing().links()).isNull();
        assertThat(page.sharing().checkIns()).extracting(CheckIn::lookingBack).containsExactly("Cabling started");
        assertThat(page.sharing().reminders()).extracting(CheckInService.Reminder::outcomeId).containsExactly(printers.id());
        assertThat(page.sharing().rights().outcomeIds()).containsExactly(wifi.id()); // Ana owns WiFi only
        assertThat(page.sharing().cadenceDays()).isEqualTo(plan.checkInCadenceDays());
    }

    @Test
    void anEditorAlsoSeesTheShareLinksWithTheirViewsAndWhichOpen() {
        PlanPageView page = plans.page(EDITOR, plan.id());

        assertThat(page.sharing().links()).extracting(link -> link.label()).containsExactly("Acme");
        assertThat(page.sharing().links().get(0).viewCount()).isZero();
        assertThat(page.sharing().openLinkIds()).containsExactly(page.sharing().links().get(0).id());
        assertThat(page.sharing().rights().editor()).isTrue();
    }

    @Test
    void eachOutcomeHasItsBurnUpCountingTheSameShareAsTheRollUp() {
        PlanPageView page = plans.page(ANA, plan.id());

        assertThat(page.burnUps()).containsOnlyKeys(wifi.id(), printers.id());
        assertThat(page.burnUp(wifi.id()).measured()).isTrue();
        assertThat(page.burnUp(wifi.id()).steps()).singleElement()
                .satisfies(step -> assertThat(step.day()).isEqualTo(LocalDate.of(2025, 3, 10)));
        assertThat(page.burnUp(wifi.id()).doneShare())
                .isCloseTo(page.plan().outcomes().get(0).rollup().progress(), within(1e-9));
        assertThat(page.burnUp(printers.id()).measured()).isFalse();
    }

    @Test
    void aPlanTheViewerMayNotSeeIsNotFound() {
        assertThatThrownBy(() -> plans.page(STRANGER, plan.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("plan " + plan.id() + " does not exist");
    }

    /** Editors edit everything; Ana reads; Stan sees nothing. Counts every question asked. */
    private static final class CountingAccess implements AccessPolicy {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public boolean canView(Viewer viewer, Plan plan) {
            checks.incrementAndGet();
            return !viewer.equals(STRANGER);
        }

        @Override
        public boolean canEdit(Viewer viewer, Plan plan) {
            checks.incrementAndGet();
            return viewer.equals(EDITOR);
        }

        @Override
        public boolean canCreatePlan(Viewer viewer, String projectKey) {
            checks.incrementAndGet();
            return viewer.equals(EDITOR);
        }
    }

    /** Counts the outermost transactions: those a use case starts (repositories' inner ones join them). */
    private static final class CountingStore implements EntityStore {
        final AtomicInteger transactions = new AtomicInteger();
        private final EntityStore store;
        private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

        CountingStore(EntityStore store) {
            this.store = store;
        }

        @Override
        public <T> T inTransaction(Work<T> work) {
            if (depth.get() == 0) {
                transactions.incrementAndGet();
            }
            depth.set(depth.get() + 1);
            try {
                return store.inTransaction(work);
            } finally {
                depth.set(depth.get() - 1);
            }
        }

        @Override
        @SafeVarargs
        public final void migrate(Class<? extends RawEntity<?>>... entities) {
            store.migrate(entities);
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
            return store.create(type, values);
        }

        @Override
        public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
            return store.get(type, key);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
            return store.find(type, query);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
            return store.count(type, query);
        }

        @Override
        public void delete(RawEntity<?>... entities) {
            store.delete(entities);
        }

        @Override
        public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
            return store.deleteWhere(type, criteria, parameters);
        }
    }
}
