/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * provides the real annotation at run time, where the plugin framework reads it.
 *
 * Source: Atlassian, "Preparing for secure endpoints" (Platform 7),
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * (REST resources, servlets and filters are open to licensed users only unless annotated;
 * @UnrestrictedAccess opens one to anyone, anonymous included); ../shared/reference/jira-plugin.md §0.7.
 * Runtime retention, on types and methods, as the framework reads it reflectively.
 */
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
