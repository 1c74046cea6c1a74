package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.BaselineDateEntity;
import io.backcast.store.entity.BaselineEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;

/** Stores baselines: saved once, read many times, deleted whole. */
public final class BaselineRepository {

    private final EntityStore store;

    public BaselineRepository(EntityStore store) {
        this.store = store;
    }

    /** Saves a new baseline; a baseline is never changed afterwards. */
    public Baseline add(Baseline baseline) {
        if (baseline.id() != 0) {
            throw new ValidationException("baseline.id", "must be 0: a saved baseline is never changed");
        }
        return store.inTransaction(() -> {
            Rows.require(store, PlanEntity.class, baseline.planId(), "plan");
            BaselineEntity row = store.create(BaselineEntity.class, Map.of("PLAN_ID", baseline.planId(),
                    "NAME", baseline.name(), "CREATED_AT", Columns.fromInstant(baseline.createdAt())));
            for (BaselineDate date : baseline.dates()) {
                Map<String, Object> values = new HashMap<>();
                values.put("BASELINE_ID", row.getID());
                values.put("SUBJECT_KIND", date.subjectKind().name());
                values.put("SUBJECT_ID", date.subjectId());
                values.put("START_DATE", Columns.fromDate(date.start()));
                values.put("FINISH_DATE", Columns.fromDate(date.finish()));
                store.create(BaselineDateEntity.class, values);
            }
            return baseline.withId(row.getID());
        });
    }

    public Optional<Baseline> find(int id) {
        return store.inTransaction(() -> Optional.ofNullable(store.get(BaselineEntity.class, id)).map(this::toBaseline));
    }

    /** A plan's baselines, newest first. */
    public List<Baseline> findByPlan(int planId) {
        return store.inTransaction(() -> {
            List<Baseline> baselines = new ArrayList<>();
            for (BaselineEntity row : store.find(BaselineEntity.class,
                    Query.select().where("PLAN_ID = ?", planId).order("CREATED_AT DESC, ID DESC"))) {
                baselines.add(toBaseline(row));
            }
            return baselines;
        });
    }

    public void delete(int id) {
        store.inTransaction(() -> {
            if (store.get(BaselineEntity.class, id) == null) {
                throw new NotFoundException("baseline", id);
            }
            new Cascade(store).deleteBaselines(List.of(id));
            return null;
        });
    }

    private Baseline toBaseline(BaselineEntity row) {
        List<BaselineDate> dates = new ArrayList<>();
        for (BaselineDateEntity date : store.find(BaselineDateEntity.class,
                Query.select().where("BASELINE_ID = ?", row.getID()).order("ID"))) {
            dates.add(new BaselineDate(Columns.toEnum(SubjectKind.class, date.getSubjectKind(), "BASELINE_DATE.SUBJECT_KIND"),
                    date.getSubjectId(), Columns.toDate(date.getStartDate()), Columns.toDate(date.getFinishDate())));
        }
        return new Baseline(row.getID(), row.getPlan().getID(), row.getName(), Columns.toInstant(row.getCreatedAt()), dates);
    }
}
