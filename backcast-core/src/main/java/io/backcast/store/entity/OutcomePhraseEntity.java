package io.backcast.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_F1ABAE_OUTCOME_PHRASE} (schema version 3): an outcome's own wording for a state. */
@Preload
@Table("OUTCOME_PHRASE")
public interface OutcomePhraseEntity extends Entity {

    @NotNull
    OutcomeEntity getOutcome();
    void setOutcome(OutcomeEntity outcome);

    /** DONE, OFF_TRACK, AT_RISK, ON_TRACK or NOT_STARTED. */
    @NotNull
    @StringLength(32)
    String getOutcomeState();
    void setOutcomeState(String outcomeState);

    @NotNull
    @StringLength(255)
    String getTemplate();
    void setTemplate(String template);
}
