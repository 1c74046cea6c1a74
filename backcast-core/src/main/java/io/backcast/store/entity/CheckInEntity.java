package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_CHECK_IN}: dated status notes on outcomes and milestones. */
@Preload
@Table("CHECK_IN")
public interface CheckInEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    /** OUTCOME or MILESTONE. */
    @NotNull
    @StringLength(16)
    String getSubjectKind();
    void setSubjectKind(String subjectKind);

    @NotNull
    @Indexed
    int getSubjectId();
    void setSubjectId(int subjectId);

    @NotNull
    Date getCheckInDate();
    void setCheckInDate(Date checkInDate);

    @NotNull
    @StringLength(255)
    String getAuthor();
    void setAuthor(String author);

    @StringLength(32)
    String getStateAtTime();
    void setStateAtTime(String stateAtTime);

    @StringLength(StringLength.UNLIMITED)
    String getLookingBack();
    void setLookingBack(String lookingBack);

    @StringLength(StringLength.UNLIMITED)
    String getWhereWeAre();
    void setWhereWeAre(String whereWeAre);

    @StringLength(StringLength.UNLIMITED)
    String getAhead();
    void setAhead(String ahead);

    @StringLength(StringLength.UNLIMITED)
    String getNewCommitments();
    void setNewCommitments(String newCommitments);

    /** PUBLIC or INTERNAL. */
    @NotNull
    @StringLength(16)
    String getVisibility();
    void setVisibility(String visibility);
}
