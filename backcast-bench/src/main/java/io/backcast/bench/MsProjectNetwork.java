package io.backcast.bench;

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
import io.backcast.schedule.PlanNetwork;

/**
 * A plan network stated in MS Project terms (scheduling-conventions §9) as an MPXJ
 * {@link ProjectFile}, for timing MPXJ's {@link MicrosoftScheduler} on the same network as the
 * planner. The statement is the one backcast-core's {@code MpxjOracleTest} checks against the
 * planner on random networks (copied here, as main code must not depend on test code):
 * <ul>
 * <li>an MS Project calendar of 08:00–12:00 and 13:00–17:00 on the plan's working weekdays, each
 * holiday a non-working exception;</li>
 * <li>a milestone of d days is a task of d days, a point milestone a 0-day task flagged as a
 * milestone; lags are whole days (negative: leads);</li>
 * <li><b>today</b>: every task not started gets Start-No-Earlier-Than T (the first working day on or
 * after today), or its own SNET when later (moved to a working day); 08:00 for tasks with duration,
 * 17:00 for points. The scheduler starts at T 08:00;</li>
 * <li><b>in progress</b>: Actual Start 08:00, Duration = working days already elapsed + remaining
 * days (MS Project schedules the rest from the actual start); <b>done</b>: Actual Start 08:00 (17:00
 * for a point), Actual Finish 17:00;</li>
 * <li><b>outcomes</b> are 0-day milestone tasks fed FS 0 by their milestones, with their needed-by date
 * as a Deadline at 17:00; <b>FNLT</b> becomes a Deadline the same way;</li>
 * <li>one unlinked task two years after the last date of the plan puts the project finish beyond
 * every needed-by date.</li>
 * </ul>
 *
 * <p>The day readers ({@link #milestoneDays}, {@link #outcomeDays}) turn MPXJ's datetimes back into
 * the planner's inclusive days, for checking that both schedulers planned the same network.
 */
public final class MsProjectNetwork {

    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final LocalTimeRange MORNING = new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0));
    private static final LocalTimeRange AFTERNOON = new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0));

    /** MPXJ's results for one task, as the planner's inclusive working days. */
    public record Days(LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish) {
    }

    private final WorkCalendar workCalendar;
    private final ProjectFile file;
    private final ProjectCalendar calendar;
    private final Map<Integer, Task> milestoneTasks;
    private final Map<Integer, Boolean> points;
    private final Map<Integer, Task> outcomeTasks;
    private final Task farTask;
    private final LocalDate farDay;
    private final LocalDateTime schedulingStart;

    private MsProjectNetwork(WorkCalendar workCalendar, ProjectFile file, ProjectCalendar calendar, Map<Integer, Task> milestoneTasks,
                             Map<Integer, Boolean> points, Map<Integer, Task> outcomeTasks, Task farTask, LocalDate farDay,
                             LocalDateTime schedulingStart) {
        this.workCalendar = workCalendar;
        this.file = file;
        this.calendar = calendar;
        this.milestoneTasks = milestoneTasks;
        this.points = points;
        this.outcomeTasks = outcomeTasks;
        this.farTask = farTask;
        this.farDay = farDay;
        this.schedulingStart = schedulingStart;
    }

    /** States the network as of {@code today} in MS Project terms. */
    public static MsProjectNetwork of(PlanNetwork network, LocalDate today) {
        WorkCalendar days = network.calendar();
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.removeCalendarHours(day);
            boolean working = days.workingDays().contains(day);
            calendar.setWorkingDay(day, working);
            if (working) {
                ProjectCalendarHours hours = calendar.addCalendarHours(day);
                hours.add(MORNING);
                hours.add(AFTERNOON);
            }
        }
        for (LocalDate holiday : days.holidays()) {
            calendar.addCalendarException(holiday);
        }

        LocalDate t = days.nextWorkingDay(today);
        LocalDate last = t;
        Map<Integer, Task> tasks = new HashMap<>();
        Map<Integer, Boolean> points = new HashMap<>();
        Map<Integer, List<Task>> feeders = new HashMap<>();
        for (Milestone m : network.milestones()) {
            Task task = file.addTask();
            task.setName(m.name());
            boolean point = m.durationDays() == 0;
            task.setMilestone(point);
            if (m.actualFinish() != null) {
                int spanned = point ? 0 : (int) (days.workingDaysBetween(m.actualStart(), m.actualFinish()) + 1);
                setDurations(task, spanned, spanned, 0);
                task.setActualStart(m.actualStart().atTime(point ? FIVE : EIGHT));
                task.setActualFinish(m.actualFinish().atTime(FIVE));
            } else if (m.actualStart() != null) {
                int elapsed = (int) days.workingDaysBetween(m.actualStart(), today);
                Integer given = network.remainingDays().get(m.id());
                int remaining = Math.max(1, given != null ? given : m.durationDays() - elapsed);
                setDurations(task, elapsed + remaining, elapsed, remaining);
                task.setActualStart(m.actualStart().atTime(EIGHT));
            } else {
                setDurations(task, m.durationDays(), 0, m.durationDays());
                LocalDate notBefore = t;
                if (m.startNoEarlierThan() != null && days.nextWorkingDay(m.startNoEarlierThan()).isAfter(t)) {
                    notBefore = days.nextWorkingDay(m.startNoEarlierThan());
                }
                task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                task.setConstraintDate(notBefore.atTime(point ? FIVE : EIGHT));
                last = max(last, notBefore);
            }
            if (m.finishNoLaterThan() != null) {
                task.setDeadline(days.previousWorkingDay(m.finishNoLaterThan()).atTime(FIVE));
                last = max(last, m.finishNoLaterThan());
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
            task.setDeadline(days.previousWorkingDay(o.neededBy()).atTime(FIVE));
            last = max(last, o.neededBy());
            for (Task feeder : feeders.getOrDefault(o.id(), List.of())) {
                task.addPredecessor(new Relation.Builder().predecessorTask(feeder).type(RelationType.FINISH_START)
                        .lag(Duration.getInstance(0, TimeUnit.DAYS)));
            }
            outcomeTasks.put(o.id(), task);
        }
        LocalDate farDay = days.nextWorkingDay(last.plusYears(2));
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
        return onBoundary(moment).equals(FIVE) && workCalendar.isWorkingDay(day) ? day : workCalendar.previousWorkingDay(day.minusDays(1));
    }

    /** The start of a task with duration: the working day that begins at or after this moment. */
    private LocalDate atOrAfter(LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        return onBoundary(moment).equals(EIGHT) && workCalendar.isWorkingDay(day) ? day : workCalendar.nextWorkingDay(day.plusDays(1));
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
