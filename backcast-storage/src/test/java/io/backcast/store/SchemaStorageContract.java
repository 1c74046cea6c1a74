package io.backcast.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.CheckIn;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.Planner;
import io.backcast.schedule.Schedule;
import io.backcast.storage.SchemaMigrator;
import io.backcast.storage.SchemaVersionEntity;
import io.backcast.store.entity.ForecastChangeEntity;
import io.backcast.store.entity.PlanChangeEntity;
import io.backcast.store.entity.PlanEntity;
import io.backcast.store.entity.ShareViewEntity;
import net.java.ao.RawEntity;

/** The schema as a whole: Jira's names, upgrades, and other applications' tables. */
interface SchemaStorageContract extends StorageFixture {

    @Test
    default void tablesAndColumnsCarryTheNamesJiraGivesThem() {
        assertThat(db().tables()).contains("AO_F1ABAE_PLAN", "AO_F1ABAE_OUTCOME", "AO_F1ABAE_DELIVERABLE",
                "AO_F1ABAE_WORK_LINK", "AO_F1ABAE_MILESTONE", "AO_F1ABAE_DEPENDENCY", "AO_F1ABAE_MILESTONE_OUTCOME",
                "AO_F1ABAE_CHECK_IN", "AO_F1ABAE_BASELINE", "AO_F1ABAE_BASELINE_DATE", "AO_F1ABAE_SHARE_LINK",
                "AO_F1ABAE_SHARE_LINK_OUTCOME", "AO_F1ABAE_HOLIDAY", "AO_F1ABAE_FORECAST_CHANGE", "AO_F1ABAE_SCHEMA_VERSION");
        assertThat(db().columns("AO_F1ABAE_OUTCOME")).contains("ID", "PLAN_ID", "PHRASE", "WHY", "NEEDED_BY",
                "SECONDARY_OWNER", "SORT_ORDER", "OVERRIDE_EXPIRES_AT");
    }

    @Test
    default void migratingAgainKeepsTheDataAndTheVersion() {
        Plan plan = newPlan("Fit-out");

        int version = new SchemaMigrator(store()).migrate();

        assertThat(version).isEqualTo(Schema.VERSION);
        assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(Schema.VERSION);
        assertThat(plans().get(plan.id())).isEqualTo(plan);
    }

    @Test
    default void upgradingAVersion1DatabaseKeepsEveryRowAndNumbersOutcomesInCreationOrder() {
        db().dropBackcastTables();
        try {
            store().migrate(PlanEntity.class, OutcomeVersion1.class, SchemaVersionEntity.class);
            store().create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", 1));
            assertThat(db().columns("AO_F1ABAE_OUTCOME")).doesNotContain("SORT_ORDER");
            PlanEntity first = store().create(PlanEntity.class, Map.of("PROJECT_KEY", "FIT", "NAME", "First", "WORKING_DAYS", "1,2,3,4,5"));
            PlanEntity second = store().create(PlanEntity.class, Map.of("PROJECT_KEY", "FIT", "NAME", "Second", "WORKING_DAYS", "1,2,3,4,5"));
            int a = version1Outcome(first, "WiFi's up");
            int b = version1Outcome(second, "Printers print");
            int c = version1Outcome(first, "Machines are on the network");

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(outcomes().findByPlan(first.getID())).extracting(Outcome::id, Outcome::phrase, Outcome::sortOrder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a, "WiFi's up", 0),
                            org.assertj.core.groups.Tuple.tuple(c, "Machines are on the network", 1));
            assertThat(outcomes().get(b).sortOrder()).isZero();
            assertThat(outcomes().get(b).neededBy()).isEqualTo(LocalDate.of(2027, 3, 14));
            assertThat(outcomes().get(a).why()).isEqualTo("Written under version 1");
            assertThat(plans().get(first.getID()).name()).isEqualTo("First");
            assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(Schema.VERSION);
        } finally {
            db().recreate();
        }
    }

    private int version1Outcome(PlanEntity plan, String phrase) {
        Map<String, Object> values = new HashMap<>();
        values.put("PLAN_ID", plan.getID());
        values.put("PHRASE", phrase);
        values.put("WHY", "Written under version 1");
        values.put("NEEDED_BY", Columns.fromDate(LocalDate.of(2027, 3, 14)));
        return store().create(OutcomeVersion1.class, values).getID();
    }

    @Test
    default void upgradingAVersion2DatabaseGivesEveryPlanTheDefaultRollupPolicy() {
        db().dropBackcastTables();
        try {
            store().migrate(PlanVersion2.class, SchemaVersionEntity.class);
            store().create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", 2));
            assertThat(db().columns("AO_F1ABAE_PLAN")).doesNotContain("WEIGHT_METHOD");
            int id = store().create(PlanVersion2.class, Map.of("PROJECT_KEY", "FIT", "NAME", "Written under version 2",
                    "WORKING_DAYS", "1,2,3,4,5,6")).getID();

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            Plan plan = plans().get(id);
            assertThat(plan.name()).isEqualTo("Written under version 2");
            assertThat(plan.calendar().workingDays()).hasSize(6);
            assertThat(plan.policy()).isEqualTo(io.backcast.model.RollupPolicy.DEFAULT);
            assertThat(db().tables()).contains("AO_F1ABAE_OUTCOME_PHRASE");
        } finally {
            db().recreate();
        }
    }

    @Test
    default void upgradingAVersion3DatabaseMovesEachMilestoneConstraintToItsOwnColumn() {
        db().dropBackcastTables();
        try {
            store().migrate(PlanEntity.class, MilestoneVersion3.class, SchemaVersionEntity.class);
            store().create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", 3));
            int plan = store().create(PlanEntity.class, Map.of("PROJECT_KEY", "FIT", "NAME", "Fit-out", "WORKING_DAYS", "1,2,3,4,5")).getID();
            int early = version3Milestone(plan, "Racks arrive", "START_NO_EARLIER_THAN", LocalDate.of(2027, 1, 11));
            int late = version3Milestone(plan, "Contract date", "FINISH_NO_LATER_THAN", LocalDate.of(2027, 3, 1));
            int free = version3Milestone(plan, "Unconstrained", null, null);

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(milestones().get(early).startNoEarlierThan()).isEqualTo(LocalDate.of(2027, 1, 11));
            assertThat(milestones().get(early).finishNoLaterThan()).isNull();
            assertThat(milestones().get(late).finishNoLaterThan()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(milestones().get(late).startNoEarlierThan()).isNull();
            assertThat(milestones().get(free).startNoEarlierThan()).isNull();
            assertThat(milestones().get(free).finishNoLaterThan()).isNull();
            assertThat(milestones().get(free).name()).isEqualTo("Unconstrained");
        } finally {
            db().recreate();
        }
    }

    private int version3Milestone(int plan, String name, String constraintType, LocalDate constraintDate) {
        Map<String, Object> values = new HashMap<>();
        values.put("PLAN_ID", plan);
        values.put("NAME", name);
        values.put("DURATION_DAYS", 5);
        if (constraintType != null) {
            values.put("CONSTRAINT_TYPE", constraintType);
            values.put("CONSTRAINT_DATE", Columns.fromDate(constraintDate));
        }
        return store().create(MilestoneVersion3.class, values).getID();
    }

    @Test
    @SuppressWarnings("unchecked")
    default void upgradingAVersion4DatabaseAddsTheForecastHistoryAndKeepsEveryRow() {
        db().dropBackcastTables();
        try {
            List<Class<? extends RawEntity<?>>> version4 = new ArrayList<>(Schema.ENTITIES);
            version4.remove(ForecastChangeEntity.class);
            version4.remove(ShareViewEntity.class);
            version4.add(SchemaVersionEntity.class);
            store().migrate(version4.toArray(new Class[0]));
            store().create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", 4));
            assertThat(db().tables()).doesNotContain("AO_F1ABAE_FORECAST_CHANGE");
            Plan plan = newPlan("Written under version 4");
            Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 31)));
            Milestone cabling = milestones().save(Milestone.create(plan.id(), "Cabling", 3).withOutcomes(Set.of(wifi.id())));
            Baseline signed = baselines().add(new Baseline(0, plan.id(), "Signed", Instant.parse("2027-02-01T09:00:00Z"), List.of(
                    new BaselineDate(SubjectKind.MILESTONE, cabling.id(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)))));

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(Schema.VERSION);
            assertThat(db().tables()).contains("AO_F1ABAE_FORECAST_CHANGE");
            assertThat(plans().get(plan.id())).isEqualTo(plan);
            assertThat(outcomes().get(wifi.id())).isEqualTo(wifi);
            assertThat(milestones().get(cabling.id())).isEqualTo(cabling);
            assertThat(baselines().find(signed.id())).contains(signed);
            assertThat(db().rowCount(ForecastChangeEntity.class)).isZero();
            Schedule schedule = new Planner().plan(new PlanNetwork(plan.calendar(), List.of(cabling), List.of(wifi)),
                    LocalDate.of(2027, 3, 1));
            assertThat(recordForecasts(plan.id(), schedule, plan.calendar(), Instant.parse("2027-03-01T09:00:00Z")))
                    .hasSize(2);
        } finally {
            db().recreate();
        }
    }

    @Test
    default void upgradingAVersion5DatabaseGivesEveryPlanTheDefaultCheckInCadenceAndKeepsEveryRow() {
        try {
            Plan plan = newPlan("Written under version 5");
            Plan other = plans().save(Plan.create("NET", "Another plan under version 5"));
            Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 31)));
            Milestone cabling = milestones().save(Milestone.create(plan.id(), "Cabling", 3).withOutcomes(Set.of(wifi.id())));
            CheckIn checkIn = checkIns().save(new CheckIn(0, plan.id(),
                    SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2027, 2, 1), "ada", null, null, "On plan", null, null,
                    Visibility.PUBLIC));
            ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme",
                    ShareToken.generate(new SecureRandom()), "ada",
                    Instant.parse("2027-02-01T09:00:00Z"), null, Set.of(wifi.id())).viewedAt(Instant.parse("2027-02-02T09:00:00Z")));
            // what a version-5 database lacked: the view log and the plans' cadence
            db().execute(List.of("DROP TABLE " + db().quoted("AO_F1ABAE_SHARE_VIEW"),
                    "ALTER TABLE " + db().quoted("AO_F1ABAE_PLAN") + " DROP COLUMN " + db().quoted("CHECK_IN_CADENCE_DAYS"),
                    "UPDATE " + db().quoted("AO_F1ABAE_SCHEMA_VERSION") + " SET " + db().quoted("MODEL_VERSION") + " = 5"));
            assertThat(db().tables()).doesNotContain("AO_F1ABAE_SHARE_VIEW");
            assertThat(db().columns("AO_F1ABAE_PLAN")).doesNotContain("CHECK_IN_CADENCE_DAYS");

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(Schema.VERSION);
            assertThat(plans().get(plan.id())).isEqualTo(plan);
            assertThat(plans().get(plan.id()).checkInCadenceDays()).isEqualTo(14);
            assertThat(plans().get(other.id()).checkInCadenceDays()).isEqualTo(14);
            assertThat(outcomes().get(wifi.id())).isEqualTo(wifi);
            assertThat(milestones().get(cabling.id())).isEqualTo(cabling);
            assertThat(checkIns().findByPlan(plan.id())).containsExactly(checkIn);
            assertThat(shareLinks().find(link.id())).contains(link);
            assertThat(db().rowCount(ShareViewEntity.class)).isZero();
            shareLinks().recordView(link.id(), Instant.parse("2027-02-03T09:00:00Z"), "Chrome");
            assertThat(shareLinks().find(link.id()).orElseThrow().viewCount()).isEqualTo(2);
            assertThat(shareLinks().find(link.id()).orElseThrow().lastViewedAt()).isEqualTo(Instant.parse("2027-02-03T09:00:00Z"));
            assertThat(plans().save(plans().get(plan.id()).withCheckInCadenceDays(7)).checkInCadenceDays()).isEqualTo(7);
            assertThat(plans().get(plan.id()).checkInCadenceDays()).isEqualTo(7);
        } finally {
            db().recreate();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    default void upgradingAVersion6DatabaseAddsThePlanChangeLogWithEveryPlanAtRevisionZero() {
        db().dropBackcastTables();
        try {
            List<Class<? extends RawEntity<?>>> version6 = new ArrayList<>(Schema.ENTITIES);
            version6.remove(PlanChangeEntity.class);
            version6.add(SchemaVersionEntity.class);
            store().migrate(version6.toArray(new Class[0]));
            store().create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", 6));
            assertThat(db().tables()).doesNotContain("AO_F1ABAE_PLAN_CHANGE");
            Plan plan = newPlan("Written under version 6");
            Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 31)));
            ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme",
                    ShareToken.generate(new SecureRandom()), "ada", Instant.parse("2027-02-01T09:00:00Z"), null, Set.of()));
            shareLinks().recordView(link.id(), Instant.parse("2027-02-02T09:00:00Z"), "Chrome");

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(Schema.VERSION);
            assertThat(db().tables()).contains("AO_F1ABAE_PLAN_CHANGE");
            assertThat(db().columns("AO_F1ABAE_PLAN_CHANGE")).contains("ID", "PLAN_ID", "CHANGED_AT");
            assertThat(plans().get(plan.id())).isEqualTo(plan);
            assertThat(outcomes().get(wifi.id())).isEqualTo(wifi);
            assertThat(shareLinks().find(link.id()).orElseThrow().viewCount()).isEqualTo(1);
            assertThat(plans().revision(plan.id())).isZero();
            plans().recordChange(plan.id(), Instant.parse("2027-02-03T09:00:00Z"));
            assertThat(plans().revision(plan.id())).isEqualTo(1);
        } finally {
            db().recreate();
        }
    }

    @Test
    default void upgradingAVersion7DatabaseGivesEveryShareLinkAnEnglishPageAndKeepsEveryRow() {
        try {
            Plan plan = newPlan("Written under version 7");
            Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 31)));
            ShareToken token = ShareToken.generate(new SecureRandom());
            ShareLink all = shareLinks().save(ShareLink.create(plan.id(), "Acme", token, "ada",
                    Instant.parse("2027-02-01T09:00:00Z"), null, Set.of()));
            ShareLink some = shareLinks().save(ShareLink.create(plan.id(), "Acme facilities",
                    ShareToken.generate(new SecureRandom()), "ada", Instant.parse("2027-02-01T10:00:00Z"),
                    Instant.parse("2027-05-01T00:00:00Z"), Set.of(wifi.id())).revokedAt(Instant.parse("2027-02-02T09:00:00Z")));
            shareLinks().save(some);
            shareLinks().recordView(all.id(), Instant.parse("2027-02-02T09:00:00Z"), "Chrome");
            // what a version-7 database lacked: the links' language
            db().execute(List.of("ALTER TABLE " + db().quoted("AO_F1ABAE_SHARE_LINK") + " DROP COLUMN " + db().quoted("LANGUAGE"),
                    "UPDATE " + db().quoted("AO_F1ABAE_SCHEMA_VERSION") + " SET " + db().quoted("MODEL_VERSION") + " = 7"));
            assertThat(db().columns("AO_F1ABAE_SHARE_LINK")).doesNotContain("LANGUAGE");

            assertThat(new SchemaMigrator(store()).migrate()).isEqualTo(Schema.VERSION);

            assertThat(new SchemaMigrator(store()).storedVersion()).isEqualTo(8);
            assertThat(db().columns("AO_F1ABAE_SHARE_LINK")).contains("LANGUAGE");
            ShareLink allNow = shareLinks().find(all.id()).orElseThrow();
            assertThat(allNow.language()).isEqualTo("en");
            assertThat(allNow.viewCount()).isEqualTo(1);
            assertThat(shareLinks().findToOpen(token.hash()).orElseThrow().language()).isEqualTo("en");
            assertThat(shareLinks().find(some.id())).contains(some);
            assertThat(plans().get(plan.id())).isEqualTo(plan);
            assertThat(outcomes().get(wifi.id())).isEqualTo(wifi);
            ShareLink made = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(new SecureRandom()),
                    "ada", Instant.parse("2027-02-03T09:00:00Z"), null, Set.of(), "en"));
            assertThat(shareLinks().find(made.id())).contains(made);
        } finally {
            db().recreate();
        }
    }

    @Test
    default void theShareLinkLanguageStepOnAnEmptyDatabaseOnlyAddsTheColumn() {
        try {
            db().execute(List.of("ALTER TABLE " + db().quoted("AO_F1ABAE_SHARE_LINK") + " DROP COLUMN " + db().quoted("LANGUAGE")));

            io.backcast.store.upgrade.SchemaUpgrades.to(8).upgrade(store());

            assertThat(db().columns("AO_F1ABAE_SHARE_LINK")).contains("LANGUAGE");
            assertThat(db().rowCount(io.backcast.store.entity.ShareLinkEntity.class)).isZero();
        } finally {
            db().recreate();
        }
    }

    @Test
    default void aLinksViewsAreFoundByAnIndexNotByReadingEveryLinksViews() {
        assertThat(db().indexedColumns("AO_F1ABAE_SHARE_VIEW")).contains("SHARE_LINK_ID");
        assertThat(db().indexedColumns("AO_F1ABAE_PLAN_CHANGE")).contains("PLAN_ID");
    }

    @Test
    default void refusesADatabaseWrittenByANewerBackcast() {
        db().execute(List.of("UPDATE " + db().quoted("AO_F1ABAE_SCHEMA_VERSION") + " SET " + db().quoted("MODEL_VERSION") + " = 99"));
        try {
            assertThatThrownBy(() -> new SchemaMigrator(store()).migrate())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the database is at schema version 99, newer than this Backcast (" + Schema.VERSION + "): upgrade Backcast");
        } finally {
            db().execute(List.of("UPDATE " + db().quoted("AO_F1ABAE_SCHEMA_VERSION") + " SET " + db().quoted("MODEL_VERSION") + " = " + Schema.VERSION));
        }
    }

    @Test
    default void leavesOtherApplicationsTablesAloneEvenUnderDestructiveMigration() throws Exception {
        List<String> foreign = List.of("other_app_data", "AO_0A1B2C_THEIR_ENTITY");
        try {
            for (String table : foreign) {
                db().execute(List.of("CREATE TABLE " + db().quoted(table) + " (" + db().quoted("ID") + " INTEGER)",
                        "INSERT INTO " + db().quoted(table) + " VALUES (7)"));
            }

            db().recreate();
            new SchemaMigrator(store()).migrate();
            // Active Objects' destructive migration drops every table it may manage that the entities do not name
            db().rawEntityManager().migrateDestructively(Schema.entities());

            for (String table : foreign) {
                assertThat(db().queryInt("SELECT " + db().quoted("ID") + " FROM " + db().quoted(table))).as(table).isEqualTo(7);
            }
        } finally {
            db().execute(foreign.stream().map(table -> "DROP TABLE IF EXISTS " + db().quoted(table)).toList());
        }
    }
}
