package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_WORK_LINK}: how a deliverable finds its Jira work, one row per link. */
@Preload
@Table("WORK_LINK")
public interface WorkLinkEntity extends Entity {

    @NotNull
    DeliverableEntity getDeliverable();
    void setDeliverable(DeliverableEntity deliverable);

    /** ISSUE, JQL or EPIC. */
    @NotNull
    @StringLength(16)
    String getLinkKind();
    void setLinkKind(String linkKind);

    /** The issue or epic key (ISSUE and EPIC links): indexed, to find what an issue serves. */
    @Indexed
    @StringLength(255)
    String getIssueKey();
    void setIssueKey(String issueKey);

    /** The query (JQL links). */
    @StringLength(StringLength.UNLIMITED)
    String getJql();
    void setJql(String jql);

    @NotNull
    int getSortOrder();
    void setSortOrder(int sortOrder);
}
