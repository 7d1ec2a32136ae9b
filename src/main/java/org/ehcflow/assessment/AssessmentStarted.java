package org.ehcflow.assessment;

import java.time.LocalDate;
import java.util.Map;

import org.ehcflow.common.Variables;

/**
 * The answer to {@code POST /api/assessments}: the new case and the deadlines that run
 * from the day the request was received (CFA 2014 s36(1)).
 *
 * @param caseReference the case reference, also the process's business key
 * @param processInstanceId the {@code ehcNeedsAssessment} instance
 * @param deadlines the deadlines recorded on the case
 */
record AssessmentStarted(String caseReference, String processInstanceId, Deadlines deadlines) {

	/** Reads the new case back from the variables the start listener recorded. */
	static AssessmentStarted from(String processInstanceId, Map<String, Object> variables) {
		return new AssessmentStarted(String.valueOf(variables.get(AssessmentVariables.CASE_REFERENCE)),
				processInstanceId,
				new Deadlines(date(variables, AssessmentVariables.DECIDE_WHETHER_TO_ASSESS_BY),
						date(variables, AssessmentVariables.DECIDE_WHETHER_TO_ISSUE_BY),
						date(variables, AssessmentVariables.FINAL_PLAN_DUE_BY),
						date(variables, AssessmentVariables.DRAFT_PLAN_TARGET_BY)));
	}

	private static LocalDate date(Map<String, Object> variables, String name) {
		return Variables.parseDateOrNull(variables.get(name));
	}

	/**
	 * @param decideWhetherToAssessBy 6 weeks, SEND Regulations 2014 reg 4(1), 5(1)
	 * @param decideWhetherToIssueBy 16 weeks, reg 10(1)
	 * @param finalPlanDueBy 20 weeks, reg 13(2)
	 * @param draftPlanTargetBy 14 weeks: the aim for the draft, not a statutory limit
	 */
	record Deadlines(LocalDate decideWhetherToAssessBy, LocalDate decideWhetherToIssueBy, LocalDate finalPlanDueBy,
			LocalDate draftPlanTargetBy) {
	}

}
