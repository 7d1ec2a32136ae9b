package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.CASE_REFERENCE;
import static org.ehcflow.assessment.AssessmentVariables.DECIDE_WHETHER_TO_ASSESS_BY;
import static org.ehcflow.assessment.AssessmentVariables.DECIDE_WHETHER_TO_ISSUE_BY;
import static org.ehcflow.assessment.AssessmentVariables.DRAFT_PLAN_TARGET_BY;
import static org.ehcflow.assessment.AssessmentVariables.FINAL_PLAN_DUE_BY;
import static org.ehcflow.assessment.AssessmentVariables.PROCESS_KEY;
import static org.ehcflow.assessment.AssessmentVariables.REQUEST_RECEIVED_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AssessmentDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a request the moment the case starts, whether from Tasklist's start form or
 * {@code POST /api/assessments}: checks it by the same rules, gives the case its
 * reference (the business key) and computes every deadline that runs from the date of
 * receipt (CFA 2014 s36(1)). A request that breaks a rule starts nothing.
 */
@Component("requestRecorder")
class RequestRecorder implements ExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RequestRecorder.class);

	private final RequestRules rules;

	private final CaseReferences caseReferences;

	private final RuntimeService runtimeService;

	RequestRecorder(RequestRules rules, CaseReferences caseReferences, RuntimeService runtimeService) {
		this.rules = rules;
		this.caseReferences = caseReferences;
		this.runtimeService = runtimeService;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Map<String, Object> request = execution.getVariables();
		if (isBlank(request.get(CASE_REFERENCE)) && !isBlank(execution.getProcessBusinessKey())) {
			request.put(CASE_REFERENCE, execution.getProcessBusinessKey());
		}
		List<FieldProblem> problems = rules.check(request, false);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, Object> normalised = rules.normalise(request);
		execution.setVariables(normalised);

		LocalDate received = LocalDate.parse(normalised.get(REQUEST_RECEIVED_DATE).toString());
		String caseReference = referenceFor(normalised, received, execution.getProcessInstanceId());
		execution.setVariable(CASE_REFERENCE, caseReference);
		execution.setProcessBusinessKey(caseReference);

		AssessmentDeadlines deadlines = AssessmentDeadlines.forRequestReceivedOn(received);
		Variables.setDate(execution, DECIDE_WHETHER_TO_ASSESS_BY, deadlines.decideWhetherToAssessBy());
		Variables.setDate(execution, DRAFT_PLAN_TARGET_BY, deadlines.draftPlanTargetBy());
		Variables.setDate(execution, DECIDE_WHETHER_TO_ISSUE_BY, deadlines.decideWhetherToIssueBy());
		Variables.setDate(execution, FINAL_PLAN_DUE_BY, deadlines.finalPlanDueBy());
		log.info("Request {} recorded, received {}, final plan due by {}", caseReference, received,
				deadlines.finalPlanDueBy());
	}

	private String referenceFor(Map<String, Object> request, LocalDate received, String processInstanceId) {
		Object given = request.get(CASE_REFERENCE);
		if (isBlank(given)) {
			return caseReferences.next(received);
		}
		String reference = given.toString().trim();
		boolean inUse = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.anyMatch(instance -> !instance.getId().equals(processInstanceId));
		if (inUse) {
			throw new InvalidInputException(List.of(new FieldProblem(CASE_REFERENCE,
					"case " + reference + " already has an open assessment; use another reference or leave it empty")));
		}
		return reference;
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
