package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ehcflow.timeliness.RecordedPlan.RecordedReview;
import org.springframework.stereotype.Component;

/**
 * Reads a maintained plan from the engine's history: the newest {@code ehcPlan} with the
 * case reference as business key, its own variables and the {@code annualReview}
 * instances it called.
 */
@Component
class PlanHistory {

	static final String PLAN_PROCESS_KEY = "ehcPlan";

	static final String REVIEW_PROCESS_KEY = "annualReview";

	static final String[] PLAN_VARIABLES = { "planIssuedDate", "lastReviewDecisionDate", "annualReviewDecisionBy",
			"phaseTransferPlanBy", "reviewMeetingBy", "nextReviewStartsOn", "reviewReason", "planStatus",
			"planCeasedDate", "reviewOverdueOnImport", "phaseTransferReviewedFor", "underFiveReviewTargetBy",
			"phaseTransferMissedFor", "amendedPlanIssuedDate", "reviewStartNote", "planEndsBy" };

	static final String[] REVIEW_VARIABLES = { "annualReviewDecisionBy", "underFiveReviewTargetBy",
			"phaseTransferPlanBy", "reviewReason", "reviewMeetingBy", "reviewMeetingDate", "reviewInvitationsBy",
			"invitationsSentDate", "reviewReportBy", "reviewReportDate", "reviewDecisionBy", "reviewDecision",
			"reviewDecisionDate", "amendmentNoticeDate", "amendmentRepresentationsBy", "amendmentRepresentationsDate",
			"amendedPlanDueBy", "amendedPlanIssuedDate", "reviewDecisionNoticeSentDate", "ceaseNoticeDate" };

	private static final Comparator<HistoricProcessInstance> NEWEST = Comparator
		.comparing((HistoricProcessInstance instance) -> instance.getEndTime() == null)
		.thenComparing(HistoricProcessInstance::getStartTime);

	private final HistoryService historyService;

	private final Clock clock;

	PlanHistory(HistoryService historyService, Clock clock) {
		this.historyService = historyService;
		this.clock = clock;
	}

	Optional<RecordedPlan> find(String caseReference) {
		return historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PLAN_PROCESS_KEY)
			.processInstanceBusinessKey(caseReference)
			.list()
			.stream()
			.max(NEWEST)
			.map(this::read);
	}

	private RecordedPlan read(HistoricProcessInstance plan) {
		Map<String, Map<String, Object>> planVariables = processVariables(List.of(plan.getId()), PLAN_VARIABLES);
		List<HistoricProcessInstance> reviews = historyService.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(plan.getId())
			.processDefinitionKey(REVIEW_PROCESS_KEY)
			.list()
			.stream()
			.sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
			.toList();
		Map<String, Map<String, Object>> reviewVariables = processVariables(
				reviews.stream().map(HistoricProcessInstance::getId).toList(), REVIEW_VARIABLES);
		List<RecordedReview> recorded = reviews.stream()
			.map(review -> new RecordedReview(review.getId(), review.getStartTime().toInstant(), dayOf(review),
					reviewVariables.getOrDefault(review.getId(), Map.of())))
			.toList();
		return new RecordedPlan(plan.getId(), dayOf(plan), planVariables.getOrDefault(plan.getId(), Map.of()),
				recorded);
	}

	private LocalDate dayOf(HistoricProcessInstance instance) {
		return instance.getEndTime() == null ? null
				: LocalDate.ofInstant(instance.getEndTime().toInstant(), clock.getZone());
	}

	private Map<String, Map<String, Object>> processVariables(List<String> processInstanceIds, String... names) {
		return InstanceVariables.read(historyService, processInstanceIds, names);
	}

}
