package org.ehcflow.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.recipientsOf;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.support.ProcessCoverage;
import org.ehcflow.support.ProcessTestSupport;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * Every path of {@code ehcNeedsAssessment}, walked on the worked example of the statutory
 * timeline: a request received on Monday 2 March 2026 (decide by 13 April, not-issue by
 * 22 June, final plan by 20 July 2026). Timers fire by moving the engine clock.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class EhcNeedsAssessmentProcessTests {

	static final String RECEIVED = "2026-03-02";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startOnTheDayTheRequestArrives() {
		AbstractAssertions.init(engine);
		today(RECEIVED);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * Runs after every group: the groups together must pass every flow node of the
	 * assessment.
	 */
	@AfterAll
	static void everyFlowNodeOfTheAssessmentIsCovered() throws IOException {
		ProcessCoverage coverage = ProcessCoverage.of("ehcNeedsAssessment", EhcNeedsAssessmentProcessTests.class);
		LoggerFactory.getLogger(EhcNeedsAssessmentProcessTests.class)
			.info("Flow-node coverage of ehcNeedsAssessment: {}", coverage);
		Assertions.assertThat(coverage.missed()).as("flow nodes no test passes").isEmpty();
	}

	ProcessInstance startCase() {
		return startCase(request(RECEIVED));
	}

	ProcessInstance startCase(Map<String, Object> request) {
		ProcessInstance started = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request)
			.execute();
		return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
	}

	Object variable(ProcessInstance instance, String name) {
		return engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	void gatherViews(ProcessInstance instance) {
		today("2026-03-03");
		assertThat(instance).isWaitingAt("Task_GatherViews");
		complete(task(instance), withVariables("familyNotifiedDate", "2026-03-03", "settingNotified", true,
				"healthNotified", true, "socialCareNotified", true, "familyViews", "Sam finds reading hard."));
	}

	void decideToAssess(ProcessInstance instance, String date) {
		today(date);
		assertThat(instance).isWaitingAt("Task_DecideWhetherToAssess");
		complete(task(instance),
				withVariables("decisionToAssess", "ASSESS", "decisionToAssessDate", date, "decisionToAssessReasons",
						"Needs may call for special educational provision.", "otherAdviceRequested", ""));
	}

	List<Task> adviceTasks(ProcessInstance instance) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(instance.getBusinessKey())
			.taskDefinitionKey("Task_RecordAdvice")
			.list();
	}

	void receiveAllAdvice(ProcessInstance instance, String date) {
		today(date);
		for (Task adviceTask : adviceTasks(instance)) {
			taskService.complete(adviceTask.getId(), Map.of("adviceReceivedDate", date, "adviceOutcome", "NEW_ADVICE",
					"adviceSummary", "Advice attached."));
		}
	}

	void decideToIssue(ProcessInstance instance, String date) {
		today(date);
		assertThat(instance).isWaitingAt("Task_DecideWhetherToIssue");
		complete(task(instance), withVariables("decisionToIssue", "ISSUE", "decisionToIssueDate", date,
				"decisionToIssueReasons", "Provision beyond what the school can make."));
	}

	void sendDraft(ProcessInstance instance, String servedDate) {
		today(servedDate);
		complete(task(instance),
				withVariables("draftSectionsComplete", List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"),
						"draftServedDate", servedDate, "draftNamesNoSetting", true, "draftSentWithAdvice", true));
	}

	@Nested
	class WhenThePlanIsIssued {

		@Test
		void issuesThePlanWithinTwentyWeeksAfterConsultingTheRequestedSetting() {
			ProcessInstance instance = startCase();
			String reference = instance.getBusinessKey();
			Assertions.assertThat(reference).matches("EHC-2026-\\d{5}");
			Assertions.assertThat(variable(instance, "decideWhetherToAssessBy")).isEqualTo("2026-04-13");
			Assertions.assertThat(variable(instance, "decideWhetherToIssueBy")).isEqualTo("2026-06-22");
			Assertions.assertThat(variable(instance, "finalPlanDueBy")).isEqualTo("2026-07-20");
			Assertions.assertThat(recipientsOf(jdbc, reference, "request-acknowledgement"))
				.containsExactly("parent@example.org");
			assertThat(task(instance)).hasCandidateGroup("send-caseworkers")
				.hasDueDate(ProcessTestSupport.endOfDay("2026-04-13"));

			gatherViews(instance);
			assertThat(task(instance)).hasCandidateGroup("send-panel");
			decideToAssess(instance, "2026-04-13");
			Assertions.assertThat(recipientsOf(jdbc, reference, "decision-to-assess"))
				.containsExactly("parent@example.org");

			List<Task> advice = adviceTasks(instance);
			Assertions.assertThat(advice)
				.extracting(Task::getName)
				.containsExactlyInAnyOrder("Record advice from the parent or young person",
						"Record advice from the school or setting (educational advice)",
						"Record advice from health (medical advice)", "Record advice from educational psychology",
						"Record advice from social care");
			Assertions.assertThat(advice)
				.allSatisfy(task -> Assertions.assertThat(task.getDueDate())
					.isEqualTo(ProcessTestSupport.endOfDay("2026-05-25")));
			receiveAllAdvice(instance, "2026-05-20");

			decideToIssue(instance, "2026-05-26");
			assertThat(instance).isWaitingAt("Task_DraftPlan");
			sendDraft(instance, "2026-06-08");
			Assertions.assertThat(variable(instance, "draftRepresentationsBy")).isEqualTo("2026-06-22");

			today("2026-06-15");
			complete(task(instance),
					withVariables("familyResponse", "RESPONDED", "representationsReceivedDate", "2026-06-15",
							"settingRequested", true, "requestedSettingName", "Hillside Academy",
							"requestedSettingEmail", "admissions@hillside.example.org"));
			assertThat(instance).isWaitingAt("Task_ConsultSetting");
			Assertions.assertThat(variable(instance, "settingConsultationBy")).isEqualTo("2026-06-30");
			today("2026-06-29");
			complete(task(instance), withVariables("consultationSentDate", "2026-06-15", "settingConsultationResponse",
					"AGREED", "settingResponseDate", "2026-06-29"));

			today("2026-07-13");
			assertThat(task(instance)).hasDueDate(ProcessTestSupport.endOfDay("2026-07-20"));
			complete(task(instance),
					withVariables("finalPlanIssuedDate", "2026-07-13", "namedSettingName", "Hillside Academy",
							"settingType", "SECONDARY", "finalPlanSentToSetting", true, "finalPlanSentToHealth", true));

			assertThat(instance).isEnded().hasPassed("Task_SendFinalPlan").hasPassed("EndEvent_PlanIssued");
			Assertions.assertThat(recipientsOf(jdbc, reference, "final-plan-issued"))
				.containsExactly("parent@example.org");
			Assertions.assertThat(recipientsOf(jdbc, reference, "deadline-breached")).isEmpty();
		}

		@Test
		void issuesThePlanWithoutConsultationWhenNoSettingIsRequestedAndHandsItOver() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			receiveAllAdvice(instance, "2026-05-01");
			decideToIssue(instance, "2026-05-04");
			sendDraft(instance, "2026-05-11");

			today("2026-05-26");
			complete(task(instance), withVariables("familyResponse", "NO_RESPONSE", "settingRequested", false));
			assertThat(instance).hasNotPassed("Task_ConsultSetting").isWaitingAt("Task_IssueFinalPlan");
			complete(task(instance), withVariables("finalPlanIssuedDate", "2026-05-26", "namedSettingName",
					"Riverside Primary School", "settingType", "PRIMARY"));

			assertThat(instance).isEnded().hasPassed("EndEvent_PlanIssued");
			// The maintained plan (ehcPlan, docs/plan-process.md) starts on the message
			// PlanIssued.
			ProcessInstance plan = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("ehcPlan")
				.processInstanceBusinessKey(instance.getBusinessKey())
				.singleResult();
			Assertions.assertThat(plan).isNotNull();
			Assertions.assertThat(runtimeService.getVariable(plan.getId(), "settingName"))
				.isEqualTo("Riverside Primary School");
			Assertions.assertThat(runtimeService.getVariable(plan.getId(), "planIssuedDate")).isEqualTo("2026-05-26");
		}

	}

	@Nested
	class WhenTheAnswerIsNo {

		@Test
		void refusesToAssessWithinSixWeeksAndSendsTheRightsOfAppeal() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			today("2026-04-10");
			complete(task(instance), withVariables("decisionToAssess", "DO_NOT_ASSESS", "decisionToAssessDate",
					"2026-04-10", "decisionToAssessReasons", "Needs can be met from the school's own resources."));

			assertThat(instance).isEnded().hasPassed("Task_SendDecisionNotToAssess").hasPassed("EndEvent_NotAssessed");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "decision-not-to-assess"))
				.containsExactly("parent@example.org");
		}

		@Test
		void decidesNotToIssueWithinSixteenWeeks() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			receiveAllAdvice(instance, "2026-05-12");
			today("2026-06-01");
			complete(task(instance), withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate",
					"2026-06-01", "decisionToIssueReasons", "Support can be provided without a plan."));

			assertThat(instance).isEnded().hasPassed("Task_SendDecisionNotToIssue").hasPassed("EndEvent_PlanNotIssued");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "decision-not-to-issue"))
				.containsExactly("parent@example.org");
		}

	}

	@Nested
	class WhenTheCaseChanges {

		ProcessInstance reportChange(ProcessInstance assessment, Map<String, Object> change) {
			return runtimeService.createProcessInstanceByKey("recordCaseChange").setVariables(change).execute();
		}

		@Test
		void aWithdrawnRequestEndsTheCaseWhereverItIs() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			today("2026-03-20");
			ProcessInstance change = reportChange(instance, Map.of("caseReference", instance.getBusinessKey(),
					"changeType", "WITHDRAWN", "changeDate", "2026-03-19"));

			assertThat(change).isEnded().hasPassed("Task_ApplyCaseChange");
			assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
			Assertions.assertThat(variable(instance, "caseClosedReason")).isEqualTo("WITHDRAWN");
			Assertions.assertThat(variable(instance, "caseClosedDate")).isEqualTo("2026-03-19");
		}

		@Test
		void aMoveOutOfTheAreaEndsTheCaseAndItsAdviceRequests() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			today("2026-04-20");
			reportChange(instance, Map.of("caseReference", instance.getBusinessKey(), "changeType", "MOVED_OUT_OF_AREA",
					"changeDate", "2026-04-20"));

			assertThat(instance).isEnded().hasPassed("EndEvent_MovedOutOfArea");
			Assertions.assertThat(adviceTasks(instance)).isEmpty();
			Assertions.assertThat(variable(instance, "caseClosedReason")).isEqualTo("MOVED_OUT_OF_AREA");
		}

		@Test
		void aTimeLimitExceptionIsRecordedAndTheCaseGoesOn(@Autowired TimeLimitExceptions exceptions) {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			today("2026-03-25");
			reportChange(instance,
					Map.of("caseReference", instance.getBusinessKey(), "changeType", "TIME_LIMIT_EXCEPTION",
							"changeDate", "2026-03-25", "exceptionStep", "decideWhetherToAssess", "exceptionReason",
							"AWAY_FROM_AREA", "exceptionStartDate", "2026-03-20", "exceptionEndDate", "2026-04-30",
							"exceptionEvidence", "Family abroad for a funeral; letter on file.", "familyToldOfDelay",
							true));

			assertThat(instance).isWaitingAt("Task_DecideWhetherToAssess");
			Assertions.assertThat(exceptions.forCase(instance.getBusinessKey()))
				.singleElement()
				.satisfies(exception -> {
					Assertions.assertThat(exception.step()).isEqualTo("decideWhetherToAssess");
					Assertions.assertThat(exception.regulation()).contains("reg 5(4)(d)");
					Assertions.assertThat(exception.startDate()).isEqualTo(LocalDate.of(2026, 3, 20));
				});
		}

		@Test
		void aChangeToAnUnknownCaseOrAnUnlawfulExceptionStartsNothing() {
			long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("recordCaseChange").count();
			assertThatThrownBy(() -> reportChange(null,
					Map.of("caseReference", "EHC-2026-99999", "changeType", "WITHDRAWN", "changeDate", "2026-03-02")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("caseReference: no open assessment has the reference EHC-2026-99999"));

			ProcessInstance instance = startCase();
			assertThatThrownBy(() -> reportChange(instance,
					Map.of("caseReference", instance.getBusinessKey(), "changeType", "TIME_LIMIT_EXCEPTION",
							"changeDate", "2026-03-02", "exceptionStep", "advice", "exceptionReason", "SETTING_CLOSED",
							"exceptionStartDate", "2026-03-02", "exceptionEvidence", "Staff shortage",
							"familyToldOfDelay", true)))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("exceptionReason:"));
			Assertions
				.assertThat(
						runtimeService.createProcessInstanceQuery().processDefinitionKey("recordCaseChange").count())
				.isEqualTo(before);
		}

	}

	@Nested
	class WhenADeadlineNears {

		@Test
		void remindsThePanelSevenDaysBeforeTheDecisionToAssessIsDue() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			today("2026-04-05");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-reminder")).isEmpty();

			today("2026-04-06");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-reminder"))
				.contains("panel@ehcflow.invalid")
				.doesNotContain("caseworker@ehcflow.invalid");
			Assertions.assertThat(variable(instance, "decideWhetherToAssessReminderDate")).isEqualTo("2026-04-06");
			assertThat(instance).isWaitingAt("Task_DecideWhetherToAssess");
		}

		@Test
		void recordsTheBreachWhenSixWeeksPassWithoutADecisionAndKeepsTheTaskOpen() {
			ProcessInstance instance = startCase();
			today("2026-04-13");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-reminder"))
				.contains("caseworker@ehcflow.invalid");

			today("2026-04-14");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordDecisionToAssessBreach").isWaitingAt("Task_GatherViews");
			Assertions.assertThat(variable(instance, "decideWhetherToAssessBreachedDate")).isEqualTo("2026-04-14");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached"))
				.contains("manager@ehcflow.invalid");
		}

		@Test
		void remindsBeforeSixteenWeeksButRecordsNoBreachWhileAdviceIsStillAwaited() {
			// reg 10(1) binds only a decision not to issue: week 16 passing with no
			// decision breaks no law.
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13");
			today("2026-06-15");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindDecisionToIssue");
			today("2026-06-23");
			fireDueJobs(managementService);
			assertThat(instance).hasNotPassed("Task_RecordDecisionNotToIssueBreach")
				.isWaitingAt("CallActivity_SeekAdvice");
			Assertions
				.assertThat(engine.getHistoryService()
					.createHistoricVariableInstanceQuery()
					.processInstanceId(instance.getId())
					.variableName("decideWhetherToIssueBreachedDate")
					.count())
				.isZero();
			Assertions
				.assertThat(jdbc.queryForObject(
						"select count(*) from outbox_message where case_reference = ? and message_key like ?",
						Integer.class, instance.getBusinessKey(), "%:decideWhetherToIssue:breach:%"))
				.as("no manager is told of a 16-week breach (late advice is another matter)")
				.isZero();
		}

		@Test
		void remindsAndRecordsTheTwentyWeekBreachWhereverTheCaseStands() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13");
			receiveAllAdvice(instance, "2026-05-25");
			decideToIssue(instance, "2026-06-22");
			today("2026-07-13");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindFinalPlan").isWaitingAt("Task_DraftPlan");
			today("2026-07-21");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordFinalPlanBreach");
			Assertions.assertThat(variable(instance, "finalPlanBreachedDate")).isEqualTo("2026-07-21");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached"))
				.contains("manager@ehcflow.invalid");
		}

		@Test
		void remindsAdviceGiversCaseworkerAndRecordsLateAdvice() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13");
			today("2026-05-18");
			fireDueJobs(managementService);
			today("2026-05-26");
			fireDueJobs(managementService);
			List<ProcessInstance> adviceRequests = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("adviceRequest")
				.processInstanceBusinessKey(instance.getBusinessKey())
				.list();
			Assertions.assertThat(adviceRequests).hasSize(5).allSatisfy(request -> {
				assertThat(request).hasPassed("Task_RemindAdvice", "Task_RecordAdviceBreach")
					.isWaitingAt("Task_RecordAdvice");
				Assertions.assertThat(runtimeService.getVariable(request.getId(), "adviceBreachedDate"))
					.isEqualTo("2026-05-26");
			});
			receiveAllAdvice(instance, "2026-05-27");
			assertThat(instance).isWaitingAt("Task_DecideWhetherToIssue");
		}

		@Test
		void sendsNoReminderOnceTheDeadlineHasPassed() {
			ProcessInstance instance = startCase();
			today("2026-05-01");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-reminder")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isNotEmpty();
		}

	}

	@Nested
	class WhenInputIsWrong {

		@Test
		void aRequestThatBreaksTheRulesStartsNothing() {
			long before = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("ehcNeedsAssessment")
				.count();
			Map<String, Object> request = request("2026-03-09");
			request.put("childDateOfBirth", "2027-01-01");
			assertThatThrownBy(() -> startCase(request)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("requestReceivedDate")
				.hasMessageContaining("childDateOfBirth");
			Assertions
				.assertThat(
						runtimeService.createProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count())
				.isEqualTo(before);
		}

		@Test
		void aDecisionDatedInTheFutureIsRefusedAndTheTaskStaysOpen() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			Task decision = task(instance);
			assertThatThrownBy(() -> taskService.complete(decision.getId(),
					Map.of("decisionToAssess", "MAYBE", "decisionToAssessDate", "2026-05-01")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("decisionToAssess: must be one of ASSESS, DO_NOT_ASSESS")
					.hasMessageContaining("decisionToAssessDate: must not be in the future")
					.hasMessageContaining("decisionToAssessReasons: is required"));
			assertThat(instance).isWaitingAt("Task_DecideWhetherToAssess");
			Assertions.assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isOne();
		}

		@Test
		void anOtherAdvisersAddressMustBeAnEmailAddress() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			today("2026-04-01");
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("decisionToAssess", "ASSESS", "decisionToAssessDate", "2026-04-01",
							"decisionToAssessReasons", "Needs may call for provision.", "otherAdviceRequested",
							"Speech and language therapy", "otherAdviceEmail", "slt at nhs")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("otherAdviceEmail: must be an email address"));
			assertThat(instance).isWaitingAt("Task_DecideWhetherToAssess");
		}

		@Test
		void noResponseToTheDraftCannotBeRecordedBeforeTheFamilysFifteenDaysAreOver() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			receiveAllAdvice(instance, "2026-05-01");
			decideToIssue(instance, "2026-05-04");
			sendDraft(instance, "2026-05-11");
			today("2026-05-25");
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("familyResponse", "NO_RESPONSE", "settingRequested", false)))
				.hasMessageContaining("the family has until 25 May 2026 to respond");
			assertThat(instance).isWaitingAt("Task_RecordRepresentations");
		}

		@Test
		void aDraftWithMissingSectionsOrANamedSchoolIsRefused() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			receiveAllAdvice(instance, "2026-05-01");
			decideToIssue(instance, "2026-05-04");
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("draftSectionsComplete", "[\"A\",\"B\",\"C\"]", "draftServedDate", "2026-05-04",
							"draftNamesNoSetting", false)))
				.hasMessageContaining("draftSectionsComplete: sections D, E, F, G, H, I, J, K are not complete")
				.hasMessageContaining("draftNamesNoSetting");
			assertThat(instance).isWaitingAt("Task_DraftPlan");
		}

	}

	/**
	 * The 16 weeks of reg 10(1) bind only a decision not to issue; worked on the request
	 * of 2 March 2026 (16 weeks end 22 June).
	 */
	@Nested
	class TheSixteenWeekMilestone {

		void adviceIn(ProcessInstance instance) {
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13");
			receiveAllAdvice(instance, "2026-05-25");
		}

		@Test
		void aPlanDecidedAtWeekEighteenRecordsNoSixteenWeekBreachAndTellsNoManager() {
			ProcessInstance instance = startCase();
			adviceIn(instance);
			today("2026-07-06"); // week 18
			fireDueJobs(managementService);
			decideToIssue(instance, "2026-07-06");
			fireDueJobs(managementService);

			assertThat(instance).isWaitingAt("Task_DraftPlan").hasNotPassed("Task_RecordDecisionNotToIssueBreach");
			Assertions.assertThat(variable(instance, "decisionNotToIssueLate")).isEqualTo(false);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isEmpty();
		}

		@Test
		void aRefusalAtWeekSeventeenRecordsTheBreachAndTellsManagers() {
			ProcessInstance instance = startCase();
			adviceIn(instance);
			today("2026-06-29"); // week 17
			complete(task(instance), withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate",
					"2026-06-29", "decisionToIssueReasons", "Support can be provided without a plan."));

			assertThat(instance).isEnded()
				.hasPassed("Task_SendDecisionNotToIssue", "Task_RecordDecisionNotToIssueBreach");
			Assertions.assertThat(variable(instance, "decisionToIssueNoticeSentDate")).isEqualTo("2026-06-29");
			Assertions.assertThat(variable(instance, "decideWhetherToIssueBreachedDate")).isEqualTo("2026-06-29");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached"))
				.contains("manager@ehcflow.invalid");
		}

		@Test
		void aRefusalDecidedOnTheLastDayButNotifiedTwoDaysLaterIsABreach() {
			// ehcflow.readings.decision-done-on = NOTICE_SENT (the default): the duty is
			// to notify.
			ProcessInstance instance = startCase();
			adviceIn(instance);
			today("2026-06-24");
			complete(task(instance),
					withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate", "2026-06-22",
							"decisionToIssueNoticeSentDate", "2026-06-24", "decisionToIssueReasons",
							"Support can be provided without a plan."));

			assertThat(instance).isEnded().hasPassed("Task_RecordDecisionNotToIssueBreach");
		}

		@Test
		void aRefusalNotifiedOnTheLastDayIsOnTime() {
			ProcessInstance instance = startCase();
			adviceIn(instance);
			today("2026-06-22");
			complete(task(instance), withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate",
					"2026-06-22", "decisionToIssueReasons", "Support can be provided without a plan."));

			assertThat(instance).isEnded()
				.hasPassed("EndEvent_PlanNotIssued")
				.hasNotPassed("Task_RecordDecisionNotToIssueBreach");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isEmpty();
		}

		@Test
		void aNoticeDatedBeforeTheDecisionOrInTheFutureIsRefused() {
			ProcessInstance instance = startCase();
			adviceIn(instance);
			today("2026-06-10");
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate", "2026-06-10",
							"decisionToIssueNoticeSentDate", "2026-06-09", "decisionToIssueReasons",
							"Support can be provided without a plan.")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining(
							"decisionToIssueNoticeSentDate: must not be before the date of the decision"));
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate", "2026-06-10",
							"decisionToIssueNoticeSentDate", "2026-06-11", "decisionToIssueReasons",
							"Support can be provided without a plan.")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("decisionToIssueNoticeSentDate: must not be in the future"));
			assertThat(instance).isWaitingAt("Task_DecideWhetherToIssue");
		}

	}

	/**
	 * reg 6(1)(g): "in or beyond year 9" on the day advice is sought, after the 1
	 * September move-up.
	 */
	@Nested
	class AdviceFromYearNine {

		ProcessInstance yearEightRequestReceivedOn(String received) {
			today(received);
			Map<String, Object> request = ProcessTestSupport.request(received);
			request.put("childDateOfBirth", "2013-01-10");
			request.put("nationalCurriculumYear", 8);
			return startCase(request);
		}

		@SuppressWarnings("unchecked")
		List<String> requiredAdvice(ProcessInstance instance) {
			return (List<String>) variable(instance, "requiredAdvice");
		}

		@Test
		void aYearEightRequestInJulyWhoseAdviceIsSoughtInSeptemberIncludesPreparingForAdulthood() {
			ProcessInstance instance = yearEightRequestReceivedOn("2026-07-06");
			today("2026-07-07");
			complete(task(instance), withVariables("familyNotifiedDate", "2026-07-07"));
			decideToAssess(instance, "2026-09-07");

			Assertions.assertThat(variable(instance, "yearWhenAdviceSought")).isEqualTo(9);
			Assertions.assertThat(requiredAdvice(instance)).contains("PREPARING_FOR_ADULTHOOD");
		}

		@Test
		void aYearEightRequestWhoseAdviceIsSoughtInAugustDoesNotYet() {
			ProcessInstance instance = yearEightRequestReceivedOn("2026-07-06");
			today("2026-07-07");
			complete(task(instance), withVariables("familyNotifiedDate", "2026-07-07"));
			decideToAssess(instance, "2026-08-17");

			Assertions.assertThat(variable(instance, "yearWhenAdviceSought")).isEqualTo(8);
			Assertions.assertThat(requiredAdvice(instance)).doesNotContain("PREPARING_FOR_ADULTHOOD");
		}

	}

	/**
	 * ehcflow.readings.early-final-plan = WHEN_FAMILY_HAS_NOTHING_TO_ADD (the default),
	 * reg 13(1).
	 */
	@Nested
	class TheFinalPlanBeforeTheFifteenDaysEnd {

		ProcessInstance respondedOnTheThirdDay() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-01");
			receiveAllAdvice(instance, "2026-05-01");
			decideToIssue(instance, "2026-05-04");
			sendDraft(instance, "2026-05-11"); // 15 days end 25 May; the plan may go from
												// 26 May
			today("2026-05-13");
			complete(task(instance), withVariables("familyResponse", "RESPONDED", "representationsReceivedDate",
					"2026-05-13", "settingRequested", false));
			return instance;
		}

		@Test
		void isRefusedUnlessTheFamilyHasSaidTheyHaveNothingMoreToAdd() {
			ProcessInstance instance = respondedOnTheThirdDay();
			today("2026-05-15");
			assertThatThrownBy(() -> complete(task(instance),
					withVariables("finalPlanIssuedDate", "2026-05-15", "namedSettingName", "Riverside Primary School")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining("finalPlanIssuedDate: must not be before 26 May 2026")
					.hasMessageContaining("familyHasNothingToAdd"));
			assertThat(instance).isWaitingAt("Task_IssueFinalPlan");

			complete(task(instance), withVariables("finalPlanIssuedDate", "2026-05-15", "namedSettingName",
					"Riverside Primary School", "settingType", "PRIMARY", "familyHasNothingToAdd", true));
			assertThat(instance).isEnded().hasPassed("EndEvent_PlanIssued");
		}

	}

	/**
	 * ehcflow.readings.check-exception-conditions = true (the default), reg 5(4)(a),
	 * 10(4)(a).
	 */
	@Nested
	class AnExceptionsOwnConditions {

		ProcessInstance reportChange(Map<String, Object> change) {
			return runtimeService.createProcessInstanceByKey("recordCaseChange").setVariables(change).execute();
		}

		Map<String, Object> closure(ProcessInstance instance, String firstDayClosed, String lastDayClosed) {
			return Map.of("caseReference", instance.getBusinessKey(), "changeType", "TIME_LIMIT_EXCEPTION",
					"changeDate", "2026-05-20", "exceptionStep", "decideWhetherToIssue", "exceptionReason",
					"SETTING_CLOSED", "exceptionStartDate", firstDayClosed, "exceptionEndDate", lastDayClosed,
					"exceptionEvidence", "Closed after a fire; the trust's letter.", "familyToldOfDelay", true);
		}

		@Test
		void aClosureIsRecordedWhenAdviceWasAskedWithinItsWindow(@Autowired TimeLimitExceptions exceptions) {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13"); // advice asked 13 April
			today("2026-05-20");
			// Closed 18 April to 17 May (30 days): the window runs 11 April to 11 May.
			reportChange(closure(instance, "2026-04-18", "2026-05-17"));
			Assertions.assertThat(exceptions.forCase(instance.getBusinessKey()))
				.singleElement()
				.satisfies(exception -> {
					Assertions.assertThat(exception.regulation()).contains("reg 10(4)(a)");
					// The day the condition was judged on is kept with the exception.
					Assertions.assertThat(exception.adviceAskedDate()).isEqualTo(LocalDate.of(2026, 4, 13));
				});
		}

		@Test
		void noExceptionIsRecordedAgainstADecisionNotToAssess() {
			// ehcflow.readings.exceptions-for-refusal-to-assess = false: reg 5(4) excuses
			// only a decision to assess.
			ProcessInstance instance = startCase();
			runtimeService.setVariable(instance.getId(), "decisionToAssess", "DO_NOT_ASSESS");
			assertThatThrownBy(() -> reportChange(Map.of("caseReference", instance.getBusinessKey(), "changeType",
					"TIME_LIMIT_EXCEPTION", "changeDate", RECEIVED, "exceptionStep", "decideWhetherToAssess",
					"exceptionReason", "EXCEPTIONAL_CIRCUMSTANCES", "exceptionStartDate", RECEIVED, "exceptionEvidence",
					"Bereavement.", "familyToldOfDelay", true)))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining(
							"exceptionStep: no time-limit exception may be recorded for a decision not to assess"));
		}

		@Test
		void aClosureIsRefusedWhenAdviceWasAskedBeforeItsWindow() {
			ProcessInstance instance = startCase();
			gatherViews(instance);
			decideToAssess(instance, "2026-04-13");
			today("2026-05-20");
			// Closed 25 April to 31 May: the window opens 18 April, after advice was
			// asked on 13 April.
			assertThatThrownBy(() -> reportChange(closure(instance, "2026-04-25", "2026-05-31")))
				.satisfies(thrown -> Assertions.assertThat(ProcessTestSupport.invalidInput(thrown))
					.hasMessageContaining(
							"exceptionAdviceAskedDate: advice must have been asked for from 18 April 2026"));
		}

	}

}
