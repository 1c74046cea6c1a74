package io.backcast.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void tablePrefixIsTheLastSixHexDigitsOfTheNamespacesMd5() {
        assertThat(Schema.lastSixOfMd5("")).isEqualTo("F8427E"); // MD5("") = d41d8cd98f00b204e9800998ecf8427e
        assertThat(Schema.TABLE_PREFIX).isEqualTo("AO_F1ABAE_");
    }

    @Test
    void ownsOnlyTablesWithItsPrefixWhateverTheCase() {
        assertThat(Schema.ownsTable("AO_F1ABAE_OUTCOME")).isTrue();
        assertThat(Schema.ownsTable("ao_f1abae_outcome")).isTrue();
        assertThat(Schema.ownsTable("AO_0A1B2C_OUTCOME")).isFalse();
        assertThat(Schema.ownsTable("jiraissue")).isFalse();
    }

    @Test
    void listsEveryEntityOnceWithTheVersionOfTheNewestUpgrade() {
        assertThat(Schema.ENTITIES).doesNotHaveDuplicates().hasSize(17);
        assertThat(io.backcast.store.upgrade.SchemaUpgrades.all()).last()
                .extracting(io.backcast.store.upgrade.SchemaUpgrade::version).isEqualTo(Schema.VERSION);
    }
}
