package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.ehcflow.support.ProcessTestSupport.endOfDay;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.invalidInput;
import static org.ehcflow.support.ProcessTestSupport.recipientsOf;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.notify.OutboxSender;
import org.ehcflow.support.ProcessCoverage;
import org.ehcflow.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * Every path of {@code annualReview}, walked on the worked example of the statutory
 * timeline: a plan issued on 20 July 2026 is due for review by 19 July 2027, so the
 * meeting must be held by 21 June 2027. The review starts on Monday 3 May 2027 and the
 * meeting is set for Monday 7 June 2027 (invitations and advice by 24 May, report by 21
 * June, decision by 5 July). Timers fire by moving the engine clock.
 */
@TestSmtp.PointMailAtIt
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class AnnualReviewProcessTests {

	static final String STARTED = "2027-05-03";

	static final String MEETING = "2027-06-07";

	static final String PARENT = "alex@example.org";

	static final String SCHOOL = "senco@riverside.example.org";

	static final AtomicInteger CASES = new AtomicInteger(70000);

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void onTheDayTheReviewStarts() {
		AbstractAssertions.init(engine);
		today(STARTED);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void everyFlowNodeOfTheReviewIsCovered() throws IOException {
		ProcessCoverage coverage = ProcessCoverage.of("annualReview", AnnualReviewProcessTests.class);
		LoggerFactory.getLogger(AnnualReviewProcessTests.class)
			.info("Flow-node coverage of annualReview: {}", coverage);
		Assertions.assertThat(coverage.missed()).as("flow nodes no test passes").isEmpty();
	}

	// --- the inputs ehcPlan passes, and each step done on time
	// --------------------------------------

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

	ProcessInstance startReview(Map<String, Object> inputs) {
		return runtimeService.startProcessInstanceByKey("annualReview", (String) inputs.get("caseReference"), inputs);
	}

	ProcessInstance startReview() {
		return startReview(inputs());
	}

	Object variable(ProcessInstance instance, String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	static Map<String, Object> arrangement(String meeting) {
		Map<String, Object> form = new HashMap<>();
		form.put("reviewMeetingDate", meeting);
		form.put("reviewMeetingPlace", "Riverside Primary School, meeting room 2");
		form.put("reviewInvitees",
				List.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD", "SEN_OFFICER", "HEALTH", "SOCIAL_CARE"));
		form.put("parentEmail", PARENT);
		form.put("settingEmail", SCHOOL);
		form.put("healthEmail", "send.health@icb.example.org");
		form.put("socialCareEmail", "");
		form.put("reviewAdvice", List.of("PARENT", "EDUCATIONAL", "MEDICAL"));
		return form;
	}

	void arrange(ProcessInstance instance, String meeting) {
		assertThat(instance).isWaitingAt("Task_ArrangeReviewMeeting");
		taskService.complete(task("Task_ArrangeReviewMeeting", instance).getId(), arrangement(meeting));
	}

	List<Task> adviceTasks(ProcessInstance instance) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(instance.getBusinessKey())
			.taskDefinitionKey("Task_RecordAdvice")
			.list();
	}

	void receiveAllAdvice(ProcessInstance instance, String date) {
		today(date);
		for (Task advice : adviceTasks(instance)) {
			taskService.complete(advice.getId(), Map.of("adviceReceivedDate", date, "adviceOutcome", "NEW_ADVICE",
					"adviceSummary", "Progress is good."));
		}
	}

	void circulate(ProcessInstance instance, String date) {
		today(date);
		complete(task("Task_CirculateReviewAdvice", instance), withVariables("adviceCirculatedDate", date));
	}

	void hold(ProcessInstance instance, String held, String report) {
		today(report);
		complete(task("Task_HoldReviewMeeting", instance), withVariables("reviewMeetingDate", held, "reviewReportDate",
				report, "preparingForAdulthoodDiscussed", false, "preparingForAdulthoodNotes", ""));
	}

	void decide(ProcessInstance instance, String decision, String date) {
		today(date);
		complete(task("Task_DecideReviewOutcome", instance), withVariables("reviewDecision", decision,
				"reviewDecisionDate", date, "reviewDecisionReasons", "Agreed at the meeting."));
	}

	/**
	 * Arranged on the first day, advice by 20 May, circulated 21 May, held on the day,
	 * report the next day.
	 */
	ProcessInstance reviewUpToTheDecision(Map<String, Object> inputs) {
		ProcessInstance instance = startReview(inputs);
		arrange(instance, MEETING);
		receiveAllAdvice(instance, "2027-05-20");
		circulate(instance, "2027-05-21");
		hold(instance, MEETING, "2027-06-08");
		return instance;
	}

	void proposeAmendments(ProcessInstance instance, String date) {
		decide(instance, "AMEND", date);
		complete(task("Task_SendProposedAmendments", instance), withVariables("amendmentNoticeDate", date,
				"amendmentSummary", "Section F: add 10 hours of speech and language therapy a term."));
	}

	void familyResponds(ProcessInstance instance, String date, boolean newSetting) {
		today(date);
		Map<String, Object> form = new HashMap<>();
		form.put("amendmentResponse", "RESPONDED");
		form.put("amendmentRepresentationsDate", date);
		form.put("amendmentRepresentationsSummary", "Agree; ask for Hillside Academy from September.");
		form.put("newSettingRequested", newSetting);
		if (newSetting) {
			form.put("newSettingName", "Hillside Academy");
			form.put("newSettingEmail", "admissions@hillside.example.org");
		}
		complete(task("Task_RecordAmendmentResponse", instance), form);
	}

	void issueAmendedPlan(ProcessInstance instance, String date, String setting, String type) {
		today(date);
		complete(task("Task_IssueAmendedPlan", instance), withVariables("amendmentOutcome", "ISSUE_AMENDED_PLAN",
				"amendedPlanIssuedDate", date, "settingName", setting, "settingType", type));
	}

	List<String> problemFields(Runnable completion) {
		Throwable[] thrown = new Throwable[1];
		assertThatThrownBy(completion::run).satisfies(ex -> thrown[0] = ex);
		return invalidInput(thrown[0]).problems().stream().map(FieldProblem::field).toList();
	}

	/** A review that prepares a phase transfer (SEND Regulations 2014 reg 18(1)). */
	@Nested
	class PhaseTransferReview {

		Map<String, Object> transferInputs(String transferBy) {
			Map<String, Object> inputs = inputs();
			inputs.put("phaseTransferPlanBy", transferBy);
			inputs.put("reviewReason", "PHASE_TRANSFER");
			return inputs;
		}

		@Test
		void maintainingThePlanClosesTheReg18StepOnlyWithAReason() {
			ProcessInstance instance = reviewUpToTheDecision(transferInputs("2028-02-14"));
			today("2027-06-14");
			Task task = task("Task_DecideReviewOutcome", instance);

			Assertions
				.assertThat(problemFields(() -> taskService.complete(task.getId(),
						Map.of("reviewDecision", "MAINTAIN", "reviewDecisionDate", "2027-06-14",
								"reviewDecisionReasons", "Agreed at the meeting."))))
				.containsExactly("phaseTransferMaintainReason");
			taskService.complete(task.getId(),
					Map.of("reviewDecision", "MAINTAIN", "reviewDecisionDate", "2027-06-14", "reviewDecisionReasons",
							"Agreed at the meeting.", "phaseTransferMaintainReason",
							"The plan already names Hillside Academy from September 2028."));

			assertThat(instance).isEnded().hasPassed("EndEvent_PlanMaintained");
		}

		@Test
		void theAmendedPlanIsDueInTasklistByTheReg18DateWhenItComesBeforeThe8Weeks() {
			// The 8 weeks of reg 22(3) from 14 Jun 2027 end 9 Aug 2027; a reg 18 date
			// before it wins.
			ProcessInstance instance = reviewUpToTheDecision(transferInputs("2027-07-30"));
			proposeAmendments(instance, "2027-06-14");
			familyResponds(instance, "2027-06-25", false);

			assertThat(task("Task_IssueAmendedPlan", instance)).hasDueDate(endOfDay("2027-07-30"));
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "amendedPlanDueBy"))
				.isEqualTo("2027-08-09");
		}

		@Test
		void aSchoolAgeChildsAmendedPlanMayNameASettingOfKindOtherOnlyWithAReason() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			proposeAmendments(instance, "2027-06-14");
			familyResponds(instance, "2027-06-25", false);
			today("2027-07-05");
			Task task = task("Task_IssueAmendedPlan", instance);

			Assertions
				.assertThat(problemFields(() -> taskService.complete(task.getId(),
						Map.of("amendmentOutcome", "ISSUE_AMENDED_PLAN", "amendedPlanIssuedDate", "2027-07-05",
								"settingName", "Home education", "settingType", "OTHER"))))
				.containsExactly("settingType");
			taskService.complete(task.getId(), Map.of("amendmentOutcome", "ISSUE_AMENDED_PLAN", "amendedPlanIssuedDate",
					"2027-07-05", "settingName", "Riverside Primary Special School", "settingType", "SPECIAL_PRIMARY"));
			assertThat(instance).isEnded();
			Assertions.assertThat(variable(instance, "settingType")).isEqualTo("SPECIAL_PRIMARY");
		}

	}

	@Nested
	class EachDecision {

		@Test
		void maintainsThePlanAndSendsTheDecisionWithRights() {
			ProcessInstance instance = startReview();
			String reference = instance.getBusinessKey();
			Assertions.assertThat(variable(instance, "reviewInvitationsBy")).isEqualTo("2027-06-07");
			assertThat(task("Task_ArrangeReviewMeeting", instance)).isAssignedTo("caseworker")
				.hasDueDate(endOfDay("2027-06-07"));
			Assertions
				.assertThat(taskService.createTaskQuery()
					.processInstanceId(instance.getId())
					.taskCandidateGroup("send-caseworkers")
					.includeAssignedTasks()
					.count())
				.as("the team can see it too")
				.isOne();

			arrange(instance, MEETING);
			Assertions.assertThat(runtimeService.getVariables(instance.getId()))
				.containsEntry("reviewMeetingDate", MEETING)
				.containsEntry("reviewInvitationsBy", "2027-05-24")
				.containsEntry("invitationsSentDate", STARTED)
				.containsEntry("adviceRequestedDate", STARTED)
				.containsEntry("adviceDueBy", "2027-05-24")
				.containsEntry("adviceCirculatedBy", "2027-05-24")
				.containsEntry("reviewReportBy", "2027-06-21")
				.containsEntry("reviewDecisionBy", "2027-07-05")
				.containsEntry("reviewMeetingLate", false)
				.containsEntry("preparingForAdulthoodRequired", false);
			Assertions.assertThat(recipientsOf(jdbc, reference, "review-invitation"))
				.containsExactlyInAnyOrder(PARENT, SCHOOL, "send.health@icb.example.org");

			receiveAllAdvice(instance, "2027-05-20");
			assertThat(task("Task_CirculateReviewAdvice", instance)).hasDueDate(endOfDay("2027-05-24"));
			circulate(instance, "2027-05-21");
			assertThat(task("Task_HoldReviewMeeting", instance)).hasDueDate(endOfDay("2027-06-21"));
			hold(instance, MEETING, "2027-06-08");
			assertThat(task("Task_DecideReviewOutcome", instance)).hasDueDate(endOfDay("2027-07-05"));
			decide(instance, "MAINTAIN", "2027-06-14");

			assertThat(instance).isEnded()
				.hasPassed("Task_SendMaintainDecision", "EndEvent_MaintainNotified", "EndEvent_PlanMaintained");
			Assertions.assertThat(variable(instance, "reviewDecision")).isEqualTo("MAINTAIN");
			Assertions.assertThat(variable(instance, "reviewDecisionDate")).isEqualTo("2027-06-14");
			Assertions.assertThat(recipientsOf(jdbc, reference, "review-decision-maintain"))
				.containsExactly(PARENT, SCHOOL);
		}

		@Test
		void amendsThePlanWithoutANewSetting() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			String reference = instance.getBusinessKey();
			proposeAmendments(instance, "2027-06-14");
			Assertions.assertThat(runtimeService.getVariables(instance.getId()))
				.containsEntry("amendmentRepresentationsBy", "2027-06-28")
				.containsEntry("amendedPlanDueBy", "2027-08-09");
			Assertions.assertThat(recipientsOf(jdbc, reference, "review-amendment-notice"))
				.containsExactly(PARENT, SCHOOL);
			assertThat(task("Task_RecordAmendmentResponse", instance)).hasDueDate(endOfDay("2027-06-28"));

			familyResponds(instance, "2027-06-25", false);
			assertThat(task("Task_IssueAmendedPlan", instance)).hasDueDate(endOfDay("2027-08-09"));
			issueAmendedPlan(instance, "2027-07-05", "Riverside Primary School", "PRIMARY");

			assertThat(instance).isEnded()
				.hasPassed("Task_SendAmendedPlan", "EndEvent_AmendedPlanSent", "EndEvent_AmendmentFinished")
				.hasNotPassed("Task_ConsultNewSetting");
			Assertions.assertThat(variable(instance, "amendedPlanIssuedDate")).isEqualTo("2027-07-05");
			Assertions.assertThat(variable(instance, "amendmentRepresentationsDate")).isEqualTo("2027-06-25");
			Assertions.assertThat(recipientsOf(jdbc, reference, "amended-plan-issued")).containsExactly(PARENT, SCHOOL);
		}

		@Test
		void amendsThePlanToNameTheNewSettingAfterConsultingIt() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			proposeAmendments(instance, "2027-06-14");
			familyResponds(instance, "2027-06-21", true);

			assertThat(instance).isWaitingAt("Task_ConsultNewSetting");
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "newSettingConsultationBy"))
				.isEqualTo("2027-07-06");
			assertThat(task("Task_ConsultNewSetting", instance)).hasDueDate(endOfDay("2027-07-06"));
			today("2027-06-30");
			complete(task("Task_ConsultNewSetting", instance), withVariables("newSettingConsultationSentDate",
					"2027-06-21", "newSettingConsultationResponse", "AGREED", "newSettingResponseDate", "2027-06-30"));
			issueAmendedPlan(instance, "2027-07-12", "Hillside Academy", "SECONDARY");

			assertThat(instance).isEnded().hasPassed("Task_ConsultNewSetting", "EndEvent_AmendedPlanSent");
			Assertions.assertThat(variable(instance, "settingName")).isEqualTo("Hillside Academy");
			Assertions.assertThat(variable(instance, "settingType")).isEqualTo("SECONDARY");
		}

		@Test
		void decidesNotToAmendAfterTheFamilysFifteenDaysWithRights() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			proposeAmendments(instance, "2027-06-14");

			today("2027-06-28");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_RecordAmendmentResponse", instance),
						withVariables("amendmentResponse", "NO_RESPONSE", "newSettingRequested", false))))
				.containsExactly("amendmentResponse");
			assertThat(instance).isWaitingAt("Task_RecordAmendmentResponse");

			today("2027-06-29");
			complete(task("Task_RecordAmendmentResponse", instance),
					withVariables("amendmentResponse", "NO_RESPONSE", "newSettingRequested", false));
			Assertions.assertThat(variable(instance, "amendmentRepresentationsDate")).isEqualTo("2027-06-28");
			complete(task("Task_IssueAmendedPlan", instance),
					withVariables("amendmentOutcome", "DO_NOT_AMEND", "decisionNotToAmendDate", "2027-06-29",
							"amendmentOutcomeReasons", "The school can meet the need."));

			assertThat(instance).isEnded().hasPassed("Task_SendDecisionNotToAmend", "EndEvent_NotAmendedSent");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "review-decision-not-to-amend"))
				.containsExactly(PARENT);
		}

		@Test
		void ceasesThePlanWithTheRightToAppealAndReturnsToThePlan() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			decide(instance, "CEASE", "2027-06-14");
			assertThat(task("Task_SendCeaseNotice", instance)).hasDueDate(endOfDay("2027-07-05"));
			today("2027-06-15");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_SendCeaseNotice", instance),
						withVariables("ceaseNoticeDate", "2027-06-13", "ceaseReason", "OTHER", "ceaseReasonDetails",
								""))))
				.containsExactlyInAnyOrder("ceaseNoticeDate", "ceaseReasonDetails");
			complete(task("Task_SendCeaseNotice", instance), withVariables("ceaseNoticeDate", "2027-06-15",
					"ceaseReason", "NEEDS_MET_WITHOUT_PLAN", "ceaseReasonDetails", ""));

			assertThat(instance).isEnded()
				.hasPassed("Task_EmailCeaseNotice", "EndEvent_CeaseNoticeSent", "EndEvent_PlanToCease");
			Assertions.assertThat(variable(instance, "ceaseNoticeDate")).isEqualTo("2027-06-15");
			Assertions.assertThat(variable(instance, "ceaseReason")).isEqualTo("NEEDS_MET_WITHOUT_PLAN");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "review-decision-cease"))
				.containsExactly(PARENT, SCHOOL);
		}

	}

	@Nested
	class TheMeeting {

		@Test
		void aMeetingAfterTheMeetByDateIsHeldAndRecordedWithItsReason() {
			Map<String, Object> inputs = inputs();
			inputs.put("reviewMeetingBy", "2027-05-10");
			ProcessInstance instance = startReview(inputs);

			Map<String, Object> form = arrangement("2027-05-24");
			Assertions.assertThat(problemFields(() -> taskService.complete(task(instance).getId(), form)))
				.containsExactly("lateMeetingReason");
			assertThat(instance).isWaitingAt("Task_ArrangeReviewMeeting");

			form.put("lateMeetingReason", "The plan was transferred from another authority in April.");
			taskService.complete(task(instance).getId(), form);
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "reviewMeetingLate")).isEqualTo(true);
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "reviewDecisionBy"))
				.isEqualTo("2027-06-21");
		}

		@Test
		void theOutcomeOfThePreviousReviewIsNotCarriedIntoThisOne() {
			Map<String, Object> inputs = inputs();
			inputs.put("reviewDecision", "AMEND");
			inputs.put("reviewDecisionDate", "2026-06-15");
			inputs.put("amendedPlanIssuedDate", "2026-08-01");
			ProcessInstance instance = startReview(inputs);
			Assertions.assertThat(runtimeService.getVariables(instance.getId()))
				.doesNotContainKeys("reviewDecision", "reviewDecisionDate", "amendedPlanIssuedDate");
			Assertions
				.assertThat(historyService.createHistoricVariableInstanceQuery()
					.processInstanceId(instance.getId())
					.variableName("amendedPlanIssuedDate")
					.count())
				.isZero();
		}

		@Test
		void aPlanWithoutACaseworkerIsReviewedByTheTeam() {
			Map<String, Object> inputs = inputs();
			inputs.remove("caseworker");
			ProcessInstance instance = startReview(inputs);
			assertThat(task("Task_ArrangeReviewMeeting", instance)).isNotAssigned()
				.hasCandidateGroup("send-caseworkers");
		}

		@Test
		void aMeetingWithLessThanTwoWeeksNoticeOrWithoutEveryoneInvitedIsRefused() {
			ProcessInstance instance = startReview();
			Map<String, Object> form = arrangement("2027-05-16");
			form.put("reviewInvitees", List.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD"));
			form.put("settingEmail", "not an address");
			form.put("reviewAdvice", List.of());
			Assertions.assertThat(problemFields(() -> taskService.complete(task(instance).getId(), form)))
				.containsExactlyInAnyOrder("reviewMeetingDate", "reviewInvitees", "settingEmail", "reviewAdvice");
			assertThat(instance).isWaitingAt("Task_ArrangeReviewMeeting");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "review-invitation")).isEmpty();
		}

		@Test
		void fromYear9TheMeetingMustCoverPreparingForAdulthood() {
			Map<String, Object> inputs = inputs();
			inputs.put("nationalCurriculumYear", "9");
			ProcessInstance instance = reviewUpToTheHolding(inputs);
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "preparingForAdulthoodRequired"))
				.isEqualTo(true);

			today("2027-06-08");
			Assertions.assertThat(problemFields(() -> hold(instance, MEETING, "2027-06-08")))
				.containsExactlyInAnyOrder("preparingForAdulthoodDiscussed", "preparingForAdulthoodNotes");
			assertThat(instance).isWaitingAt("Task_HoldReviewMeeting");

			complete(task("Task_HoldReviewMeeting", instance),
					withVariables("reviewMeetingDate", MEETING, "reviewReportDate", "2027-06-08",
							"preparingForAdulthoodDiscussed", true, "preparingForAdulthoodNotes",
							"Work experience in Year 10; travel training."));
			assertThat(instance).isWaitingAt("Task_DecideReviewOutcome");
			Assertions.assertThat(variable(instance, "preparingForAdulthoodDiscussed")).isEqualTo(true);
		}

		@Test
		void aMeetingOrReportDatedInTheFutureOrAReportBeforeTheMeetingIsRefused() {
			ProcessInstance instance = reviewUpToTheHolding(inputs());
			today("2027-06-08");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_HoldReviewMeeting", instance),
						withVariables("reviewMeetingDate", "2027-06-09", "reviewReportDate", "2027-06-08"))))
				.containsExactly("reviewMeetingDate");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_HoldReviewMeeting", instance),
						withVariables("reviewMeetingDate", "2027-06-07", "reviewReportDate", "2027-06-06"))))
				.containsExactly("reviewReportDate");
			assertThat(instance).isWaitingAt("Task_HoldReviewMeeting");
		}

		ProcessInstance reviewUpToTheHolding(Map<String, Object> inputs) {
			ProcessInstance instance = startReview(inputs);
			arrange(instance, MEETING);
			receiveAllAdvice(instance, "2027-05-20");
			circulate(instance, "2027-05-21");
			return instance;
		}

	}

	@Nested
	class Advice {

		@Test
		void eachChosenServiceIsAskedThroughAdviceRequestDueTwoWeeksBeforeTheMeeting() {
			ProcessInstance instance = startReview();
			arrange(instance, MEETING);

			assertThat(instance).isWaitingAt("CallActivity_SeekReviewAdvice");
			List<Task> advice = adviceTasks(instance);
			Assertions.assertThat(advice)
				.extracting(Task::getName)
				.containsExactlyInAnyOrder("Record advice from the parent or young person",
						"Record advice from the school or setting (educational advice)",
						"Record advice from health (medical advice)");
			Assertions.assertThat(advice)
				.allSatisfy(task -> Assertions.assertThat(task.getDueDate()).isEqualTo(endOfDay("2027-05-24")));
			Assertions
				.assertThat(historyService.createHistoricProcessInstanceQuery()
					.superProcessInstanceId(instance.getId())
					.processDefinitionKey("adviceRequest")
					.count())
				.isEqualTo(3);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request"))
				.contains(PARENT, SCHOOL);

			receiveAllAdvice(instance, "2027-05-20");
			assertThat(instance).isWaitingAt("Task_CirculateReviewAdvice");
		}

		@Test
		void theMeetingGoesAheadOnItsDayWithoutAdviceThatIsStillMissing() {
			ProcessInstance instance = startReview();
			arrange(instance, MEETING);
			today("2027-05-20");
			Task parentAdvice = adviceTasks(instance).stream()
				.filter(advice -> advice.getName().contains("parent"))
				.findFirst()
				.orElseThrow();
			taskService.complete(parentAdvice.getId(), Map.of("adviceReceivedDate", "2027-05-20", "adviceOutcome",
					"NEW_ADVICE", "adviceSummary", "Views."));

			today("2027-06-06");
			fireDueJobs(managementService);
			assertThat(instance).isWaitingAt("CallActivity_SeekReviewAdvice");
			today(MEETING);
			// The meeting-day timer first: it ends the open advice requests, and with
			// them their own due timers.
			managementService.executeJob(managementService.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId("Timer_MeetingDayReached")
				.executable()
				.singleResult()
				.getId());
			fireDueJobs(managementService);

			assertThat(instance).hasPassed("Timer_MeetingDayReached").isWaitingAt("Task_CirculateReviewAdvice");
			Assertions.assertThat(adviceTasks(instance)).as("advice no longer awaited").isEmpty();
			Assertions
				.assertThat(historyService.createHistoricProcessInstanceQuery()
					.superProcessInstanceId(instance.getId())
					.processDefinitionKey("adviceRequest")
					.completed()
					.count())
				.as("the parent's advice request finished normally")
				.isOne();
			Assertions.assertThat(variable(instance, "reviewAdviceCirculationBreachedDate")).isEqualTo(MEETING);
		}

	}

	@Nested
	class Deadlines {

		@Test
		void everyStepIsRemindedAndItsMissedDeadlineRecordedWhileTheReviewGoesOn() {
			ProcessInstance instance = startReview();
			String reference = instance.getBusinessKey();

			today("2027-05-31");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindInvitations");
			Assertions.assertThat(variable(instance, "reviewInvitationsReminderDate")).isEqualTo("2027-05-31");
			Assertions.assertThat(recipientsOf(jdbc, reference, "deadline-reminder"))
				.contains("caseworker@ehcflow.invalid");
			today("2027-06-08");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordInvitationsBreach").isWaitingAt("Task_ArrangeReviewMeeting");
			Assertions.assertThat(variable(instance, "reviewInvitationsBreachedDate")).isEqualTo("2027-06-08");
			Assertions.assertThat(recipientsOf(jdbc, reference, "deadline-breached"))
				.contains("manager@ehcflow.invalid");

			Map<String, Object> late = arrangement("2027-06-28");
			late.put("lateMeetingReason", "Invitations were not sent in time.");
			taskService.complete(task(instance).getId(), late);
			receiveAllAdvice(instance, "2027-06-10");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindAdviceCirculation");
			today("2027-06-15");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordAdviceCirculationBreach");
			Assertions.assertThat(variable(instance, "reviewAdviceCirculationBreachedDate")).isEqualTo("2027-06-15");
			circulate(instance, "2027-06-15");

			today("2027-07-05");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindReviewReport");
			today("2027-07-13");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordReviewReportBreach");
			Assertions.assertThat(variable(instance, "reviewReportBreachedDate")).isEqualTo("2027-07-13");
			hold(instance, "2027-06-28", "2027-07-13");
			Assertions.assertThat(variable(instance, "reviewDecisionBy")).isEqualTo("2027-07-26");

			today("2027-07-19");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindReviewDecision");
			today("2027-07-27");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordReviewDecisionBreach");
			Assertions.assertThat(variable(instance, "reviewDecisionBreachedDate")).isEqualTo("2027-07-27");
			proposeAmendments(instance, "2027-07-27");
			Assertions.assertThat(variable(instance, "amendedPlanDueBy")).isEqualTo("2027-09-21");

			today("2027-08-11");
			complete(task("Task_RecordAmendmentResponse", instance),
					withVariables("amendmentResponse", "NO_RESPONSE", "newSettingRequested", false));
			today("2027-09-14");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindAmendedPlan");
			today("2027-09-22");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordAmendedPlanBreach");
			Assertions.assertThat(variable(instance, "amendedPlanBreachedDate")).isEqualTo("2027-09-22");
			issueAmendedPlan(instance, "2027-09-22", "Riverside Primary School", "PRIMARY");
			assertThat(instance).isEnded()
				.hasPassed("EndEvent_InvitationsReminded", "EndEvent_InvitationsBreachRecorded",
						"EndEvent_AdviceCirculationReminded", "EndEvent_AdviceCirculationBreachRecorded",
						"EndEvent_ReviewReportReminded", "EndEvent_ReviewReportBreachRecorded",
						"EndEvent_ReviewDecisionReminded", "EndEvent_ReviewDecisionBreachRecorded",
						"EndEvent_AmendedPlanReminded", "EndEvent_AmendedPlanBreachRecorded");
		}

	}

	@Nested
	class Emails {

		@Autowired
		OutboxSender sender;

		@BeforeEach
		void onlyThisTestsMail() {
			jdbc.update("update outbox_message set status = 'SENT' where status = 'PENDING'");
		}

		@Test
		void theInvitationsAndTheNoticesReachEveryoneWithTheCaseReferenceAndNoChildsName() throws Exception {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			String reference = instance.getBusinessKey();
			proposeAmendments(instance, "2027-06-14");
			sender.sendDue();

			MimeMessage[] received = smtp.getReceivedMessages();
			List<MimeMessage> invitations = subjectsContaining(received, "invitation to the annual review meeting");
			Assertions.assertThat(invitations).hasSize(3);
			List<MimeMessage> notices = subjectsContaining(received, "we propose to amend the plan");
			Assertions.assertThat(notices).hasSize(2);
			for (MimeMessage email : List.of(invitations.get(0), notices.get(0))) {
				Assertions.assertThat(email.getSubject())
					.contains(reference)
					.doesNotContain("Sam")
					.doesNotContain("Example");
				Assertions.assertThat(GreenMailUtil.getBody(email)).contains(reference).doesNotContain("Sam");
			}
			Assertions.assertThat(invitations.get(0).getSubject()).contains("7 June 2027");
			List<MimeMessage> adviceRequests = subjectsContaining(received, "EHC plan review " + reference);
			Assertions.assertThat(adviceRequests).as("advice asked of the parent and the school").hasSize(2);
			Assertions.assertThat(GreenMailUtil.getBody(adviceRequests.get(0)))
				.contains("annual review")
				.contains("reg 20(4)")
				.doesNotContain("needs assessment")
				.doesNotContain("Sam");
			String notice = GreenMailUtil.getBody(notices.get(0));
			Assertions.assertThat(notice).contains("28 June 2027").contains("9 August 2027").contains("reg 22(2)");
		}

		List<MimeMessage> subjectsContaining(MimeMessage[] received, String text) throws Exception {
			List<MimeMessage> found = new java.util.ArrayList<>();
			for (MimeMessage email : received) {
				if (email.getSubject().contains(text)) {
					found.add(email);
				}
			}
			return found;
		}

	}

	/**
	 * Readings by default (ehcflow.readings.*): 14 days' notice, the held date checked
	 * against it, reg 20(3), 21(3).
	 */
	@Nested
	class NoticeAndYearNine {

		/**
		 * These reviews stop half-way; their timers must not fire in the other groups'
		 * clocks.
		 */
		@AfterEach
		void endTheReviewsLeftOpen() {
			runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("annualReview")
				.list()
				.forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "test finished", true, true));
		}

		@Test
		void aReviewStartedInAugustInYearEightForAnOctoberMeetingCoversPreparingForAdulthood() {
			// reg 20(6), 21(6): "in or beyond year 9" on the meeting's date; the year
			// moves up on 1 September.
			today("2026-08-10");
			Map<String, Object> inputs = inputs();
			inputs.put("nationalCurriculumYear", "8");
			inputs.put("annualReviewDecisionBy", "2026-11-09");
			inputs.put("reviewMeetingBy", "2026-10-12");
			ProcessInstance instance = startReview(inputs);
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "preparingForAdulthoodRequired"))
				.isEqualTo(true);

			arrange(instance, "2026-10-05");
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "preparingForAdulthoodRequired"))
				.isEqualTo(true);
		}

		@Test
		void aYearEightReviewWhoseMeetingIsSetForAugustDoesNotYet() {
			today("2026-08-03");
			Map<String, Object> inputs = inputs();
			inputs.put("nationalCurriculumYear", "8");
			inputs.put("annualReviewDecisionBy", "2026-11-09");
			inputs.put("reviewMeetingBy", "2026-10-12");
			ProcessInstance instance = startReview(inputs);
			arrange(instance, "2026-08-24");
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "preparingForAdulthoodRequired"))
				.isEqualTo(false);
		}

		@Test
		void aHeldDateGivingLessThanTwoWeeksNoticeIsRefusedAndTheMeetingRearranged() {
			ProcessInstance instance = startReview(); // invitations sent Monday 3 May
														// 2027
			arrange(instance, MEETING);
			receiveAllAdvice(instance, "2027-05-10");
			circulate(instance, "2027-05-11");

			today("2027-05-16");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_HoldReviewMeeting", instance),
						withVariables("reviewMeetingDate", "2027-05-16", "reviewReportDate", "2027-05-16",
								"preparingForAdulthoodDiscussed", false, "preparingForAdulthoodNotes", ""))))
				.containsExactly("reviewMeetingDate");
			assertThat(instance).isWaitingAt("Task_HoldReviewMeeting");

			hold(instance, "2027-05-17", "2027-05-17"); // 14 days after 3 May
			assertThat(instance).isWaitingAt("Task_DecideReviewOutcome");
		}

		@Test
		void anAmendedPlanBeforeTheFamilysFifteenDaysEndNeedsTheirWordThatTheyHaveNothingToAdd() {
			ProcessInstance instance = reviewUpToTheDecision(inputs());
			proposeAmendments(instance, "2027-06-14"); // 15 days end 28 June (reg
														// 22(2)(c))
			familyResponds(instance, "2027-06-21", false);
			today("2027-06-22");
			Assertions
				.assertThat(problemFields(() -> complete(task("Task_IssueAmendedPlan", instance),
						withVariables("amendmentOutcome", "ISSUE_AMENDED_PLAN", "amendedPlanIssuedDate", "2027-06-22",
								"settingName", "Riverside Primary School", "settingType", "PRIMARY"))))
				.containsExactly("amendedPlanIssuedDate");

			complete(task("Task_IssueAmendedPlan", instance),
					withVariables("amendmentOutcome", "ISSUE_AMENDED_PLAN", "amendedPlanIssuedDate", "2027-06-22",
							"settingName", "Riverside Primary School", "settingType", "PRIMARY",
							"familyHasNothingToAdd", true));
			assertThat(instance).isEnded().hasPassed("EndEvent_AmendedPlanSent");
		}

	}

}
