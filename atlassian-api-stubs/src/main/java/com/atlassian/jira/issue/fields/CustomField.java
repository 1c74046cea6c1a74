/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/fields/CustomField.html
 * (interface com.atlassian.jira.issue.fields.CustomField, @PublicApi). Backcast calls none of its
 * members: it only passes a field back to Issue#getCustomFieldValue.
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
