package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_F1ABAE_SHARE_VIEW} (schema version 6): one row each time a share link's status
 * page was opened: when, and a coarse browser class. No User-Agent string, no address.
 */
@Preload
@Table("SHARE_VIEW")
public interface ShareViewEntity extends Entity {

    /** Indexed (schema version 7): a link's views are counted without reading other links' views. */
    @NotNull
    @Indexed
    ShareLinkEntity getShareLink();
    void setShareLink(ShareLinkEntity shareLink);

    @NotNull
    Date getViewedAt();
    void setViewedAt(Date viewedAt);

    /** "Mobile Safari", "Chrome", "Other"…: never the full User-Agent. */
    @NotNull
    @StringLength(32)
    String getAgentClass();
    void setAgentClass(String agentClass);
}
