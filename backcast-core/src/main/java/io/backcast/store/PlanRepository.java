package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.backcast.model.DoneRule;
import io.backcast.model.Plan;
import io.backcast.model.RollupPolicy;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WeightMethod;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.HolidayEntity;
import io.backcast.store.entity.PlanChangeEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/** Stores plans with their work calendars. Deleting a plan deletes everything in it. */
public final class PlanRepository {

    private final EntityStore store;

    public PlanRepository(EntityStore store) {
        this.store = store;
    }

    /** Inserts a new plan (id 0) or updates a stored one; returns it as stored. */
    public Plan save(Plan plan) {
        return store.inTransaction(() -> {
            rejectNameTakenByAnotherPlan(plan);
            PlanEntity row = plan.id() == 0
                    ? store.create(PlanEntity.class, Map.of(
                            "PROJECT_KEY", plan.projectKey(), "NAME", plan.name(), "WORKING_DAYS", "1"))
                    : existing(plan.id());
            row.setProjectKey(plan.projectKey());
            row.setName(plan.name());
            row.setClientName(plan.clientName());
            row.setWorkingDays(plan.calendar().workingDays().stream()
                    .map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(",")));
            RollupPolicy policy = plan.policy();
            row.setWeightMethod(policy.weightMethod().name());
            row.setDoneRule(policy.doneRule().name());
            row.setPartialCredit(policy.partialCredit());
            row.setAtRiskFloatDays(policy.atRiskFloatDays());
            row.setStaleAfterDays(policy.staleAfterDays());
            row.setCheckInCadenceDays(plan.checkInCadenceDays());
            row.save();
            store.deleteWhere(HolidayEntity.class, "PLAN_ID = ?", row.getID());
            for (var holiday : plan.calendar().holidays()) {
                store.create(HolidayEntity.class, Map.of("PLAN_ID", row.getID(), "HOLIDAY_DATE", Columns.fromDate(holiday)));
            }
            return plan.withId(row.getID());
        });
    }

    public Optional<Plan> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(PlanEntity.class, id)).map(this::toPlan));
    }

    public Plan get(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** Every plan, by project and name. */
    public List<Plan> findAll() {
        return store.inTransaction(() -> {
            List<Plan> plans = new ArrayList<>();
            for (PlanEntity row : store.find(PlanEntity.class, Query.select().order("PROJECT_KEY, NAME, ID"))) {
                plans.add(toPlan(row));
            }
            return plans;
        });
    }

    /** The plans anchored to a Jira project, by name. */
    public List<Plan> findByProject(String projectKey) {
        return store.inTransaction(() -> {
            List<Plan> plans = new ArrayList<>();
            for (PlanEntity row : store.find(PlanEntity.class,
                    Query.select().where("PROJECT_KEY = ?", projectKey).order("NAME, ID"))) {
                plans.add(toPlan(row));
            }
            return plans;
        });
    }

    /** Deletes the plan and everything in it: outcomes, milestones, check-ins, baselines, share links. */
    public void delete(int id) {
        store.inTransaction(() -> {
            PlanEntity row = existing(id);
            new Cascade(store).deletePlanContents(id);
            store.deleteWhere(HolidayEntity.class, "PLAN_ID = ?", id);
            store.delete(row);
            return null;
        });
    }

    /**
     * Notes, inside the calling use case's transaction, that it changed what the plan shows. One
     * new row, nothing read or updated, so concurrent edits of one plan never contend for a row.
     */
    public void recordChange(int planId, Instant at) {
        store.inTransaction(() -> store.create(PlanChangeEntity.class,
                Map.of("PLAN_ID", planId, "CHANGED_AT", Columns.fromInstant(at))));
    }

    /**
     * How many changes the plan has had: grows by one with every committed change, in whatever
     * order concurrent changes commit (the newest id would not: a change given a lower id may
     * commit after a higher one was seen). Two equal revisions mean the same plan content.
     */
    public int revision(int planId) {
        return store.inTransaction(() -> store.count(PlanChangeEntity.class, Query.select().where("PLAN_ID = ?", planId)));
    }

    private PlanEntity existing(int id) {
        return Rows.require(store, PlanEntity.class, id, "plan");
    }

    private void rejectNameTakenByAnotherPlan(Plan plan) {
        for (PlanEntity other : store.find(PlanEntity.class, Query.select().where("PROJECT_KEY = ?", plan.projectKey()))) {
            if (other.getID() != plan.id() && other.getName().equalsIgnoreCase(plan.name())) {
                throw new ValidationException("plan.name", "is already used by another plan of project "
                        + plan.projectKey() + " ('" + other.getName() + "')");
            }
        }
    }

    private Plan toPlan(PlanEntity row) {
        Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
        for (String day : row.getWorkingDays().split(",")) {
            workingDays.add(DayOfWeek.of(Integer.parseInt(day.trim())));
        }
        List<java.time.LocalDate> holidays = new ArrayList<>();
        for (HolidayEntity holiday : store.find(HolidayEntity.class,
                Query.select().where("PLAN_ID = ?", row.getID()).order("HOLIDAY_DATE"))) {
            holidays.add(Columns.toDate(holiday.getHolidayDate()));
        }
        RollupPolicy policy = new RollupPolicy(
                Columns.toEnum(WeightMethod.class, row.getWeightMethod(), "PLAN.WEIGHT_METHOD"),
                Columns.toEnum(DoneRule.class, row.getDoneRule(), "PLAN.DONE_RULE"),
                row.isPartialCredit(), row.getAtRiskFloatDays(), row.getStaleAfterDays());
        return new Plan(row.getID(), row.getProjectKey(), row.getName(), row.getClientName(),
                WorkCalendar.of(workingDays, holidays), policy, row.getCheckInCadenceDays());
    }
}
