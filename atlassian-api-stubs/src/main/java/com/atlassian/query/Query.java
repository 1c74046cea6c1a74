/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/query/Query.html
 * (interface com.atlassian.query.Query, atlassian-query, shipped with Jira). Backcast only passes
 * a parsed query on to SearchService#search.
 */
package com.atlassian.query;

public interface Query {
}
