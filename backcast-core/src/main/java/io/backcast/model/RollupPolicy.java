package io.backcast.model;

/**
 * How a plan rolls work up to outcomes.
 *
 * @param weightMethod    how items weigh: count, story points or original estimate
 * @param doneRule        when an item is done
 * @param partialCredit   whether unfinished items earn spent / (spent + remaining), capped below 1
 * @param atRiskFloatDays an outcome with less float than this (working days) is at risk; 0 to 1,000
 * @param staleAfterDays  an outcome whose unfinished work nobody updated for longer than this (days) is at risk; 1 to 3,650
 */
public record RollupPolicy(WeightMethod weightMethod, DoneRule doneRule, boolean partialCredit,
                           int atRiskFloatDays, int staleAfterDays) {

    /** Count items, done by status category, no partial credit, at risk under 5 days of float or after 14 quiet days. */
    public static final RollupPolicy DEFAULT = new RollupPolicy(WeightMethod.COUNT, DoneRule.STATUS_CATEGORY, false, 5, 14);

    public RollupPolicy {
        weightMethod = Check.required("policy.weightMethod", weightMethod);
        doneRule = Check.required("policy.doneRule", doneRule);
        atRiskFloatDays = Check.between("policy.atRiskFloatDays", atRiskFloatDays, 0, 1_000);
        staleAfterDays = Check.between("policy.staleAfterDays", staleAfterDays, 1, 3_650);
    }

    /** Reads a weight method's stored or submitted name, naming the choices when it is unknown. */
    public static WeightMethod weightMethodNamed(String name) {
        return named(WeightMethod.class, "policy.weightMethod", name);
    }

    /** Reads a done rule's stored or submitted name, naming the choices when it is unknown. */
    public static DoneRule doneRuleNamed(String name) {
        return named(DoneRule.class, "policy.doneRule", name);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String name) {
        String text = Check.shortText(field, name);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new ValidationException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                + " (was '" + text + "')");
    }

    public RollupPolicy withWeightMethod(WeightMethod newMethod) {
        return new RollupPolicy(newMethod, doneRule, partialCredit, atRiskFloatDays, staleAfterDays);
    }

    public RollupPolicy withDoneRule(DoneRule newRule) {
        return new RollupPolicy(weightMethod, newRule, partialCredit, atRiskFloatDays, staleAfterDays);
    }

    public RollupPolicy withPartialCredit(boolean newPartialCredit) {
        return new RollupPolicy(weightMethod, doneRule, newPartialCredit, atRiskFloatDays, staleAfterDays);
    }

    public RollupPolicy withThresholds(int newAtRiskFloatDays, int newStaleAfterDays) {
        return new RollupPolicy(weightMethod, doneRule, partialCredit, newAtRiskFloatDays, newStaleAfterDays);
    }

    /** Whether an item is done under this policy. */
    public boolean isDone(WorkItem item) {
        return item.statusCategory() == StatusCategory.DONE
                && (doneRule == DoneRule.STATUS_CATEGORY || item.resolution() != null);
    }
}
