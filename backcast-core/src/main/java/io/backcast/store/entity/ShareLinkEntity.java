package io.backcast.store.entity;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_F1ABAE_SHARE_LINK}: client links; only the token's hash is stored. */
@Preload
@Table("SHARE_LINK")
public interface ShareLinkEntity extends Entity {

    @NotNull
    PlanEntity getPlan();
    void setPlan(PlanEntity plan);

    @NotNull
    @StringLength(255)
    String getLabel();
    void setLabel(String label);

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getTokenHash();
    void setTokenHash(String tokenHash);

    @NotNull
    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    Date getExpiresAt();
    void setExpiresAt(Date expiresAt);

    Date getRevokedAt();
    void setRevokedAt(Date revokedAt);

    /** True: the link shows every outcome of the plan; false: those in SHARE_LINK_OUTCOME. */
    @NotNull
    @Default("true")
    boolean isAllOutcomes();
    void setAllOutcomes(boolean allOutcomes);

    Date getLastViewedAt();
    void setLastViewedAt(Date lastViewedAt);

    @NotNull
    @Default("0")
    int getViewCount();
    void setViewCount(int viewCount);

    /** The language of the link's page, a BCP 47 tag such as {@code en}; added in schema version 8. */
    @NotNull
    @Default("en")
    @StringLength(35)
    String getLanguage();
    void setLanguage(String language);
}
