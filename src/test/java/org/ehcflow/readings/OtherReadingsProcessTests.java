package org.ehcflow.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.ehcflow.support.ProcessTestSupport.recipientsOf;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ehcflow.assessment.TimeLimitExceptions;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The other value of each reading a council may set ({@code ehcflow.readings.*}); the
 * defaults are proved in the process tests of the assessment and the review. One context
 * for all six.
 */
@SpringBootTest(properties = { "ehcflow.readings.review-notice=FIFTEEN_CLEAR_DAYS",
		"ehcflow.readings.decision-done-on=DECISION_DATE", "ehcflow.readings.early-final-plan=NEVER",
		"ehcflow.readings.exceptions-for-refusal-to-assess=true", "ehcflow.readings.check-exception-conditions=false",
		"ehcflow.readings.check-meeting-against-notice=false" })
class OtherReadingsProcessTests {

	static final String RECEIVED = "2026-03-02";

	static final AtomicInteger CASES = new AtomicInteger(80000);

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		AbstractAssertions.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theSettingsAreBound(@Autowired StatutoryReadings readings) {
		assertThat(readings).isEqualTo(new StatutoryReadings(StatutoryReadings.ReviewNotice.FIFTEEN_CLEAR_DAYS,
				StatutoryReadings.DecisionDoneOn.DECISION_DATE, StatutoryReadings.EarlyFinalPlan.NEVER, true, false,
				false));
	}

	ProcessInstance caseWaitingForTheDecisionToIssue() {
		today(RECEIVED);
		ProcessInstance instance = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request(RECEIVED))
			.execute();
		today("2026-03-03");
		complete(task(instance), withVariables("familyNotifiedDate", "2026-03-03"));
		today("2026-04-13");
		complete(task(instance),
				withVariables("decisionToAssess", "ASSESS", "decisionToAssessDate", "2026-04-13",
						"decisionToAssessReasons", "Needs may call for special educational provision.",
						"otherAdviceRequested", ""));
		today("2026-05-25");
		for (Task advice : taskService.createTaskQuery()
			.processInstanceBusinessKey(instance.getBusinessKey())
			.taskDefinitionKey("Task_RecordAdvice")
			.list()) {
			taskService.complete(advice.getId(), Map.of("adviceReceivedDate", "2026-05-25", "adviceOutcome",
					"NEW_ADVICE", "adviceSummary", "Advice attached."));
		}
		return instance;
	}

	@Nested
	class Assessment {

		@Test
		void withDecisionDateARefusalDecidedOnTheLastDayButNotifiedLaterIsNoBreach() {
			ProcessInstance instance = caseWaitingForTheDecisionToIssue();
			today("2026-06-24");
			complete(task(instance),
					withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate", "2026-06-22",
							"decisionToIssueNoticeSentDate", "2026-06-24", "decisionToIssueReasons",
							"Support can be provided without a plan."));

			BpmnAwareTests.assertThat(instance).isEnded().hasNotPassed("Task_RecordDecisionNotToIssueBreach");
			assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isEmpty();
		}

		@Test
		void withNeverTheFinalPlanWaitsForTheFifteenDaysEvenWhenTheFamilyHasNothingToAdd() {
			ProcessInstance instance = caseWaitingForTheDecisionToIssue();
			today("2026-05-26");
			complete(task(instance), withVariables("decisionToIssue", "ISSUE", "decisionToIssueDate", "2026-05-26",
					"decisionToIssueReasons", "Provision beyond what the school can make."));
			complete(task(instance),
					withVariables("draftSectionsComplete",
							List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"), "draftServedDate",
							"2026-05-26", "draftNamesNoSetting", true, "draftSentWithAdvice", true)); // 15
																										// days
																										// end
																										// 9
																										// June
			today("2026-05-28");
			complete(task(instance), withVariables("familyResponse", "RESPONDED", "representationsReceivedDate",
					"2026-05-28", "settingRequested", false));
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("finalPlanIssuedDate", "2026-05-28", "namedSettingName", "Riverside Primary School",
							"familyHasNothingToAdd", true)))
				.satisfies(thrown -> assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("finalPlanIssuedDate: must not be before 10 June 2026"));
			BpmnAwareTests.assertThat(instance).isWaitingAt("Task_IssueFinalPlan");
		}

		@Test
		void withoutConditionChecksAShortAbsenceIsRecorded(@Autowired TimeLimitExceptions exceptions) {
			ProcessInstance instance = caseWaitingForTheDecisionToIssue();
			runtimeService.createProcessInstanceByKey("recordCaseChange")
				.setVariables(Map.of("caseReference", instance.getBusinessKey(), "changeType", "TIME_LIMIT_EXCEPTION",
						"changeDate", "2026-05-25", "exceptionStep", "decideWhetherToIssue", "exceptionReason",
						"AWAY_FROM_AREA", "exceptionStartDate", "2026-05-01", "exceptionEndDate", "2026-05-10",
						"exceptionEvidence", "The family's letter.", "familyToldOfDelay", true))
				.execute();
			assertThat(exceptions.forCase(instance.getBusinessKey())).hasSize(1);
		}

		@Test
		void withExceptionsForRefusalsOneMayBeRecordedAgainstADecisionNotToAssess(
				@Autowired TimeLimitExceptions exceptions) {
			today(RECEIVED);
			ProcessInstance instance = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(request(RECEIVED))
				.execute();
			// A refusal recorded on the case before its notice went (as the API may
			// record it).
			runtimeService.setVariable(instance.getId(), "decisionToAssess", "DO_NOT_ASSESS");
			runtimeService.createProcessInstanceByKey("recordCaseChange")
				.setVariables(Map.of("caseReference", instance.getBusinessKey(), "changeType", "TIME_LIMIT_EXCEPTION",
						"changeDate", RECEIVED, "exceptionStep", "decideWhetherToAssess", "exceptionReason",
						"EXCEPTIONAL_CIRCUMSTANCES", "exceptionStartDate", RECEIVED, "exceptionEvidence",
						"Bereavement.", "familyToldOfDelay", true))
				.execute();
			assertThat(exceptions.forCase(instance.getBusinessKey())).hasSize(1);
		}

	}

	@Nested
	class Review {

		static Map<String, Object> inputs() {
			Map<String, Object> inputs = new HashMap<>();
			inputs.put("caseReference", "EHC-2026-" + CASES.incrementAndGet());
			inputs.put("childFirstName", "Sam");
			inputs.put("childLastName", "Example");
			inputs.put("childDateOfBirth", "2016-05-14");
			inputs.put("nationalCurriculumYear", "5");
			inputs.put("settingName", "Riverside Primary School");
			inputs.put("settingType", "PRIMARY");
			inputs.put("caseworker", "caseworker");
			inputs.put("annualReviewDecisionBy", "2027-07-19");
			inputs.put("phaseTransferPlanBy", null);
			inputs.put("reviewMeetingBy", "2027-06-21");
			inputs.put("reviewReason", "ANNUAL");
			return inputs;
		}

		static Map<String, Object> arrangement(String meeting) {
			Map<String, Object> form = new HashMap<>();
			form.put("reviewMeetingDate", meeting);
			form.put("reviewMeetingPlace", "Riverside Primary School");
			form.put("reviewInvitees",
					List.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD", "SEN_OFFICER", "HEALTH", "SOCIAL_CARE"));
			form.put("parentEmail", "alex@example.org");
			form.put("settingEmail", "senco@riverside.example.org");
			form.put("reviewAdvice", List.of("PARENT"));
			return form;
		}

		Task task(String key, ProcessInstance instance) {
			return taskService.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskDefinitionKey(key)
				.singleResult();
		}

		@Test
		void fifteenClearDaysMoveTheInvitationsAndTheEarliestMeeting() {
			today("2027-05-03");
			Map<String, Object> inputs = inputs();
			ProcessInstance instance = runtimeService.startProcessInstanceByKey("annualReview",
					(String) inputs.get("caseReference"), inputs);
			// Meeting by Monday 21 June 2027: invitations by Saturday 5 June (15 clear
			// days).
			assertThat(runtimeService.getVariable(instance.getId(), "reviewInvitationsBy")).isEqualTo("2027-06-05");
			// From Monday 3 May the earliest meeting is Wednesday 19 May, not Monday 17
			// May.
			assertThatThrownBy(() -> taskService.complete(task("Task_ArrangeReviewMeeting", instance).getId(),
					arrangement("2027-05-18")))
				.satisfies(thrown -> assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("reviewMeetingDate: must be on or after 19 May 2027"));

			taskService.complete(task("Task_ArrangeReviewMeeting", instance).getId(), arrangement("2027-06-07"));
			assertThat(runtimeService.getVariables(instance.getId())).containsEntry("reviewInvitationsBy", "2027-05-22")
				.containsEntry("adviceDueBy", "2027-05-22")
				.containsEntry("adviceCirculatedBy", "2027-05-22");
		}

		@Test
		void withoutTheNoticeCheckAMeetingHeldSoonerIsRecorded() {
			today("2027-05-03");
			Map<String, Object> inputs = inputs();
			ProcessInstance instance = runtimeService.startProcessInstanceByKey("annualReview",
					(String) inputs.get("caseReference"), inputs);
			taskService.complete(task("Task_ArrangeReviewMeeting", instance).getId(), arrangement("2027-06-07"));
			today("2027-05-10");
			for (Task advice : taskService.createTaskQuery()
				.processInstanceBusinessKey(instance.getBusinessKey())
				.taskDefinitionKey("Task_RecordAdvice")
				.list()) {
				taskService.complete(advice.getId(), Map.of("adviceReceivedDate", "2027-05-10", "adviceOutcome",
						"NEW_ADVICE", "adviceSummary", "Progress is good."));
			}
			taskService.complete(task("Task_CirculateReviewAdvice", instance).getId(),
					Map.of("adviceCirculatedDate", "2027-05-10"));
			today("2027-05-12");
			taskService.complete(task("Task_HoldReviewMeeting", instance).getId(), Map.of("reviewMeetingDate",
					"2027-05-12", "reviewReportDate", "2027-05-12", "preparingForAdulthoodDiscussed", false));
			BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideReviewOutcome");
		}

	}

}
