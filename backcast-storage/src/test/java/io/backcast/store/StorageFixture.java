package io.backcast.store;

import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.List;

import io.backcast.model.ForecastChange;
import io.backcast.model.Plan;
import io.backcast.model.WorkCalendar;
import io.backcast.schedule.Baselines;
import io.backcast.schedule.Schedule;
import io.backcast.port.EntityStore;

/**
 * What every storage contract works with: one real database, emptied before each test, and
 * the repositories over it. The contracts are interfaces with default test methods, so one
 * class per database ({@link H2StorageTest}, {@link PostgresStorageTest},
 * {@link MariaDbStorageTest}) runs them all and the reports name the database.
 */
interface StorageFixture {

    TestDatabase db();

    EntityStore store();

    PlanRepository plans();

    OutcomeRepository outcomes();

    DeliverableRepository deliverables();

    MilestoneRepository milestones();

    CheckInRepository checkIns();

    BaselineRepository baselines();

    ShareLinkRepository shareLinks();

    ForecastHistoryRepository forecastHistory();

    /** Records every forecast of the schedule that moved since last recorded, as the plan's use case does. */
    default List<ForecastChange> recordForecasts(int planId, Schedule schedule, WorkCalendar calendar, Instant at) {
        return forecastHistory().add(Baselines.forecastMoves(planId, schedule, forecastHistory().lastForecasts(planId),
                calendar, at));
    }

    default Plan newPlan(String name) {
        return plans().save(Plan.create("FIT", name));
    }

    /** The base of the per-database test classes. */
    abstract class OnDatabase implements StorageFixture {
        private TestDatabase db;
        private PlanRepository plans;
        private OutcomeRepository outcomes;
        private DeliverableRepository deliverables;
        private MilestoneRepository milestones;
        private CheckInRepository checkIns;
        private BaselineRepository baselines;
        private ShareLinkRepository shareLinks;
        private ForecastHistoryRepository forecastHistory;

        /** The database this class runs the contracts on. */
        abstract TestDatabase database();

        @BeforeEach
        void startFromEmptyTables() {
            db = database();
            db.reset();
            EntityStore store = db.store();
            plans = new PlanRepository(store);
            outcomes = new OutcomeRepository(store);
            deliverables = new DeliverableRepository(store);
            milestones = new MilestoneRepository(store);
            checkIns = new CheckInRepository(store);
            baselines = new BaselineRepository(store);
            shareLinks = new ShareLinkRepository(store);
            forecastHistory = new ForecastHistoryRepository(store);
        }

        @Override
        public TestDatabase db() {
            return db;
        }

        @Override
        public EntityStore store() {
            return db.store();
        }

        @Override
        public PlanRepository plans() {
            return plans;
        }

        @Override
        public OutcomeRepository outcomes() {
            return outcomes;
        }

        @Override
        public DeliverableRepository deliverables() {
            return deliverables;
        }

        @Override
        public MilestoneRepository milestones() {
            return milestones;
        }

        @Override
        public CheckInRepository checkIns() {
            return checkIns;
        }

        @Override
        public BaselineRepository baselines() {
            return baselines;
        }

        @Override
        public ShareLinkRepository shareLinks() {
            return shareLinks;
        }

        @Override
        public ForecastHistoryRepository forecastHistory() {
            return forecastHistory;
        }
    }
}
