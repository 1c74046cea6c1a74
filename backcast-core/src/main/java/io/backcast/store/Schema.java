package io.backcast.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.backcast.store.entity.BaselineDateEntity;
import io.backcast.store.entity.BaselineEntity;
import io.backcast.store.entity.CheckInEntity;
import io.backcast.store.entity.DeliverableEntity;
import io.backcast.store.entity.DependencyEntity;
import io.backcast.store.entity.ForecastChangeEntity;
import io.backcast.store.entity.HolidayEntity;
import io.backcast.store.entity.MilestoneEntity;
import io.backcast.store.entity.MilestoneOutcomeEntity;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.OutcomePhraseEntity;
import io.backcast.store.entity.PlanChangeEntity;
import io.backcast.store.entity.PlanEntity;
import io.backcast.store.entity.ShareLinkEntity;
import io.backcast.store.entity.ShareLinkOutcomeEntity;
import io.backcast.store.entity.ShareViewEntity;
import io.backcast.store.entity.WorkLinkEntity;
import net.java.ao.RawEntity;

/**
 * The fixed facts of Backcast's schema, the same in both hosts: the Active Objects namespace
 * (fixed once: changing it orphans every table), the table prefix Jira derives from it, the
 * entity list that {@code atlassian-plugin.xml}'s {@code <ao>} module repeats, and the
 * current model version.
 */
public final class Schema {

    /** The {@code <ao namespace>} of the plugin. Never change it. */
    public static final String NAMESPACE = "io.backcast";

    /** {@code AO_} + the last six hex digits of the upper-case MD5 of the namespace + {@code _}. */
    public static final String TABLE_PREFIX = "AO_" + lastSixOfMd5(NAMESPACE) + "_";

    /** The model version this code writes; see {@code io.backcast.store.upgrade.SchemaUpgrades}. */
    public static final int VERSION = 8;

    /** Every entity, parents before children. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            PlanEntity.class,
            HolidayEntity.class,
            OutcomeEntity.class,
            OutcomePhraseEntity.class,
            MilestoneEntity.class,
            DeliverableEntity.class,
            WorkLinkEntity.class,
            DependencyEntity.class,
            MilestoneOutcomeEntity.class,
            CheckInEntity.class,
            BaselineEntity.class,
            BaselineDateEntity.class,
            ForecastChangeEntity.class,
            ShareLinkEntity.class,
            ShareLinkOutcomeEntity.class,
            ShareViewEntity.class,
            PlanChangeEntity.class);

    private Schema() {
    }

    /** The entity list as the array {@code migrate} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entities() {
        return ENTITIES.toArray(new Class[0]);
    }

    /** Whether a table belongs to Backcast; every other table in the schema is left alone. */
    public static boolean ownsTable(String tableName) {
        return tableName.toUpperCase(Locale.ROOT).startsWith(TABLE_PREFIX);
    }

    static String lastSixOfMd5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(digest);
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
