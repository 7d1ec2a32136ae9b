package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.ehcflow.assessment.TimeLimitExceptions;
import org.ehcflow.common.StatutoryReadings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseReference}/timeline}: each statutory step of a case with its
 * date, when it was done and whether that was on time, worked out from the engine's
 * history as of today: the assessment's steps, then the maintained plan's and its
 * reviews' (an imported plan has only those). Anyone in a SEND role may read it. The case
 * is named by its reference only.
 */
@RestController
class TimelineApi {

	private final AssessmentHistory history;

	private final PlanHistory plans;

	private final TimeLimitExceptions exceptions;

	private final Clock clock;

	private final StatutoryReadings readings;

	TimelineApi(AssessmentHistory history, PlanHistory plans, TimeLimitExceptions exceptions, Clock clock,
			StatutoryReadings readings) {
		this.history = history;
		this.plans = plans;
		this.exceptions = exceptions;
		this.clock = clock;
		this.readings = readings;
	}

	@GetMapping("/api/cases/{caseReference}/timeline")
	@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_send-panel', 'GROUP_send-managers', "
			+ "'GROUP_camunda-admin')")
	CaseTimeline timeline(@PathVariable String caseReference) {
		LocalDate today = LocalDate.now(clock);
		Optional<RecordedCase> assessment = history.find(caseReference);
		Optional<RecordedPlan> plan = plans.find(caseReference);
		if (assessment.isEmpty() && plan.isEmpty()) {
			throw new CaseNotFoundException();
		}
		CaseTimeline timeline = assessment
			.map(recorded -> CaseTimeline.of(recorded, exceptions.forCase(caseReference), today, readings))
			.orElseGet(() -> CaseTimeline.withoutAssessment(caseReference));
		return plan.map(recorded -> timeline.withPlan(recorded, today, readings)).orElse(timeline);
	}

}
