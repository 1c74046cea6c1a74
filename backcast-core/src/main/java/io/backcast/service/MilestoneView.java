package io.backcast.service;

import io.backcast.model.Milestone;
import io.backcast.schedule.MilestoneSchedule;

/** A milestone with its planned dates. */
public record MilestoneView(Milestone milestone, MilestoneSchedule schedule) {
}
