package io.backcast.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** What a JSON value of the API must be, in the user's terms: never a Java type's name. */
final class JsonTypes {

    private JsonTypes() {
    }

    /** "a date like 2025-03-21", "a whole number", "one of COUNT, STORY_POINTS", … */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a JSON value of another kind";
        }
        if (type == LocalDate.class) {
            return "a date like 2025-03-21";
        }
        if (type == Instant.class) {
            return "an instant like 2025-03-21T09:00:00Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a JSON object"; // a record or a map
    }
}
