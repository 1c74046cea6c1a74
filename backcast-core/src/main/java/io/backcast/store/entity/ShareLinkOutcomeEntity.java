package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_SHARE_LINK_OUTCOME}: the outcomes a restricted share link shows. */
@Preload
@Table("SHARE_LINK_OUTCOME")
public interface ShareLinkOutcomeEntity extends Entity {

    @NotNull
    ShareLinkEntity getShareLink();
    void setShareLink(ShareLinkEntity shareLink);

    @NotNull
    OutcomeEntity getOutcome();
    void setOutcome(OutcomeEntity outcome);
}
