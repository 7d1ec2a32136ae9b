package org.ehcflow.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine's history holds about one {@code ehcPlan} and the {@code annualReview}
 * instances it called (docs/plan-process.md): the facts the plan's timeline steps are
 * worked out from.
 *
 * @param processInstanceId the {@code ehcPlan} instance
 * @param endedOn the day it ended (the plan ceased), or {@code null} while it is
 * maintained
 * @param variables the plan's own variables the timeline reads, by name
 * @param reviews its reviews, oldest first
 */
record RecordedPlan(String processInstanceId, LocalDate endedOn, Map<String, Object> variables,
		List<RecordedReview> reviews) {

	RecordedPlan {
		variables = Map.copyOf(variables);
		reviews = List.copyOf(reviews);
	}

	boolean ended() {
		return endedOn != null;
	}

	/**
	 * One {@code annualReview}.
	 *
	 * @param processInstanceId the review's instance
	 * @param startedAt when it started
	 * @param endedOn the day it ended, or {@code null} while it goes on
	 * @param variables its own variables the timeline reads, by name
	 */
	record RecordedReview(String processInstanceId, Instant startedAt, LocalDate endedOn,
			Map<String, Object> variables) {

		RecordedReview {
			variables = Map.copyOf(variables);
		}

	}

}
