package io.backcast.rollup;

import java.time.LocalDate;

/**
 * Why an outcome is in its state, as data; {@link PhraseBook} words it.
 *
 * @param kind     which rule decided
 * @param subject  a milestone's name or an override's text, or {@code null}
 * @param author   an override's author, or {@code null}
 * @param days     a count of days where the kind has one, else 0
 * @param date     a date where the kind has one, else {@code null}
 * @param progress a fraction where the kind has one, else {@code null}
 */
public record Reason(ReasonKind kind, String subject, String author, int days, LocalDate date, Double progress) {

    static Reason of(ReasonKind kind) {
        return new Reason(kind, null, null, 0, null, null);
    }

    static Reason days(ReasonKind kind, String subject, int days, LocalDate date) {
        return new Reason(kind, subject, null, days, date, null);
    }

    static Reason date(ReasonKind kind, LocalDate date) {
        return new Reason(kind, null, null, 0, date, null);
    }

    static Reason progress(double progress) {
        return new Reason(ReasonKind.PROGRESS, null, null, 0, null, progress);
    }
}
