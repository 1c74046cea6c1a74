package io.backcast.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;

import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.WorkCalendar;

/**
 * A plan network stated in MS Project terms (scheduling-conventions §9) as an MPXJ
 * {@link ProjectFile}, scheduled by MPXJ's {@link MicrosoftScheduler} (a reimplementation of
 * Microsoft Project's critical path method), and its results read back as the planner's days:
 * the independent oracle of {@code MpxjOracleTest}, and the network backcast-bench times MPXJ on
 * (through the core's test-jar). How a network is stated, on an MS Project calendar of
 * 08:00–12:00 and 13:00–17:00 on the plan's working weekdays, with each holiday a non-working
 * calendar exception:
 * <ul>
 * <li>A milestone of d days is a task of d days (8 working hours each); a point milestone is a
 * 0-day task flagged as a milestone. Lags are whole days (negative: leads).</li>
 * <li><b>Today</b>: every task that has not started gets Start-No-Earlier-Than T (the first working day on
 * or after today), or its own SNET when later, moved to a working day first; 08:00 for tasks with
 * duration, 17:00 for points (a point sits at the end of its day). The scheduler also starts at T 08:00.</li>
 * <li><b>In progress</b>: Actual Start at 08:00; MS Project schedules the remaining work from the actual
 * start, so Duration = the working days already elapsed (actual start to the day before today) + the
 * remaining days, Actual Duration = elapsed, Remaining Duration = remaining.</li>
 * <li><b>Done</b>: Actual Start 08:00 (17:00 for a point) and Actual Finish 17:00.</li>
 * <li><b>Outcomes</b> are 0-day milestone tasks fed FS 0 by their milestones, with their needed-by date
 * (moved to the last working day on or before it) as a <em>Deadline</em> at 17:00, not Must-Finish-On,
 * which would also pin the early date. <b>FNLT</b> becomes a Deadline in the same way: as a constraint
 * MS Project would pull the task earlier than its links allow instead of showing negative float.</li>
 * <li>One unlinked task far beyond every date puts the project finish beyond every needed-by date.</li>
 * </ul>
 *
 * <p>Reading results back ({@link #milestoneDays}, {@link #outcomeDays}): a datetime of a task with
 * duration is read as a start day "at or after" (17:00 means the next working day) and as a finish
 * day "at or before" (08:00 means the previous working day); every datetime of a point, "the last
 * working time at or before it". The working-day arithmetic of all this is a {@link WorkingDays}:
 * the plan's {@link WorkCalendar}, or the oracle's own, independent of it.
 */
public final class MsProjectNetwork {

    public static final LocalTime EIGHT = LocalTime.of(8, 0);
    public static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final LocalTimeRange MORNING = new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0));
    private static final LocalTimeRange AFTERNOON = new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0));

    /** MPXJ's results for one task, as the planner's inclusive working days. */
    public record Days(LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish) {
    }

    /** The working-day arithmetic the statement and the read-back use. */
    public interface WorkingDays {

        boolean isWorking(LocalDate day);

        /** {@code day} itself when it is a working day, else the next working day. */
        LocalDate onOrAfter(LocalDate day);

        /** {@code day} itself when it is a working day, else the last working day before it. */
        LocalDate onOrBefore(LocalDate day);

        /** How many working days lie in [{@code from}, {@code to}). */
        long between(LocalDate from, LocalDate to);

        /** The plan's own calendar. */
        static WorkingDays of(WorkCalendar calendar) {
            return new WorkingDays() {
                @Override
                public boolean isWorking(LocalDate day) {
                    return calendar.isWorkingDay(day);
                }

                @Override
                public LocalDate onOrAfter(LocalDate day) {
                    return calendar.nextWorkingDay(day);
                }

                @Override
                public LocalDate onOrBefore(LocalDate day) {
                    return calendar.previousWorkingDay(day);
                }

                @Override
                public long between(LocalDate from, LocalDate to) {
                    return calendar.workingDaysBetween(from, to);
                }
            };
        }
    }

    private final WorkingDays workingDays;
    private final ProjectFile file;
    private final ProjectCalendar calendar;
    private final Map<Integer, Task> milestoneTasks;
    private final Map<Integer, Boolean> points;
    private final Map<Integer, Task> outcomeTasks;
    private final Task farTask;
    private final LocalDate farDay;
    private final LocalDateTime schedulingStart;

    private MsProjectNetwork(WorkingDays workingDays, ProjectFile file, ProjectCalendar calendar, Map<Integer, Task> milestoneTasks,
                             Map<Integer, Boolean> points, Map<Integer, Task> outcomeTasks, Task farTask, LocalDate farDay,
                             LocalDateTime schedulingStart) {
        this.workingDays = workingDays;
        this.file = file;
        this.calendar = calendar;
        this.milestoneTasks = milestoneTasks;
        this.points = points;
        this.outcomeTasks = outcomeTasks;
        this.farTask = farTask;
        this.farDay = farDay;
        this.schedulingStart = schedulingStart;
    }

    /**
     * States the network as of {@code today} in MS Project terms, on the plan's calendar, with the
     * far task two years after the last date the network names.
     */
    public static MsProjectNetwork of(PlanNetwork network, LocalDate today) {
        WorkingDays days = WorkingDays.of(network.calendar());
        LocalDate t = days.onOrAfter(today);
        LocalDate last = t;
        for (Milestone m : network.milestones()) {
            if (m.actualStart() == null && m.startNoEarlierThan() != null) {
                last = max(last, days.onOrAfter(m.startNoEarlierThan()));
            }
            last = max(last, m.finishNoLaterThan());
        }
        for (Outcome o : network.outcomes()) {
            last = max(last, o.neededBy());
        }
        return of(network, today, days, days.onOrAfter(last.plusYears(2)));
    }

    /**
     * States the network as of {@code today} in MS Project terms with this working-day arithmetic,
     * and the far task on {@code farDay}, a working day that must lie beyond every date of the plan.
     */
    public static MsProjectNetwork of(PlanNetwork network, LocalDate today, WorkingDays days, LocalDate farDay) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.removeCalendarHours(day);
            boolean working = network.calendar().workingDays().contains(day);
            calendar.setWorkingDay(day, working);
            if (working) {
                ProjectCalendarHours hours = calendar.addCalendarHours(day);
                hours.add(MORNING);
                hours.add(AFTERNOON);
            }
        }
        for (LocalDate holiday : network.calendar().holidays()) {
            calendar.addCalendarException(holiday);
        }

        LocalDate t = days.onOrAfter(today);
        Map<Integer, Task> tasks = new HashMap<>();
        Map<Integer, Boolean> points = new HashMap<>();
        Map<Integer, List<Task>> feeders = new HashMap<>();
        for (Milestone m : network.milestones()) {
            Task task = file.addTask();
            task.setName(m.name());
            boolean point = m.durationDays() == 0;
            task.setMilestone(point);
            if (m.actualFinish() != null) {
                int spanned = point ? 0 : (int) (days.between(m.actualStart(), m.actualFinish()) + 1);
                setDurations(task, spanned, spanned, 0);
                task.setActualStart(m.actualStart().atTime(point ? FIVE : EIGHT));
                task.setActualFinish(m.actualFinish().atTime(FIVE));
            } else if (m.actualStart() != null) {
                int elapsed = (int) days.between(m.actualStart(), today);
                Integer given = network.remainingDays().get(m.id());
                int remaining = Math.max(1, given != null ? given : m.durationDays() - elapsed);
                setDurations(task, elapsed + remaining, elapsed, remaining);
                task.setActualStart(m.actualStart().atTime(EIGHT));
            } else {
                setDurations(task, m.durationDays(), 0, m.durationDays());
                LocalDate notBefore = t;
                if (m.startNoEarlierThan() != null && days.onOrAfter(m.startNoEarlierThan()).isAfter(t)) {
                    notBefore = days.onOrAfter(m.startNoEarlierThan());
                }
                task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                task.setConstraintDate(notBefore.atTime(point ? FIVE : EIGHT));
            }
            if (m.finishNoLaterThan() != null) {
                task.setDeadline(days.onOrBefore(m.finishNoLaterThan()).atTime(FIVE));
            }
            tasks.put(m.id(), task);
            points.put(m.id(), point);
            for (int outcomeId : m.outcomeIds()) {
                feeders.computeIfAbsent(outcomeId, k -> new ArrayList<>()).add(task);
            }
        }
        for (Milestone m : network.milestones()) {
            Task task = tasks.get(m.id());
            for (Dependency d : m.predecessors()) {
                task.addPredecessor(new Relation.Builder().predecessorTask(tasks.get(d.predecessorId())).type(type(d))
                        .lag(Duration.getInstance(d.lagDays(), TimeUnit.DAYS)));
            }
        }
        Map<Integer, Task> outcomeTasks = new HashMap<>();
        for (Outcome o : network.outcomes()) {
            Task task = file.addTask();
            task.setName(o.phrase());
            task.setMilestone(true);
            setDurations(task, 0, 0, 0);
            task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
            task.setConstraintDate(t.atTime(FIVE));
            task.setDeadline(days.onOrBefore(o.neededBy()).atTime(FIVE));
            for (Task feeder : feeders.getOrDefault(o.id(), List.of())) {
                task.addPredecessor(new Relation.Builder().predecessorTask(feeder).type(RelationType.FINISH_START)
                        .lag(Duration.getInstance(0, TimeUnit.DAYS)));
            }
            outcomeTasks.put(o.id(), task);
        }
        Task farTask = file.addTask();
        farTask.setName("Beyond every needed-by date");
        setDurations(farTask, 1, 0, 1);
        farTask.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        farTask.setConstraintDate(farDay.atTime(EIGHT));
        return new MsProjectNetwork(days, file, calendar, tasks, points, outcomeTasks, farTask, farDay, t.atTime(EIGHT));
    }

    /** Schedules the project with MPXJ's MicrosoftScheduler from T 08:00; it clears and rewrites every task's dates. */
    public void schedule() throws CpmException {
        new MicrosoftScheduler().schedule(file, schedulingStart);
    }

    /**
     * Empties the MS Project calendar's caches of working time (MPXJ clears them whenever the
     * calendar changes; setting its parent to the one it has is the public way to get there), so the
     * next {@link #schedule()} works as on a freshly built project.
     */
    public void forgetCalendarCaches() {
        calendar.setParent(calendar.getParent());
    }

    public ProjectFile file() {
        return file;
    }

    public int taskCount() {
        return file.getTasks().size();
    }

    public int relationCount() {
        return file.getRelations().size();
    }

    /** The unlinked task that sets the project finish. */
    public Task farTask() {
        return farTask;
    }

    public LocalDate farDay() {
        return farDay;
    }

    /** MPXJ's days for a milestone, read back: a start "at or after", a finish "at or before"; a point's every datetime "at or before". */
    public Days milestoneDays(int milestoneId) {
        Task task = milestoneTasks.get(milestoneId);
        if (points.get(milestoneId)) {
            return pointDays(task);
        }
        return new Days(atOrAfter(task.getEarlyStart()), atOrBefore(task.getEarlyFinish()),
                atOrAfter(task.getLateStart()), atOrBefore(task.getLateFinish()));
    }

    public Days outcomeDays(int outcomeId) {
        return pointDays(outcomeTasks.get(outcomeId));
    }

    private Days pointDays(Task task) {
        return new Days(atOrBefore(task.getEarlyStart()), atOrBefore(task.getEarlyFinish()),
                atOrBefore(task.getLateStart()), atOrBefore(task.getLateFinish()));
    }

    /** A point or a finish: the day whose end is the last working time at or before this moment. */
    private LocalDate atOrBefore(LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        return onBoundary(moment).equals(FIVE) && workingDays.isWorking(day) ? day : workingDays.onOrBefore(day.minusDays(1));
    }

    /** The start of a task with duration: the working day that begins at or after this moment. */
    private LocalDate atOrAfter(LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        return onBoundary(moment).equals(EIGHT) && workingDays.isWorking(day) ? day : workingDays.onOrAfter(day.plusDays(1));
    }

    private static LocalTime onBoundary(LocalDateTime moment) {
        LocalTime time = moment.toLocalTime();
        if (!time.equals(EIGHT) && !time.equals(FIVE)) {
            throw new IllegalStateException("MPXJ datetime " + moment + " is not at the start or end of a working day");
        }
        return time;
    }

    private static void setDurations(Task task, int duration, int actual, int remaining) {
        task.setDuration(Duration.getInstance(duration, TimeUnit.DAYS));
        task.setActualDuration(Duration.getInstance(actual, TimeUnit.DAYS));
        task.setRemainingDuration(Duration.getInstance(remaining, TimeUnit.DAYS));
    }

    private static RelationType type(Dependency dependency) {
        return switch (dependency.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || !b.isAfter(a) ? a : b;
    }
}
