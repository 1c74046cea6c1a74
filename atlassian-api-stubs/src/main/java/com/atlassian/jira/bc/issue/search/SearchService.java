/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/issue/search/SearchService.html
 * (interface com.atlassian.jira.bc.issue.search.SearchService, @PublicApi, with its nested
 * class ParseResult); ../shared/reference/jira-plugin.md §2 (search returns SearchResults<Issue>
 * from Jira 8.0 on; parseQuery is called with a user by the Slack integration on Jira 11).
 */
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {

    /** Runs a query as {@code searcher}: only issues they may browse are found. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Parses JQL as {@code searcher} would; see {@link ParseResult#isValid()}. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    final class ParseResult {

        private final Query query;

        private ParseResult(Query query) {
            this.query = query;
        }

        public Query getQuery() {
            return query;
        }

        public boolean isValid() {
            return query != null;
        }
    }
}
