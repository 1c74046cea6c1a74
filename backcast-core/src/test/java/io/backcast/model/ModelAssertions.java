package io.backcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertions for the model tests. */
final class ModelAssertions {

    private ModelAssertions() {
    }

    /**
     * Asserts that {@code call} throws a {@link ValidationException} for exactly {@code field},
     * with exactly {@code message} (which, by the model's convention, starts with the field).
     */
    static void assertInvalid(String field, String message, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    /** Asserts that a collection handed out by a model value cannot be changed. */
    static <T> void assertUnmodifiable(Collection<T> values, T extra) {
        assertThatThrownBy(() -> values.add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    static String chars(int count) {
        return "x".repeat(count);
    }
}
