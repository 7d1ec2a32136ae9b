package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;

import org.ehcflow.assessment.TimeLimitExceptions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseReference}/timeline}: each statutory step of a case with its date,
 * when it was done and whether that was on time, worked out from the engine's history as of today.
 * Anyone in a SEND role may read it. The case is named by its reference only.
 */
@RestController
class TimelineApi {

	private final AssessmentHistory history;

	private final TimeLimitExceptions exceptions;

	private final Clock clock;

	TimelineApi(AssessmentHistory history, TimeLimitExceptions exceptions, Clock clock) {
		this.history = history;
		this.exceptions = exceptions;
		this.clock = clock;
	}

	@GetMapping("/api/cases/{caseReference}/timeline")
	@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_send-panel', 'GROUP_send-managers', "
			+ "'GROUP_camunda-admin')")
	CaseTimeline timeline(@PathVariable String caseReference) {
		RecordedCase recorded = history.find(caseReference).orElseThrow(CaseNotFoundException::new);
		return CaseTimeline.of(recorded, exceptions.forCase(caseReference), LocalDate.now(clock));
	}

}
