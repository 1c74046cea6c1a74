package io.backcast.service;

import java.time.LocalDate;

import io.backcast.schedule.Progress;

/**
 * One milestone on the client page: name, dates, float, whether it is critical or done, owners.
 *
 * @param name           its name
 * @param external       whether it is the client's or another vendor's work
 * @param done           whether it is done
 * @param start          forecast start (the actual start once started), or {@code null} when not planned
 * @param finish         forecast finish (the actual finish once done), or {@code null}
 * @param mustStartBy    latest start, or {@code null}
 * @param mustFinishBy   latest finish, or {@code null}
 * @param floatDays      total float in working days (negative: that late), or {@code null}
 * @param critical       on the critical path into an outcome shown
 * @param owner          the owner's name, or {@code null}
 * @param secondaryOwner the cover's name, or {@code null}
 * @param point          a point in time (0 working days), drawn as a diamond
 * @param progress       not started, in progress or done
 */
public record StatusMilestone(String name, boolean external, boolean done, LocalDate start, LocalDate finish,
                              LocalDate mustStartBy, LocalDate mustFinishBy, Integer floatDays, boolean critical,
                              String owner, String secondaryOwner, boolean point, Progress progress) {

    public StatusMilestone {
        progress = progress == null ? (done ? Progress.DONE : Progress.NOT_STARTED) : progress;
    }

    /** A milestone of some days with no cover named, its progress read from {@code done}. */
    public StatusMilestone(String name, boolean external, boolean done, LocalDate start, LocalDate finish,
                           LocalDate mustStartBy, LocalDate mustFinishBy, Integer floatDays, boolean critical, String owner) {
        this(name, external, done, start, finish, mustStartBy, mustFinishBy, floatDays, critical, owner, null, false, null);
    }
}
