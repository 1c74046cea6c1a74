package io.backcast.jira.work;

import java.util.Collection;
import java.util.Optional;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * The Jira Software fields Backcast reads from an issue, found by their standard names:
 * <em>Story Points</em> (a number), <em>Epic Link</em> (the epic, an issue) and
 * <em>Flagged</em> (a checkbox: any value means flagged). A Jira without Jira Software, or
 * one where a field was renamed, simply has no value for it: no story points (the roll-up
 * falls back as for an unestimated item), no epic, not flagged. Looked up at each reading, as
 * administrators may add or rename fields at any time (Jira caches the look-up).
 */
public final class JiraFields {

    static final String STORY_POINTS = "Story Points";
    static final String EPIC_LINK = "Epic Link";
    static final String FLAGGED = "Flagged";

    private final CustomFieldManager customFields;

    public JiraFields(CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    /** The issue's story points, or {@code null} when it has none (or no number). */
    Double storyPoints(Issue issue) {
        return value(issue, STORY_POINTS).filter(Number.class::isInstance)
                .map(points -> ((Number) points).doubleValue()).orElse(null);
    }

    /** The id of the issue's epic, or {@code null}. */
    Long epicId(Issue issue) {
        return value(issue, EPIC_LINK).filter(Issue.class::isInstance).map(epic -> ((Issue) epic).getId()).orElse(null);
    }

    boolean flagged(Issue issue) {
        return value(issue, FLAGGED).map(flag -> !(flag instanceof Collection<?> options) || !options.isEmpty())
                .orElse(false);
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFields.getCustomFieldObjectsByName(fieldName);
        if (fields == null) {
            return Optional.empty();
        }
        for (CustomField field : fields) {
            Object value = issue.getCustomFieldValue(field);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
