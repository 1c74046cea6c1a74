package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.backcast.model.CheckIn;
import io.backcast.model.OutcomeState;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.Visibility;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.CheckInEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.OutcomeEntity;
import net.java.ao.Entity;
import net.java.ao.Query;

/** Stores check-ins on outcomes and milestones; lists them newest first. */
public final class CheckInRepository {

    private static final String NEWEST_FIRST = "CHECK_IN_DATE DESC, ID DESC";

    private final EntityStore store;

    public CheckInRepository(EntityStore store) {
        this.store = store;
    }

    /** Stores a new check-in (id 0) or updates a stored one. */
    public CheckIn save(CheckIn checkIn) {
        return store.inTransaction(() -> {
            rejectSubjectOutsidePlan(checkIn);
            CheckInEntity row;
            if (checkIn.id() == 0) {
                Map<String, Object> required = new HashMap<>();
                required.put("PLAN_ID", checkIn.planId());
                required.put("SUBJECT_KIND", checkIn.subjectKind().name());
                required.put("SUBJECT_ID", checkIn.subjectId());
                required.put("CHECK_IN_DATE", Columns.fromDate(checkIn.date()));
                required.put("AUTHOR", checkIn.author());
                required.put("VISIBILITY", checkIn.visibility().name());
                row = store.create(CheckInEntity.class, required);
            } else {
                row = store.get(CheckInEntity.class, checkIn.id());
                if (row == null) {
                    throw new NotFoundException("check-in", checkIn.id());
                }
                if (row.getSubjectId() != checkIn.subjectId() || !row.getSubjectKind().equals(checkIn.subjectKind().name())) {
                    throw new ValidationException("checkIn.subjectId", "cannot change: a check-in stays with what it is about");
                }
            }
            row.setCheckInDate(Columns.fromDate(checkIn.date()));
            row.setAuthor(checkIn.author());
            row.setStateAtTime(Columns.fromEnum(checkIn.state()));
            row.setLookingBack(checkIn.lookingBack());
            row.setWhereWeAre(checkIn.whereWeAre());
            row.setAhead(checkIn.ahead());
            row.setNewCommitments(checkIn.newCommitments());
            row.setVisibility(checkIn.visibility().name());
            row.save();
            return checkIn.withId(row.getID());
        });
    }

    public Optional<CheckIn> find(int id) {
        return store.inTransaction(() -> {
            CheckInEntity row = store.get(CheckInEntity.class, id);
            return row == null ? Optional.<CheckIn>empty() : Optional.of(toCheckIns(new CheckInEntity[] {row}).get(0));
        });
    }

    /** The check-ins on one outcome or milestone, newest first. */
    public List<CheckIn> findBySubject(SubjectKind kind, int subjectId) {
        return store.inTransaction(() -> toCheckIns(store.find(CheckInEntity.class, Query.select()
                .where("SUBJECT_KIND = ? AND SUBJECT_ID = ?", kind.name(), subjectId).order(NEWEST_FIRST))));
    }

    /** All check-ins of a plan, newest first. */
    public List<CheckIn> findByPlan(int planId) {
        return store.inTransaction(() -> toCheckIns(store.find(CheckInEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order(NEWEST_FIRST))));
    }

    public void delete(int id) {
        store.inTransaction(() -> {
            CheckInEntity row = store.get(CheckInEntity.class, id);
            if (row == null) {
                throw new NotFoundException("check-in", id);
            }
            store.delete(row);
            return null;
        });
    }

    private void rejectSubjectOutsidePlan(CheckIn checkIn) {
        Class<? extends Entity> type = checkIn.subjectKind() == SubjectKind.OUTCOME ? OutcomeEntity.class : MilestoneEntity.class;
        String kind = checkIn.subjectKind().name().toLowerCase(java.util.Locale.ROOT);
        Entity subject = store.get(type, checkIn.subjectId());
        if (subject == null) {
            throw new NotFoundException(kind, checkIn.subjectId());
        }
        int planId = subject instanceof OutcomeEntity outcome
                ? outcome.getPlan().getID() : ((MilestoneEntity) subject).getPlan().getID();
        if (planId != checkIn.planId()) {
            throw new ValidationException("checkIn.subjectId", "names " + kind + " " + checkIn.subjectId() + ", which is not in this plan");
        }
    }

    private static List<CheckIn> toCheckIns(CheckInEntity[] rows) {
        List<CheckIn> checkIns = new ArrayList<>(rows.length);
        for (CheckInEntity row : rows) {
            checkIns.add(new CheckIn(row.getID(), row.getPlan().getID(),
                    Columns.toEnum(SubjectKind.class, row.getSubjectKind(), "CHECK_IN.SUBJECT_KIND"), row.getSubjectId(),
                    Columns.toDate(row.getCheckInDate()), row.getAuthor(),
                    Columns.toEnum(OutcomeState.class, row.getStateAtTime(), "CHECK_IN.STATE_AT_TIME"),
                    row.getLookingBack(), row.getWhereWeAre(), row.getAhead(), row.getNewCommitments(),
                    Columns.toEnum(Visibility.class, row.getVisibility(), "CHECK_IN.VISIBILITY")));
        }
        return checkIns;
    }
}
