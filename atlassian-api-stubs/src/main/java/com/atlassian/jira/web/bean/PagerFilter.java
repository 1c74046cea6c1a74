/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/web/bean/PagerFilter.html
 * (class com.atlassian.jira.web.bean.PagerFilter<T>, @PublicApi); ../shared/reference/jira-plugin.md §2
 * (constructors; getUnlimitedFilter() is removed in Jira 12 and not used).
 */
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {

    private final int start;
    private final int max;

    /** A page of at most {@code max} results starting at result {@code start} (0-based). */
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
