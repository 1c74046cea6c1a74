package io.backcast.model;

import java.util.Locale;

/** Jira's status categories: every status belongs to one. */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    /** The category for Jira's key ({@code new}, {@code indeterminate}, {@code done}); {@code undefined} reads as to do. */
    public static StatusCategory fromJiraKey(String key) {
        String lower = Check.shortText("workItem.statusCategory", key).toLowerCase(Locale.ROOT);
        for (StatusCategory category : values()) {
            if (category.jiraKey.equals(lower)) {
                return category;
            }
        }
        if ("undefined".equals(lower)) {
            return TO_DO;
        }
        throw new ValidationException("workItem.statusCategory", "must be one of new, indeterminate, done (was '" + key + "')");
    }

    public String jiraKey() {
        return jiraKey;
    }
}
