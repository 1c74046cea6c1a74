/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/search/SearchResults.html
 * (class com.atlassian.jira.issue.search.SearchResults<T>, @PublicApi; getResults() replaced
 * getIssues() in Jira 8.0: confluence.atlassian.com/jiracore/lucene-upgrade-975041047.html).
 */
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {

    private final List<T> results;

    private SearchResults(List<T> results) {
        this.results = results;
    }

    /** The page of results the search's pager asked for. */
    public List<T> getResults() {
        return results;
    }
}
