package io.backcast.storage;

import io.backcast.store.Schema;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.IndexNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SequenceNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.TriggerNameConverter;
import net.java.ao.schema.UniqueNameConverter;

/**
 * The names Jira's Active Objects gives tables, columns, indexes and constraints for our
 * namespace ({@code AO_F1ABAE_OUTCOME.NEEDED_BY}), so the server's database and the plugin's
 * are the same shape and data can move between them.
 */
final class AtlassianNaming implements NameConverters {

    private final TableNameConverter tables = new AtlassianTableNameConverter(name -> Schema.TABLE_PREFIX + name);
    private final FieldNameConverter fields = new AtlassianFieldNameConverter();
    private final SequenceNameConverter sequences = new AtlassianSequenceNameConverter();
    private final TriggerNameConverter triggers = new AtlassianTriggerNameConverter();
    private final IndexNameConverter indexes = new AtlassianIndexNameConverter();
    private final UniqueNameConverter uniques = new AtlassianUniqueNameConverter();

    @Override
    public TableNameConverter getTableNameConverter() {
        return tables;
    }

    @Override
    public FieldNameConverter getFieldNameConverter() {
        return fields;
    }

    @Override
    public SequenceNameConverter getSequenceNameConverter() {
        return sequences;
    }

    @Override
    public TriggerNameConverter getTriggerNameConverter() {
        return triggers;
    }

    @Override
    public IndexNameConverter getIndexNameConverter() {
        return indexes;
    }

    @Override
    public UniqueNameConverter getUniqueNameConverter() {
        return uniques;
    }
}
