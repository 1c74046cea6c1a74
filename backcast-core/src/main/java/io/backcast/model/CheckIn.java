package io.backcast.model;

import java.time.LocalDate;

/**
 * A dated status note on an outcome or a milestone, in four parts: looking back, where we
 * are, what is ahead, and new commitments. At least one part is written.
 *
 * @param id             0 until stored
 * @param planId         the plan of the outcome or milestone
 * @param subjectKind    outcome or milestone
 * @param subjectId      which one
 * @param date           the day of the check-in
 * @param author         the author's user key
 * @param state          the state at the time, or {@code null}
 * @param lookingBack    what happened since the last check-in; optional long text
 * @param whereWeAre     the situation now; optional long text
 * @param ahead          what comes next; optional long text
 * @param newCommitments promises made; optional long text
 * @param visibility     public (client page too) or internal
 */
public record CheckIn(int id, int planId, SubjectKind subjectKind, int subjectId, LocalDate date, String author,
                      OutcomeState state, String lookingBack, String whereWeAre, String ahead,
                      String newCommitments, Visibility visibility) {

    public CheckIn {
        id = Check.id("checkIn.id", id);
        planId = Check.reference("checkIn.planId", planId);
        subjectKind = Check.required("checkIn.subjectKind", subjectKind);
        subjectId = Check.reference("checkIn.subjectId", subjectId);
        date = Check.date("checkIn.date", date);
        author = Check.shortText("checkIn.author", author);
        lookingBack = Check.optionalLongText("checkIn.lookingBack", lookingBack);
        whereWeAre = Check.optionalLongText("checkIn.whereWeAre", whereWeAre);
        ahead = Check.optionalLongText("checkIn.ahead", ahead);
        newCommitments = Check.optionalLongText("checkIn.newCommitments", newCommitments);
        if (lookingBack == null && whereWeAre == null && ahead == null && newCommitments == null) {
            throw new ValidationException("checkIn", "must say something in at least one of its four parts");
        }
        visibility = Check.required("checkIn.visibility", visibility);
    }

    public CheckIn withId(int newId) {
        return new CheckIn(newId, planId, subjectKind, subjectId, date, author, state, lookingBack, whereWeAre,
                ahead, newCommitments, visibility);
    }
}
