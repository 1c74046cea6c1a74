package io.backcast.model;

/**
 * One client engagement, anchored to a Jira project (its home project). Holds outcomes,
 * milestones, a work calendar and share links; they refer to it by {@link #id()}.
 *
 * @param id          0 until stored
 * @param projectKey  the home project's key, e.g. {@code FIT}
 * @param name        what the team calls the engagement
 * @param clientName  who bought the outcomes, shown on the client page; optional
 * @param calendar    working weekdays and holidays
 * @param policy      how work rolls up to its outcomes
 * @param checkInCadenceDays how often each outcome should get a check-in, in calendar days
 *                    (1..365); an outcome whose last check-in is older is on the reminder list
 */
public record Plan(int id, String projectKey, String name, String clientName, WorkCalendar calendar, RollupPolicy policy,
                   int checkInCadenceDays) {

    /** The check-in cadence of a new plan: every two weeks. */
    public static final int DEFAULT_CHECK_IN_CADENCE_DAYS = 14;
    public static final int MAX_CHECK_IN_CADENCE_DAYS = 365;

    public Plan {
        id = Check.id("plan.id", id);
        projectKey = Check.projectKey("plan.projectKey", projectKey);
        name = Check.shortText("plan.name", name);
        clientName = Check.optionalShortText("plan.clientName", clientName);
        calendar = Check.required("plan.calendar", calendar);
        policy = Check.required("plan.policy", policy);
        checkInCadenceDays = Check.between("plan.checkInCadenceDays", checkInCadenceDays, 1, MAX_CHECK_IN_CADENCE_DAYS);
    }

    /** A plan with the default check-in cadence ({@value #DEFAULT_CHECK_IN_CADENCE_DAYS} days). */
    public Plan(int id, String projectKey, String name, String clientName, WorkCalendar calendar, RollupPolicy policy) {
        this(id, projectKey, name, clientName, calendar, policy, DEFAULT_CHECK_IN_CADENCE_DAYS);
    }

    /** A plan not yet stored, with a Monday-to-Friday calendar and the default roll-up policy. */
    public static Plan create(String projectKey, String name) {
        return new Plan(0, projectKey, name, null, WorkCalendar.MONDAY_TO_FRIDAY, RollupPolicy.DEFAULT);
    }

    public Plan withId(int newId) {
        return new Plan(newId, projectKey, name, clientName, calendar, policy, checkInCadenceDays);
    }

    public Plan withName(String newName) {
        return new Plan(id, projectKey, newName, clientName, calendar, policy, checkInCadenceDays);
    }

    public Plan withClientName(String newClientName) {
        return new Plan(id, projectKey, name, newClientName, calendar, policy, checkInCadenceDays);
    }

    public Plan withPolicy(RollupPolicy newPolicy) {
        return new Plan(id, projectKey, name, clientName, calendar, newPolicy, checkInCadenceDays);
    }

    public Plan withCalendar(WorkCalendar newCalendar) {
        return new Plan(id, projectKey, name, clientName, newCalendar, policy, checkInCadenceDays);
    }

    public Plan withCheckInCadenceDays(int newCadenceDays) {
        return new Plan(id, projectKey, name, clientName, calendar, policy, newCadenceDays);
    }
}
