package org.ehcflow.timeliness;

import java.util.List;

/**
 * Everything the manager measures are worked out from, read once: the assessments (each
 * with its advice requests and whether a time-limit exception was recorded), the plans
 * and the reviews.
 *
 * @param assessments every {@code ehcNeedsAssessment}, running or ended
 * @param plans every {@code ehcPlan}, running or ended
 * @param reviews every {@code annualReview}, running or ended
 */
record Caseload(List<AssessmentCase> assessments, List<ProcessRecord> plans, List<ProcessRecord> reviews) {

	Caseload {
		assessments = List.copyOf(assessments);
		plans = List.copyOf(plans);
		reviews = List.copyOf(reviews);
	}

	/**
	 * One assessment.
	 *
	 * @param process the {@code ehcNeedsAssessment} instance and its variables
	 * @param exceptionRecorded whether any time-limit exception is recorded for the case
	 * (SEN2 {@code Week20})
	 * @param advice the {@code adviceRequest} instances it called
	 */
	record AssessmentCase(ProcessRecord process, boolean exceptionRecorded, List<ProcessRecord> advice) {

		AssessmentCase {
			advice = List.copyOf(advice);
		}

		String reference() {
			return process.businessKey();
		}

	}

}
