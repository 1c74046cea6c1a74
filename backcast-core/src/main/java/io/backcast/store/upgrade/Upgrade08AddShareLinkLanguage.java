package io.backcast.store.upgrade;

import io.backcast.i18n.Languages;
import io.backcast.port.EntityStore;
import io.backcast.store.Schema;
import io.backcast.store.entity.ShareLinkEntity;
import net.java.ao.Query;

/**
 * Version 8: a share link's page has a language ({@code SHARE_LINK.LANGUAGE}, a BCP 47 tag,
 * default {@code en}), chosen when the link is made, since one kept page serves every visitor.
 * Existing links read English, as their pages did; a row the database left without a language the
 * message bundle has (none should) is set to English as well. On an empty database it only adds
 * the column.
 */
final class Upgrade08AddShareLinkLanguage implements SchemaUpgrade {

    @Override
    public int version() {
        return 8;
    }

    @Override
    public void upgrade(EntityStore store) {
        store.migrate(Schema.entities());
        store.inTransaction(() -> {
            for (ShareLinkEntity link : store.find(ShareLinkEntity.class, Query.select())) {
                if (Languages.byTag(link.getLanguage()) == null) {
                    link.setLanguage(Languages.DEFAULT.toLanguageTag());
                    link.save();
                }
            }
            return null;
        });
    }
}
