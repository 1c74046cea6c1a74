package io.backcast.model;

/**
 * How a deliverable finds its Jira work: one issue key, a JQL query, or an epic (its
 * children). Build one with {@link #issue}, {@link #jql} or {@link #epic}.
 *
 * @param kind   which of the three
 * @param target the issue key, the JQL text, or the epic's key
 */
public record WorkLink(WorkLinkKind kind, String target) {

    public WorkLink {
        kind = Check.required("workLink.kind", kind);
        target = switch (kind) {
            case ISSUE -> IssueKey.parse("workLink.issueKey", target);
            case EPIC -> IssueKey.parse("workLink.epicKey", target);
            case JQL -> Check.longText("workLink.jql", target);
        };
    }

    public static WorkLink issue(String issueKey) {
        return new WorkLink(WorkLinkKind.ISSUE, issueKey);
    }

    public static WorkLink jql(String query) {
        return new WorkLink(WorkLinkKind.JQL, query);
    }

    public static WorkLink epic(String epicKey) {
        return new WorkLink(WorkLinkKind.EPIC, epicKey);
    }
}
