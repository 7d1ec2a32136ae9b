package org.ehcflow.review;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A test-only {@code annualReview}: one user task, {@code Task_StandInReview}, that the
 * test completes with the outputs the contract names ({@code reviewDecision},
 * {@code reviewDecisionDate}, {@code reviewMeetingDate}, {@code amendedPlanIssuedDate},
 * {@code settingName}, {@code settingType}, {@code ceaseNoticeDate},
 * {@code ceaseReason}). Deployed by the test as the newest version of the key, so
 * {@code ehcPlan}'s call activity calls it whether or not the real review is deployed
 * too; it lives only in the test's own in-memory database.
 */
final class ReviewStandIn {

	static final String TASK = "Task_StandInReview";

	private ReviewStandIn() {
	}

	static String deploy(RepositoryService repositoryService) {
		return repositoryService.createDeployment()
			.name("annualReview stand-in for ehcPlan tests")
			.addModelInstance("annualReview-stand-in.bpmn", model())
			.deploy()
			.getId();
	}

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess("annualReview")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_StandInReview")
			.userTask(TASK)
			.camundaCandidateGroups("send-caseworkers")
			.endEvent("EndEvent_StandInReview")
			.done();
	}

}
