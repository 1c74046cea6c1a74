package io.backcast.model;

/**
 * A link into a milestone from its predecessor.
 *
 * @param predecessorId the milestone that comes first
 * @param type          FS, SS, FF or SF
 * @param lagDays       working days between them; negative is a lead; within ±1,000
 */
public record Dependency(int predecessorId, DependencyType type, int lagDays) {

    public static final int LAG_LIMIT = 1_000;

    public Dependency {
        predecessorId = Check.reference("dependency.predecessorId", predecessorId);
        type = Check.required("dependency.type", type);
        lagDays = Check.between("dependency.lagDays", lagDays, -LAG_LIMIT, LAG_LIMIT);
    }

    /** Finish-to-start with no lag: the most common link. */
    public static Dependency after(int predecessorId) {
        return new Dependency(predecessorId, DependencyType.FS, 0);
    }
}
