package io.backcast.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_F1ABAE_SCHEMA_VERSION}: the model version of a server's database, one row.
 * Not listed in the plugin: in Jira, Active Objects keeps the model version itself.
 */
@Preload
@Table("SCHEMA_VERSION")
public interface SchemaVersionEntity extends Entity {

    @NotNull
    int getModelVersion();
    void setModelVersion(int modelVersion);
}
