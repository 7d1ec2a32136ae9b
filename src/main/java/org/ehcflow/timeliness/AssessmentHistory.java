package org.ehcflow.timeliness;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ehcflow.common.Variables;
import org.ehcflow.timeliness.RecordedCase.RecordedAdvice;
import org.springframework.stereotype.Component;

/**
 * Reads a case from the engine's history tables, the one record of what happened: the
 * newest {@code ehcNeedsAssessment} with the case reference as business key, its own
 * variables, and the {@code adviceRequest} instances it called.
 */
@Component
class AssessmentHistory {

	static final String ADVICE_PROCESS_KEY = "adviceRequest";

	/**
	 * The case variables a timeline needs; the child's name and the family's details are
	 * not read.
	 */
	private static final String[] CASE_VARIABLES = { CASE_REFERENCE, REQUEST_RECEIVED_DATE, DECIDE_WHETHER_TO_ASSESS_BY,
			DECISION_TO_ASSESS, DECISION_TO_ASSESS_DATE, DECIDE_WHETHER_TO_ISSUE_BY, DECISION_TO_ISSUE,
			DECISION_TO_ISSUE_DATE, DRAFT_REPRESENTATIONS_BY, FAMILY_RESPONSE, REPRESENTATIONS_RECEIVED_DATE,
			SETTING_REQUESTED, SETTING_CONSULTATION_BY, SETTING_CONSULTATION_RESPONSE, SETTING_RESPONSE_DATE,
			FINAL_PLAN_DUE_BY, FINAL_PLAN_ISSUED_DATE, CASE_CLOSED_REASON, CASE_CLOSED_DATE,
			DECISION_TO_ASSESS_NOTICE_SENT_DATE, DECISION_TO_ISSUE_NOTICE_SENT_DATE };

	private static final String[] ADVICE_VARIABLES = { "adviceService", "adviceServiceName", ADVICE_DUE_BY,
			"adviceReceivedDate" };

	/**
	 * The open instance if there is one (there is at most one), else the one started
	 * last.
	 */
	private static final Comparator<HistoricProcessInstance> NEWEST = Comparator
		.comparing((HistoricProcessInstance instance) -> instance.getEndTime() == null)
		.thenComparing(HistoricProcessInstance::getStartTime)
		.thenComparing(HistoricProcessInstance::getEndTime, Comparator.nullsLast(Comparator.naturalOrder()));

	private final HistoryService historyService;

	private final Clock clock;

	AssessmentHistory(HistoryService historyService, Clock clock) {
		this.historyService = historyService;
		this.clock = clock;
	}

	Optional<RecordedCase> find(String caseReference) {
		return historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(caseReference)
			.list()
			.stream()
			.max(NEWEST)
			.map(this::read);
	}

	private RecordedCase read(HistoricProcessInstance instance) {
		Map<String, Map<String, Object>> caseVariables = processVariables(List.of(instance.getId()), CASE_VARIABLES);
		List<HistoricProcessInstance> adviceRequests = historyService.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.processDefinitionKey(ADVICE_PROCESS_KEY)
			.list();
		Map<String, Map<String, Object>> adviceVariables = processVariables(
				adviceRequests.stream().map(HistoricProcessInstance::getId).toList(), ADVICE_VARIABLES);
		List<RecordedAdvice> advice = adviceRequests.stream().map(request -> {
			Map<String, Object> variables = adviceVariables.getOrDefault(request.getId(), Map.of());
			return new RecordedAdvice(text(variables.get("adviceService")), text(variables.get("adviceServiceName")),
					Variables.parseDateOrNull(variables.get(ADVICE_DUE_BY)),
					Variables.parseDateOrNull(variables.get("adviceReceivedDate")), instant(request.getStartTime()));
		}).toList();
		Instant ended = instant(instance.getEndTime());
		return new RecordedCase(instance.getId(), instance.getBusinessKey(), instant(instance.getStartTime()), ended,
				ended == null ? null : LocalDate.ofInstant(ended, clock.getZone()),
				caseVariables.getOrDefault(instance.getId(), Map.of()), advice);
	}

	/**
	 * The named variables of each process instance's own scope, by instance id. Variables
	 * local to an inner scope (an input parameter of a task, a multi-instance loop's
	 * element) are left out: a process-level variable's activity instance is the process
	 * instance itself.
	 */
	private Map<String, Map<String, Object>> processVariables(List<String> processInstanceIds, String... names) {
		return InstanceVariables.read(historyService, processInstanceIds, names);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
