package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_BASELINE_DATE}: one milestone's or outcome's dates in a baseline. */
@Preload
@Table("BASELINE_DATE")
public interface BaselineDateEntity extends Entity {

    @NotNull
    BaselineEntity getBaseline();
    void setBaseline(BaselineEntity baseline);

    /** OUTCOME or MILESTONE. */
    @NotNull
    @StringLength(16)
    String getSubjectKind();
    void setSubjectKind(String subjectKind);

    @NotNull
    int getSubjectId();
    void setSubjectId(int subjectId);

    @NotNull
    Date getStartDate();
    void setStartDate(Date startDate);

    @NotNull
    Date getFinishDate();
    void setFinishDate(Date finishDate);
}
