package io.backcast.model;

import java.time.Instant;
import java.util.List;

/** A saved copy of a plan's schedule dates; slip is measured against it. */
public record Baseline(int id, int planId, String name, Instant createdAt, List<BaselineDate> dates) {

    public Baseline {
        id = Check.id("baseline.id", id);
        planId = Check.reference("baseline.planId", planId);
        name = Check.shortText("baseline.name", name);
        createdAt = Check.instant("baseline.createdAt", createdAt);
        dates = Check.list("baseline.dates", dates);
        Check.noDuplicates("baseline.dates", dates, d -> d.subjectKind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.subjectId());
    }

    public Baseline withId(int newId) {
        return new Baseline(newId, planId, name, createdAt, dates);
    }
}
