package io.backcast.model;

import java.time.LocalDate;

/** One milestone's or outcome's dates as a baseline saved them. */
public record BaselineDate(SubjectKind subjectKind, int subjectId, LocalDate start, LocalDate finish) {

    public BaselineDate {
        subjectKind = Check.required("baselineDate.subjectKind", subjectKind);
        subjectId = Check.reference("baselineDate.subjectId", subjectId);
        start = Check.date("baselineDate.start", start);
        finish = Check.date("baselineDate.finish", finish);
        if (finish.isBefore(start)) {
            throw new ValidationException("baselineDate.finish", "must not be before its start (" + start + ")");
        }
    }
}
