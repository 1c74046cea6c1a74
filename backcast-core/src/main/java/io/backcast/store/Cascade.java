package io.backcast.store;

import java.util.Collection;
import java.util.List;

import io.backcast.model.SubjectKind;
import io.backcast.port.EntityStore;
import io.backcast.store.entity.BaselineDateEntity;
import io.backcast.store.entity.BaselineEntity;
import io.backcast.store.entity.CheckInEntity;
import io.backcast.store.entity.DeliverableEntity;
import io.backcast.store.entity.DependencyEntity;
import io.backcast.store.entity.ForecastChangeEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.MilestoneOutcomeEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanChangeEntity;
import io.backcast.store.entity.OutcomePhraseEntity;
import io.backcast.store.entity.ShareLinkEntity;
import io.backcast.store.entity.ShareLinkOutcomeEntity;
import io.backcast.store.entity.ShareViewEntity;
import io.backcast.store.entity.WorkLinkEntity;
import net.java.ao.Query;

/**
 * What goes when something is deleted, children before parents (the tables have foreign
 * keys). Deleting an outcome takes its deliverables, work links, check-ins, baseline dates
 * and forecast history and its place in milestones and share links, but never a milestone:
 * milestones belong to the plan and may feed other outcomes. Deleting a milestone takes its
 * check-ins, baseline dates and forecast history. Callers run it inside their transaction.
 */
final class Cascade {

    private final EntityStore store;

    Cascade(EntityStore store) {
        this.store = store;
    }

    void deleteOutcomes(Collection<Integer> outcomeIds) {
        List<DeliverableEntity> deliverables = Rows.findIn(store, DeliverableEntity.class, "OUTCOME_ID", outcomeIds, "ID");
        deleteDeliverables(Rows.ids(deliverables));
        Rows.deleteIn(store, MilestoneOutcomeEntity.class, "OUTCOME_ID", outcomeIds);
        Rows.deleteIn(store, ShareLinkOutcomeEntity.class, "OUTCOME_ID", outcomeIds);
        Rows.deleteIn(store, OutcomePhraseEntity.class, "OUTCOME_ID", outcomeIds);
        Rows.deleteSubjects(store, CheckInEntity.class, SubjectKind.OUTCOME.name(), outcomeIds);
        Rows.deleteSubjects(store, BaselineDateEntity.class, SubjectKind.OUTCOME.name(), outcomeIds);
        Rows.deleteSubjects(store, ForecastChangeEntity.class, SubjectKind.OUTCOME.name(), outcomeIds);
        Rows.deleteIn(store, OutcomeEntity.class, "ID", outcomeIds);
    }

    void deleteDeliverables(Collection<Integer> deliverableIds) {
        Rows.deleteIn(store, WorkLinkEntity.class, "DELIVERABLE_ID", deliverableIds);
        Rows.deleteIn(store, DeliverableEntity.class, "ID", deliverableIds);
    }

    /** Deletes milestones; deliverables tied to them stay, untied. */
    void deleteMilestones(Collection<Integer> milestoneIds) {
        Rows.deleteIn(store, DependencyEntity.class, "PREDECESSOR_ID", milestoneIds);
        Rows.deleteIn(store, DependencyEntity.class, "SUCCESSOR_ID", milestoneIds);
        Rows.deleteIn(store, MilestoneOutcomeEntity.class, "MILESTONE_ID", milestoneIds);
        for (DeliverableEntity tied : Rows.findIn(store, DeliverableEntity.class, "MILESTONE_ID", milestoneIds, "ID")) {
            tied.setMilestone(null);
            tied.save();
        }
        Rows.deleteSubjects(store, CheckInEntity.class, SubjectKind.MILESTONE.name(), milestoneIds);
        Rows.deleteSubjects(store, BaselineDateEntity.class, SubjectKind.MILESTONE.name(), milestoneIds);
        Rows.deleteSubjects(store, ForecastChangeEntity.class, SubjectKind.MILESTONE.name(), milestoneIds);
        Rows.deleteIn(store, MilestoneEntity.class, "ID", milestoneIds);
    }

    void deleteShareLinks(Collection<Integer> shareLinkIds) {
        Rows.deleteIn(store, ShareViewEntity.class, "SHARE_LINK_ID", shareLinkIds);
        Rows.deleteIn(store, ShareLinkOutcomeEntity.class, "SHARE_LINK_ID", shareLinkIds);
        Rows.deleteIn(store, ShareLinkEntity.class, "ID", shareLinkIds);
    }

    void deleteBaselines(Collection<Integer> baselineIds) {
        Rows.deleteIn(store, BaselineDateEntity.class, "BASELINE_ID", baselineIds);
        Rows.deleteIn(store, BaselineEntity.class, "ID", baselineIds);
    }

    /** Everything in a plan but the plan row and its calendar. */
    void deletePlanContents(int planId) {
        deleteShareLinks(idsInPlan(ShareLinkEntity.class, planId));
        deleteBaselines(idsInPlan(BaselineEntity.class, planId));
        deleteOutcomes(idsInPlan(OutcomeEntity.class, planId));
        deleteMilestones(idsInPlan(MilestoneEntity.class, planId));
        store.deleteWhere(CheckInEntity.class, "PLAN_ID = ?", planId);
        store.deleteWhere(ForecastChangeEntity.class, "PLAN_ID = ?", planId);
        store.deleteWhere(PlanChangeEntity.class, "PLAN_ID = ?", planId);
    }

    private List<Integer> idsInPlan(Class<? extends net.java.ao.Entity> type, int planId) {
        return Rows.ids(store.find(type, Query.select().where("PLAN_ID = ?", planId)));
    }
}
