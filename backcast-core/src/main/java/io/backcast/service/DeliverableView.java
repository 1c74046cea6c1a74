package io.backcast.service;

import io.backcast.model.Deliverable;
import io.backcast.rollup.DeliverableRollup;

/** A deliverable with its roll-up. */
public record DeliverableView(Deliverable deliverable, DeliverableRollup rollup) {
}
