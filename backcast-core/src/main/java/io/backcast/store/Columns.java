package io.backcast.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import io.backcast.port.StoreException;

/**
 * Conversions between model values and column values. A date is stored as the start of that
 * day in the server's time zone, so it reads as the same date in any database tool; an
 * instant is stored to the second (MariaDB keeps no fractions).
 */
final class Columns {

    private Columns() {
    }

    static Date fromDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static LocalDate toDate(Date value) {
        return value == null ? null : Instant.ofEpochMilli(value.getTime()).atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static Date fromInstant(Instant instant) {
        return instant == null ? null : Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static Instant toInstant(Date value) {
        return value == null ? null : Instant.ofEpochMilli(value.getTime());
    }

    static String fromEnum(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Reads a stored enum name; a value this code does not know is a clear error, never a guess. */
    static <E extends Enum<E>> E toEnum(Class<E> type, String value, String column) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the database holds '" + value + "' in " + column
                    + ", which is not a known " + type.getSimpleName(), e);
        }
    }
}
