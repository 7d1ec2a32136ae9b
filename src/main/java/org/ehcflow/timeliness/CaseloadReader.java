package org.ehcflow.timeliness;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ehcflow.assessment.TimeLimitExceptions;
import org.ehcflow.timeliness.Caseload.AssessmentCase;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Caseload} from the engine's history (a few queries, whatever the
 * number of cases) and which cases have time-limit exceptions
 * ({@link TimeLimitExceptions}). Reads no child's name or family detail.
 */
@Component
class CaseloadReader {

	static final String[] ASSESSMENT_VARIABLES = { CASE_REFERENCE, REQUEST_RECEIVED_DATE, "requestSource",
			DECIDE_WHETHER_TO_ASSESS_BY, DECISION_TO_ASSESS, DECISION_TO_ASSESS_DATE, DECIDE_WHETHER_TO_ISSUE_BY,
			DECISION_TO_ISSUE, DECISION_TO_ISSUE_DATE, DRAFT_PLAN_TARGET_BY, DRAFT_SERVED_DATE,
			DRAFT_REPRESENTATIONS_BY, FAMILY_RESPONSE, SETTING_REQUESTED, SETTING_CONSULTATION_BY,
			SETTING_RESPONSE_DATE, FINAL_PLAN_DUE_BY, FINAL_PLAN_ISSUED_DATE, CASE_CLOSED_REASON, CASE_CLOSED_DATE,
			DECISION_TO_ASSESS_NOTICE_SENT_DATE, DECISION_TO_ISSUE_NOTICE_SENT_DATE };

	static final String[] ADVICE_VARIABLES = { "adviceService", ADVICE_DUE_BY, "adviceReceivedDate",
			ADVICE_REQUESTED_DATE };

	/** The {@code ehcPlan} contract (docs/plan-process.md). */
	static final String[] PLAN_VARIABLES = { "caseReference", "planIssuedDate", "lastReviewDecisionDate",
			"annualReviewDecisionBy", "phaseTransferPlanBy", "reviewMeetingBy", "reviewMeetingDate",
			"amendedPlanIssuedDate", "reviewDecision", "reviewDecisionDate", "planStatus", "planCeasedDate",
			"ceaseReason", "reviewReason" };

	/** The {@code annualReview} contract (docs/review-process.md). */
	static final String[] REVIEW_VARIABLES = { "caseReference", "reviewReason", "reviewMeetingDate", "reviewDecisionBy",
			"reviewDecision", "reviewDecisionDate", "amendedPlanDueBy", "amendedPlanIssuedDate", "phaseTransferPlanBy",
			"reviewDecisionNoticeSentDate", "amendmentNoticeDate", "ceaseNoticeDate" };

	private final ProcessRecords records;

	private final TimeLimitExceptions exceptions;

	CaseloadReader(ProcessRecords records, TimeLimitExceptions exceptions) {
		this.records = records;
		this.exceptions = exceptions;
	}

	Caseload read() {
		List<ProcessRecord> assessments = records.all(TimelinessMeasures.ASSESSMENT, ASSESSMENT_VARIABLES);
		Map<String, List<ProcessRecord>> adviceByCase = records.all(TimelinessMeasures.ADVICE, ADVICE_VARIABLES)
			.stream()
			.filter(advice -> advice.superProcessInstanceId() != null)
			.collect(Collectors.groupingBy(ProcessRecord::superProcessInstanceId));
		Set<String> withExceptions = exceptions.caseReferences();
		List<AssessmentCase> cases = assessments.stream()
			.map(a -> new AssessmentCase(a, withExceptions.contains(a.businessKey()),
					adviceByCase.getOrDefault(a.id(), List.of())))
			.toList();
		return new Caseload(cases, records.all(TimelinessMeasures.PLAN, PLAN_VARIABLES),
				records.all(TimelinessMeasures.REVIEW, REVIEW_VARIABLES));
	}

}
