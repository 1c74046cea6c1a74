package io.backcast.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The validation rules shared by every value of the model. Each check returns the value
 * (normalised: texts trimmed, optional blanks to {@code null}) or throws a
 * {@link ValidationException} naming the field and the rule.
 */
public final class Check {

    /** Short texts (phrases, names, labels, user keys): at most this many UTF-16 characters. */
    public static final int SHORT_TEXT_MAX = 255;
    /** Long texts (why, check-in parts, JQL): at most this many UTF-16 characters. */
    public static final int LONG_TEXT_MAX = 10_000;
    /** The earliest date Backcast plans with. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    /** The latest date Backcast plans with. */
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT = LAST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** ASCII only, either case: upper-casing must not turn other letters (ß, ı, ﬁ) into a key. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}", Pattern.CASE_INSENSITIVE);

    private Check() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** A required short text: trimmed, not blank, at most {@value #SHORT_TEXT_MAX} characters. */
    public static String shortText(String field, String value) {
        String text = optionalShortText(field, value);
        if (text == null) {
            throw new ValidationException(field, "must not be blank");
        }
        return text;
    }

    /** An optional short text: trimmed; blank becomes {@code null}. */
    public static String optionalShortText(String field, String value) {
        return limited(field, value, SHORT_TEXT_MAX);
    }

    /** A required long text: trimmed, not blank, at most {@value #LONG_TEXT_MAX} characters. */
    public static String longText(String field, String value) {
        String text = optionalLongText(field, value);
        if (text == null) {
            throw new ValidationException(field, "must not be blank");
        }
        return text;
    }

    /** An optional long text: trimmed; blank becomes {@code null}. */
    public static String optionalLongText(String field, String value) {
        return limited(field, value, LONG_TEXT_MAX);
    }

    private static String limited(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new ValidationException(field, "must be at most " + max + " characters (was " + text.length() + ")");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ValidationException(field, "must not contain a NUL character");
        }
        return text;
    }

    /** A required date within 2000-01-01..2100-12-31. */
    public static LocalDate date(String field, LocalDate value) {
        return optionalDate(field, required(field, value));
    }

    public static LocalDate optionalDate(String field, LocalDate value) {
        if (value != null && (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE))) {
            throw new ValidationException(field, "must be between " + FIRST_DATE + " and " + LAST_DATE + " (was " + value + ")");
        }
        return value;
    }

    /** A required instant within the same range as dates (UTC). */
    public static Instant instant(String field, Instant value) {
        return optionalInstant(field, required(field, value));
    }

    public static Instant optionalInstant(String field, Instant value) {
        if (value != null && (value.isBefore(FIRST_INSTANT) || !value.isBefore(LAST_INSTANT))) {
            throw new ValidationException(field, "must be between " + FIRST_DATE + " and " + LAST_DATE + " (was " + value + ")");
        }
        return value;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    /** A database id: 0 for a value not yet stored, positive once stored. */
    public static int id(String field, int value) {
        if (value < 0) {
            throw new ValidationException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    /** The id of a stored value this one refers to. */
    public static int reference(String field, int value) {
        if (value <= 0) {
            throw new ValidationException(field, "must name a stored value (was " + value + ")");
        }
        return value;
    }

    /** A weight: a finite number, zero or more. */
    public static double weight(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new ValidationException(field, "must be a finite number (was " + value + ")");
        }
        if (value < 0) {
            throw new ValidationException(field, "must not be negative (was " + value + ")");
        }
        return value + 0.0; // -0.0 becomes 0.0
    }

    /** A Jira project key such as {@code NET} or {@code FIT_OUT2}; upper-cased. */
    public static String projectKey(String field, String value) {
        String key = shortText(field, value);
        if (!PROJECT_KEY.matcher(key).matches()) {
            throw new ValidationException(field, "must be a Jira project key: a letter, then letters, digits or '_' (was '" + value.strip() + "')");
        }
        return key.toUpperCase(java.util.Locale.ROOT);
    }

    /** Rejects the first element whose {@code identity} was seen before. */
    public static <T, K> void noDuplicates(String field, Collection<T> values, Function<T, K> identity) {
        Set<K> seen = new HashSet<>();
        for (T value : values) {
            K key = identity.apply(value);
            if (!seen.add(key)) {
                throw new ValidationException(field, "must not list " + key + " twice");
            }
        }
    }

    public static <T> java.util.List<T> list(String field, Collection<T> values) {
        Objects.requireNonNull(field);
        if (values == null) {
            return java.util.List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new ValidationException(field, "must not contain an empty entry");
            }
        }
        return java.util.List.copyOf(values);
    }
}
