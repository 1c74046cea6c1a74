/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real type at run time. Only the members Backcast calls, with their exact
 * public signatures.
 *
 * Source of the signatures: Jira's javadoc,
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/CustomFieldManager.html
 * (interface com.atlassian.jira.issue.CustomFieldManager, @PublicApi).
 */
package com.atlassian.jira.issue;

import java.util.Collection;

import com.atlassian.jira.issue.fields.CustomField;

public interface CustomFieldManager {

    /** The custom fields with this name (names need not be unique); maybe empty. */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
