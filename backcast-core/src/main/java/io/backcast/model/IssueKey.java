package io.backcast.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Jira issue key such as {@code NET-42}: a project key, a dash and a positive number.
 * Upper-cased. Keys order as Jira lists them: by project, then by number (NET-2 before NET-10).
 */
public record IssueKey(String value) implements Comparable<IssueKey> {

    /** ASCII only, either case: upper-casing must not turn other letters (ß, ı, ﬁ) into a key. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}", Pattern.CASE_INSENSITIVE);

    public IssueKey {
        value = parse("issueKey", value);
    }

    public static IssueKey of(String value) {
        return new IssueKey(value);
    }

    /** Validates a key for the named field, returning it upper-cased. */
    public static String parse(String field, String value) {
        String key = Check.shortText(field, value);
        if (!FORMAT.matcher(key).matches()) {
            throw new ValidationException(field, "must be a Jira issue key like NET-42 (was '" + value.strip() + "')");
        }
        return key.toUpperCase(Locale.ROOT);
    }

    /** The project part: {@code NET} for {@code NET-42}. */
    public String projectKey() {
        return value.substring(0, value.lastIndexOf('-'));
    }

    /** The number part: 42 for {@code NET-42}. */
    public long number() {
        return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
    }

    @Override
    public int compareTo(IssueKey other) {
        int byProject = projectKey().compareTo(other.projectKey());
        return byProject != 0 ? byProject : Long.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return value;
    }
}
