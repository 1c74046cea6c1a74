package io.backcast.jira.work;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;

import io.backcast.model.Hierarchy;
import io.backcast.model.IssueKey;
import io.backcast.model.StatusCategory;
import io.backcast.model.ValidationException;
import io.backcast.model.WorkItem;

/**
 * Turns a Jira issue into the snapshot the roll-up reads (design §3.1).
 * <ul>
 * <li>Hierarchy: a sub-task type is a sub-task; the Jira Software type named <em>Epic</em> an
 *     epic; everything else standard.</li>
 * <li>Time tracking: Jira keeps original estimate, remaining estimate and time spent in
 *     seconds.</li>
 * <li>Blocked: another issue that is not done links to it with the standard <em>Blocks</em>
 *     link type ("is blocked by").</li>
 * <li>A value Backcast cannot take (negative story points, an estimate below zero, an unknown
 *     status category) is read as unset (to do), rather than failing the whole plan over one
 *     issue.</li>
 * </ul>
 */
public final class WorkItems {

    static final String EPIC_TYPE = "Epic";
    static final String BLOCKS_LINK_TYPE = "Blocks";
    static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");

    private final JiraFields fields;
    private final IssueLinkManager links;

    public WorkItems(JiraFields fields, IssueLinkManager links) {
        this.fields = fields;
        this.links = links;
    }

    public WorkItem of(Issue issue) {
        IssueType type = issue.getIssueType();
        Hierarchy hierarchy = hierarchy(type);
        Resolution resolution = issue.getResolution();
        return new WorkItem(issue.getId(), IssueKey.of(issue.getKey()), type == null ? "Issue" : type.getName(),
                hierarchy, category(issue), resolution == null ? null : resolution.getName(), storyPoints(issue),
                seconds(issue.getOriginalEstimate()), seconds(issue.getEstimate()), seconds(issue.getTimeSpent()),
                hierarchy == Hierarchy.SUBTASK ? issue.getParentId() : null,
                hierarchy == Hierarchy.EPIC ? null : fields.epicId(issue), fields.flagged(issue), blocked(issue),
                updated(issue.getUpdated()));
    }

    static boolean isEpic(Issue issue) {
        return hierarchy(issue.getIssueType()) == Hierarchy.EPIC;
    }

    private static Hierarchy hierarchy(IssueType type) {
        if (type == null) {
            return Hierarchy.STANDARD;
        }
        if (type.isSubTask()) {
            return Hierarchy.SUBTASK;
        }
        return EPIC_TYPE.equalsIgnoreCase(type.getName()) ? Hierarchy.EPIC : Hierarchy.STANDARD;
    }

    private static StatusCategory category(Issue issue) {
        Status status = issue.getStatus();
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.TO_DO;
        }
        try {
            return StatusCategory.fromJiraKey(status.getStatusCategory().getKey());
        } catch (ValidationException unknownCategory) {
            return StatusCategory.TO_DO;
        }
    }

    private Double storyPoints(Issue issue) {
        Double points = fields.storyPoints(issue);
        return points == null || points.isNaN() || points.isInfinite() || points < 0 ? null : points;
    }

    private static Duration seconds(Long value) {
        return value == null || value < 0 ? null : Duration.ofSeconds(value);
    }

    private boolean blocked(Issue issue) {
        Collection<IssueLink> inward = links.getInwardLinks(issue.getId());
        if (inward == null) {
            return false;
        }
        for (IssueLink link : inward) {
            Issue blocker = link.getSourceObject();
            if (link.getIssueLinkType() != null && BLOCKS_LINK_TYPE.equalsIgnoreCase(link.getIssueLinkType().getName())
                    && blocker != null && category(blocker) != StatusCategory.DONE) {
                return true;
            }
        }
        return false;
    }

    /** Jira stamps every issue; one without a stamp (or outside 2000–2100) reads as long unchanged. */
    private static Instant updated(Timestamp updated) {
        Instant instant = updated == null ? LONG_AGO : updated.toInstant().truncatedTo(ChronoUnit.SECONDS);
        return instant.isBefore(LONG_AGO) || !instant.isBefore(FAR_AHEAD) ? LONG_AGO : instant;
    }
}
