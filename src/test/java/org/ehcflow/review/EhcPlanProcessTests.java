package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.invalidInput;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
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
import org.ehcflow.support.ProcessCoverage;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * Every path of {@code ehcPlan}: new plans from an assessment and from the import,
 * under-5s, each phase transfer, the Year 6 worked example of the statutory timeline
 * (plan issued Monday 20 July 2026), a late review, an early review, the year group
 * moving up on 1 September, and ceasing with and without an appeal. {@code annualReview}
 * is the test's stand-in ({@link ReviewStandIn}), completed with the outputs the contract
 * names. Timers fire by moving the engine clock.
 */
@SpringBootTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class EhcPlanProcessTests {

	static final AtomicInteger CASE_NUMBERS = new AtomicInteger(100);

	static String standInDeployment;

	/**
	 * Where the stand-in went, to take it away again: on PostgreSQL the next test classes
	 * share it.
	 */
	static RepositoryService standInRepository;

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
	HistoryService historyService;

	@BeforeEach
	void deployTheStandInReview() {
		AbstractAssertions.init(engine);
		if (standInDeployment == null) {
			standInDeployment = ReviewStandIn.deploy(repositoryService);
			standInRepository = repositoryService;
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void everyFlowNodeOfThePlanIsCovered() throws IOException {
		if (standInDeployment != null) {
			// else the stand-in stays the newest annualReview, and the real review is
			// never called again
			standInRepository.deleteDeployment(standInDeployment, true);
		}
		standInDeployment = null;
		standInRepository = null;
		ProcessCoverage coverage = ProcessCoverage.of("ehcPlan", EhcPlanProcessTests.class);
		LoggerFactory.getLogger(EhcPlanProcessTests.class).info("Flow-node coverage of ehcPlan: {}", coverage);
		Assertions.assertThat(coverage.missed()).as("flow nodes no test passes").isEmpty();
	}

	static String nextReference() {
		return "EHC-2026-" + String.format("%05d", CASE_NUMBERS.incrementAndGet());
	}

	static Map<String, Object> plan(String dateOfBirth, String year, String settingType, String issued,
			String lastReview) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("childFirstName", "Sam");
		variables.put("childLastName", "Example");
		variables.put("childDateOfBirth", dateOfBirth);
		variables.put("nationalCurriculumYear", year);
		variables.put("planIssuedDate", issued);
		if (lastReview != null) {
			variables.put("lastReviewDecisionDate", lastReview);
		}
		variables.put("settingName", "Riverside School");
		variables.put("settingType", settingType);
		variables.put("caseworker", "caseworker");
		return variables;
	}

	ProcessInstance importPlan(Map<String, Object> variables) {
		String reference = nextReference();
		variables.put("caseReference", reference);
		return runtimeService.createMessageCorrelation("PlanImported")
			.processInstanceBusinessKey(reference)
			.setVariables(variables)
			.correlateStartMessage();
	}

	Object variable(ProcessInstance plan, String name) {
		return runtimeService.getVariable(plan.getId(), name);
	}

	Object historic(ProcessInstance plan, String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(plan.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	void assertSchedule(ProcessInstance plan, String decisionBy, String transferBy, String meetingBy, String startsOn,
			String reason) {
		Assertions.assertThat(variable(plan, "annualReviewDecisionBy"))
			.as("annualReviewDecisionBy")
			.isEqualTo(decisionBy);
		Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).as("phaseTransferPlanBy").isEqualTo(transferBy);
		Assertions.assertThat(variable(plan, "reviewMeetingBy")).as("reviewMeetingBy").isEqualTo(meetingBy);
		Assertions.assertThat(variable(plan, "nextReviewStartsOn")).as("nextReviewStartsOn").isEqualTo(startsOn);
		Assertions.assertThat(variable(plan, "reviewReason")).as("reviewReason").isEqualTo(reason);
	}

	/** The stand-in review of the plan, once its asynchronous start has run. */
	Task review(ProcessInstance plan) {
		fireDueJobs(managementService);
		ProcessInstance review = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(plan.getId())
			.singleResult();
		Assertions.assertThat(review).as("a running annualReview").isNotNull();
		Assertions.assertThat(review.getBusinessKey()).isEqualTo(plan.getBusinessKey());
		return taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
	}

	void decide(ProcessInstance plan, Map<String, Object> outcome) {
		taskService.complete(review(plan).getId(), outcome);
	}

	static Map<String, Object> maintained(String meeting, String decided) {
		Map<String, Object> outcome = new HashMap<>();
		outcome.put("reviewMeetingDate", meeting);
		outcome.put("reviewDecision", "MAINTAIN");
		outcome.put("reviewDecisionDate", decided);
		return outcome;
	}

	@Nested
	class NewPlans {

		@Test
		void aPlanFromAnAssessmentInYear5IsReviewedWithin12MonthsAndOn1SeptemberItsYear6TransferIsPreparedBy14February() {
			today("2026-07-20");
			String reference = nextReference();
			Map<String, Object> assessment = new HashMap<>(ProcessTestSupport.request("2026-03-02"));
			assessment.put("caseReference", reference);
			assessment.put("childDateOfBirth", "2015-11-14");
			assessment.put("nationalCurriculumYear", 5);
			assessment.put("finalPlanIssuedDate", "2026-07-20");
			assessment.put("namedSettingName", "Hillside Primary School");
			assessment.put("caseOwner", "caseworker");
			ProcessInstance plan = runtimeService.createMessageCorrelation("PlanIssued")
				.processInstanceBusinessKey(reference)
				.setVariables(assessment)
				.correlateStartMessage();

			assertThat(plan).hasPassed("StartEvent_PlanIssued", "Task_TakeOverIssuedPlan", "Task_ScheduleNextReview")
				.isWaitingAt("Gateway_WaitForReview");
			Assertions.assertThat(variable(plan, "planIssuedDate")).isEqualTo("2026-07-20");
			Assertions.assertThat(variable(plan, "settingName")).isEqualTo("Hillside Primary School");
			Assertions.assertThat(variable(plan, "settingType")).isEqualTo("OTHER");
			Assertions.assertThat(variable(plan, "caseworker")).isEqualTo("caseworker");
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("5");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("MAINTAINED");
			// The timeline's worked example: first review decision by Mon 19 Jul 2027,
			// latest meeting
			// Mon 21 Jun 2027. In Year 5 today: no transfer within 12 months yet.
			assertSchedule(plan, "2027-07-19", null, "2027-06-21", "2027-04-26", "ANNUAL");

			// 1 September 2026: Year 6, moving to secondary in September 2027, so within
			// 12 months of
			// the transfer (reg 18(1)): the plan must name it before 15 Feb 2027, by Sun
			// 14 Feb 2027,
			// the meeting by 22 Nov 2026 (12 weeks before), the review starting 8 weeks
			// earlier.
			today("2026-09-01");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Task_MoveUpAYear", "Task_CheckPhaseTransfer", "Event_PhaseTransferFound")
				.isWaitingAt("Gateway_WaitForReview");
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("6");
			assertSchedule(plan, "2027-07-19", "2027-02-14", "2026-11-22", "2026-09-27", "PHASE_TRANSFER");
		}

		@Test
		void aPlanIssuedOn20November2026InYear6StartsItsTransferReviewAtOnceAndSaysSo() {
			today("2026-11-20");
			String reference = nextReference();
			Map<String, Object> assessment = new HashMap<>(ProcessTestSupport.request("2026-03-02"));
			assessment.put("childDateOfBirth", "2015-11-14");
			assessment.put("nationalCurriculumYear", 5);
			assessment.put("finalPlanIssuedDate", "2026-11-20");
			assessment.put("settingType", "PRIMARY");
			ProcessInstance plan = runtimeService.createMessageCorrelation("PlanIssued")
				.processInstanceBusinessKey(reference)
				.setVariables(assessment)
				.correlateStartMessage();

			// Year 5 at the request in March, Year 6 since 1 September: by 14 Feb 2027
			// (reg
			// 18(1)(b)); the meeting was due by 22 Nov 2026, which is 2 days away: the
			// review starts now.
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("6");
			assertSchedule(plan, "2027-11-19", "2027-02-14", "2026-11-22", "2026-11-20", "PHASE_TRANSFER");
			assertThat(plan).isWaitingAt("CallActivity_AnnualReview");
		}

		@Test
		void aYear6PlanTakenOverAfterTheLatestTransferMeetingDaySaysTheReviewStartsAtOnce() {
			today("2026-12-02");
			ProcessInstance plan = importPlan(plan("2015-11-14", "6", "PRIMARY", "2026-11-20", null));

			assertSchedule(plan, "2027-11-19", "2027-02-14", "2026-11-22", "2026-12-02", "PHASE_TRANSFER");
			Assertions.assertThat((String) variable(plan, "reviewStartNote"))
				.contains("2027-02-14", "reg 18(1)(b)", "2026-11-22", "has passed", "starts at once");
			assertThat(plan).hasNotPassed("Task_RecordOverdueReview").isWaitingAt("CallActivity_AnnualReview");
		}

		@Test
		void aYear6PlanImportedAfter14FebruaryWithoutTheTransferPreparedRecordsTheMissedDuty() {
			today("2027-02-20");
			ProcessInstance plan = importPlan(plan("2015-11-14", "6", "PRIMARY", "2026-06-01", null));

			Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).isNull();
			Assertions.assertThat(variable(plan, "phaseTransferMissedFor")).isEqualTo("2027-02-14");
			Assertions.assertThat((String) variable(plan, "reviewStartNote")).contains("was not amended", "missed");
		}

		@Test
		void aTransferTheImportSaysIsPreparedIsRecordedDoneAndNotBroughtForward() {
			today("2026-12-02");
			Map<String, Object> variables = plan("2015-11-14", "6", "PRIMARY", "2026-06-01", null);
			variables.put("phaseTransferPrepared", true);
			ProcessInstance plan = importPlan(variables);

			Assertions.assertThat(variable(plan, "phaseTransferReviewedFor")).isEqualTo("2027-02-14");
			assertSchedule(plan, "2027-05-31", null, "2027-05-03", "2027-03-08", "ANNUAL");
		}

		@Test
		void aPlanFromAnAssessmentWithNoYearGroupTakesItFromTheDateOfBirth() {
			today("2026-07-20");
			String reference = nextReference();
			Map<String, Object> assessment = new HashMap<>(ProcessTestSupport.request("2026-03-02"));
			assessment.remove("nationalCurriculumYear");
			assessment.put("childDateOfBirth", "2018-02-01");
			assessment.put("finalPlanIssuedDate", "2026-07-20");
			ProcessInstance plan = runtimeService.createMessageCorrelation("PlanIssued")
				.processInstanceBusinessKey(reference)
				.setVariables(assessment)
				.correlateStartMessage();

			// 7 on 31 August 2025: Year 3 in 2025/26.
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("3");
			Assertions.assertThat(variable(plan, "settingName")).isEqualTo("Riverside Primary School");
			assertSchedule(plan, "2027-07-19", null, "2027-06-21", "2027-04-26", "ANNUAL");
		}

		@Test
		void theYear6WorkedExampleImportedInAPrimarySchool() {
			today("2026-07-21");
			ProcessInstance plan = importPlan(plan("2015-11-14", "5", "PRIMARY", "2026-07-20", null));

			assertThat(plan).hasPassed("StartEvent_PlanImported", "Task_TakeOverImportedPlan")
				.isWaitingAt("Gateway_WaitForReview");
			Assertions.assertThat(variable(plan, "planSource")).isEqualTo("IMPORT");
			Assertions.assertThat(variable(plan, "reviewOverdueOnImport")).isEqualTo(false);
			assertSchedule(plan, "2027-07-19", null, "2027-06-21", "2027-04-26", "ANNUAL");

			today("2026-09-01");
			fireDueJobs(managementService);
			assertSchedule(plan, "2027-07-19", "2027-02-14", "2026-11-22", "2026-09-27", "PHASE_TRANSFER");
		}

		@Test
		void anImportedPlanCountsFromItsLastReviewDecision() {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2017-05-14", "3", "PRIMARY", "2024-06-03", "2025-11-10"));

			assertSchedule(plan, "2026-11-09", null, "2026-10-12", "2026-08-17", "ANNUAL");
		}

		@Test
		void aChildUnder5HasThe6MonthTargetWithAReminderButOnlyThe12MonthsAreABreach() {
			today("2026-01-13");
			// 2 on 31 August 2025: N1 in 2025/26, no move to school before September
			// 2027.
			ProcessInstance plan = importPlan(plan("2023-06-01", "N1", "EARLY_YEARS", "2026-01-12", null));

			// CFA s44(1): within 12 months starting with 12 Jan 2026 -> 11 Jan 2027
			// (statutory);
			// Code 9.178: 6 months -> 11 Jul 2026 (target), which brings the meeting to
			// 13 Jun 2026.
			Assertions.assertThat(variable(plan, "reviewMonths")).isEqualTo(6);
			Assertions.assertThat(variable(plan, "underFiveReviewTargetBy")).isEqualTo("2026-07-11");
			assertSchedule(plan, "2027-01-11", null, "2026-06-13", "2026-04-18", "UNDER_FIVE");

			today("2026-04-18");
			review(plan);
			today("2026-07-04");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Timer_UnderFiveReviewTargetReminder", "Task_RemindUnderFiveReviewTarget");
			today("2026-07-12");
			fireDueJobs(managementService);
			assertThat(plan).hasNotPassed("Task_RecordReviewDecisionBreach");
			Assertions.assertThat(variable(plan, "annualReviewDecisionBreachedDate")).isNull();
		}

		@ParameterizedTest(name = "Year {0} at a {1} setting: amended plan by {2}")
		// reg 18(1)(b) "before 15 February" -> 14 Feb 2027, meeting 22 Nov 2026; reg
		// 18(1)(a) "before
		// 31st March" -> 30 Mar 2027, meeting 5 Jan 2027.
		@CsvSource({ "N2, EARLY_YEARS, 2027-02-14, 2026-11-22", "2, INFANT, 2027-02-14, 2026-11-22",
				"4, FIRST, 2027-02-14, 2026-11-22", "6, PRIMARY, 2027-02-14, 2026-11-22",
				"6, JUNIOR, 2027-02-14, 2026-11-22", "8, MIDDLE, 2027-02-14, 2026-11-22",
				"6, SPECIAL_PRIMARY, 2027-02-14, 2026-11-22", "11, SPECIAL_SECONDARY, 2027-03-30, 2027-01-05",
				"11, SPECIAL, 2027-03-30, 2027-01-05", "11, SECONDARY, 2027-03-30, 2027-01-05",
				"11, SECONDARY_WITH_SIXTH_FORM, 2027-03-30, 2027-01-05", "6, OTHER, 2027-02-14, 2026-11-22" })
		void eachPhaseTransferIsPreparedInTheLastYearOfThePhase(String year, String settingType, String transferBy,
				String meetingBy) {
			today("2026-09-10");
			String born = "N2".equals(year) ? "2023-03-01" : "2012-01-01";
			ProcessInstance plan = importPlan(plan(born, year, settingType, "2024-09-01", "2026-09-08"));

			Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).isEqualTo(transferBy);
			Assertions.assertThat(variable(plan, "reviewMeetingBy")).isEqualTo(meetingBy);
			Assertions.assertThat(variable(plan, "reviewReason")).isEqualTo("PHASE_TRANSFER");
		}

		@ParameterizedTest(name = "Year {0} at a {1} setting: no transfer")
		@CsvSource({ "3, PRIMARY", "2, PRIMARY", "6, ALL_THROUGH", "6, SPECIAL", "6, SPECIAL_ALL_THROUGH",
				"9, SECONDARY", "12, POST_16" })
		void noTransferWhereTheChildStaysInTheSamePhase(String year, String settingType) {
			today("2026-09-10");
			ProcessInstance plan = importPlan(plan("2012-01-01", year, settingType, "2024-09-01", "2026-09-08"));

			assertSchedule(plan, "2027-09-07", null, "2027-08-10", "2027-06-15", "ANNUAL");
		}

		@Test
		void aYear10YoungPersonBecomesYear11On1SeptemberAndTheReviewPreparesPost16By30March() {
			today("2026-01-20");
			ProcessInstance plan = importPlan(plan("2011-03-01", "10", "SECONDARY", "2023-02-01", "2026-01-15"));

			// Year 10 today: the transfer is more than 12 months away.
			assertSchedule(plan, "2027-01-14", null, "2026-12-17", "2026-10-22", "ANNUAL");

			// Year 11 from 1 Sep 2026, post-16 from September 2027: before 31 March 2027,
			// by 30 March
			// (reg 18(1)(a)); the annual meeting (17 Dec 2026) is already earlier than 5
			// Jan 2027.
			today("2026-09-01");
			fireDueJobs(managementService);
			assertSchedule(plan, "2027-01-14", "2027-03-30", "2026-12-17", "2026-10-22", "PHASE_TRANSFER");
		}

	}

	@Nested
	class Reviews {

		@Test
		void theReviewStartsOnItsDayAndAMeetingHeldLateMovesTheNextReviewToTheDecision() {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2017-05-14", "3", "PRIMARY", "2024-06-03", "2025-11-10"));
			assertThat(plan).isWaitingAt("Gateway_WaitForReview");

			today("2026-08-16");
			fireDueJobs(managementService);
			assertThat(plan).isWaitingAt("Gateway_WaitForReview");

			today("2026-08-17");
			Task review = review(plan);
			assertThat(plan).hasPassed("Timer_NextReviewStarts").isWaitingAt("CallActivity_AnnualReview");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("UNDER_REVIEW");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewReason"))
				.isEqualTo("ANNUAL");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "annualReviewDecisionBy"))
				.isEqualTo("2026-11-09");

			// The meeting is held late (due by 12 October), the decision after the 12
			// months.
			today("2026-11-10");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Task_RecordReviewDecisionBreach");
			Assertions.assertThat(variable(plan, "annualReviewDecisionBreachedDate")).isEqualTo("2026-11-10");

			today("2026-11-20");
			decide(plan, maintained("2026-10-30", "2026-11-20"));

			assertThat(plan).hasPassed("Task_RecordReviewDecision").isWaitingAt("Gateway_WaitForReview");
			Assertions.assertThat(variable(plan, "lastReviewDecisionDate")).isEqualTo("2026-11-20");
			Assertions.assertThat(variable(plan, "reviewMeetingDate")).isEqualTo("2026-10-30");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("MAINTAINED");
			assertSchedule(plan, "2027-11-19", null, "2027-10-22", "2027-08-27", "ANNUAL");
		}

		@Test
		void anAmendedPlanNamingANewSettingIsKeptForTheNextReview() {
			today("2026-09-10");
			ProcessInstance plan = importPlan(plan("2015-01-01", "6", "PRIMARY", "2024-09-01", "2026-09-08"));
			today("2026-09-28");
			Task review = review(plan);
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewDecisionDate")).isNull();

			today("2027-01-10");
			Map<String, Object> outcome = new HashMap<>();
			outcome.put("reviewMeetingDate", "2026-11-16");
			outcome.put("reviewDecision", "AMEND");
			outcome.put("reviewDecisionDate", "2026-12-01");
			outcome.put("amendedPlanIssuedDate", "2027-01-10");
			outcome.put("settingName", "Hillside Academy");
			outcome.put("settingType", "SECONDARY");
			taskService.complete(review.getId(), outcome);

			Assertions.assertThat(variable(plan, "settingName")).isEqualTo("Hillside Academy");
			Assertions.assertThat(variable(plan, "amendedPlanIssuedDate")).isEqualTo("2027-01-10");
			Assertions.assertThat(variable(plan, "phaseTransferReviewedFor")).isEqualTo("2027-02-14");
			// From the decision of 1 December 2026; Year 7 at a secondary school then: no
			// transfer.
			assertSchedule(plan, "2027-11-30", null, "2027-11-02", "2027-09-07", "ANNUAL");
		}

		@Test
		void anEarlyReviewStartsAtOnceWithItsMeetingWithin8Weeks() {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2017-05-14", "3", "PRIMARY", "2024-06-03", "2025-11-10"));

			today("2026-04-01");
			ProcessInstance request = runtimeService.createProcessInstanceByKey("requestEarlyReview")
				.setVariables(Map.of("caseReference", plan.getBusinessKey(), "earlyReviewRequestedBy", "PARENT",
						"earlyReviewReason", "The child's needs have changed."))
				.execute();

			assertThat(request).isEnded().hasPassed("Task_StartEarlyReview");
			Task review = review(plan);
			assertThat(plan).hasPassed("Event_EarlyReviewRequested", "Task_BringReviewForward");
			Assertions.assertThat(variable(plan, "reviewReason")).isEqualTo("EARLY_REVIEW");
			Assertions.assertThat(variable(plan, "earlyReviewRequestedBy")).isEqualTo("PARENT");
			Assertions.assertThat(variable(plan, "reviewMeetingBy")).isEqualTo("2026-05-27");
			Assertions.assertThat(variable(plan, "annualReviewDecisionBy")).isEqualTo("2026-11-09");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewReason"))
				.isEqualTo("EARLY_REVIEW");

			assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey("requestEarlyReview")
				.setVariables(Map.of("caseReference", plan.getBusinessKey(), "earlyReviewRequestedBy", "SETTING",
						"earlyReviewReason", "Again."))
				.execute())
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field")
					.containsExactly("caseReference"));
		}

		@Test
		void anEarlyReviewForAnUnknownCaseNamesTheCaseReference() {
			today("2026-04-01");
			assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey("requestEarlyReview")
				.setVariables(Map.of("caseReference", "EHC-1999-00001", "earlyReviewRequestedBy", "NOBODY"))
				.execute())
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field", "message")
					.contains(Assertions.tuple("caseReference",
							"no maintained EHC plan has the reference EHC-1999-00001"))
					.extracting(tuple -> tuple.toList().get(0))
					.containsExactlyInAnyOrder("caseReference", "earlyReviewRequestedBy", "earlyReviewReason"));
		}

		@Test
		void aReviewAlreadyOverdueOnImportIsRecordedAndStartsAtOnce() {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2014-01-20", "7", "SECONDARY", "2025-01-10", null));

			assertThat(plan).hasPassed("Task_RecordOverdueReview");
			Assertions.assertThat(variable(plan, "reviewOverdueOnImport")).isEqualTo(true);
			Assertions.assertThat(variable(plan, "annualReviewDecisionBy")).isEqualTo("2026-01-09");
			Assertions.assertThat(variable(plan, "annualReviewDecisionBreachedDate")).isEqualTo("2026-03-02");
			Assertions.assertThat(variable(plan, "nextReviewStartsOn")).isEqualTo("2026-03-02");
			Assertions.assertThat(review(plan)).isNotNull();
		}

		@Test
		void aReviewThatShouldAlreadyHaveStartedStartsAtOnceWithoutABreach() {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2014-01-20", "7", "SECONDARY", "2025-04-20", null));

			assertThat(plan).hasNotPassed("Task_RecordOverdueReview").isWaitingAt("CallActivity_AnnualReview");
			Assertions.assertThat(variable(plan, "reviewOverdueOnImport")).isEqualTo(false);
			Assertions.assertThat(variable(plan, "nextReviewStartsOn")).isEqualTo("2026-03-02");
		}

	}

	@Nested
	class SchoolYear {

		@Test
		void aYear5ChildWhoseReviewIsRunningOn1SeptemberHasItPrepareTheTransfer() {
			today("2026-06-01");
			ProcessInstance plan = importPlan(plan("2016-01-10", "5", "PRIMARY", "2025-07-20", null));
			Task review = review(plan);
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewReason"))
				.isEqualTo("ANNUAL");

			today("2026-09-01");
			fireDueJobs(managementService);
			Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).isEqualTo("2027-02-14");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "phaseTransferPlanBy"))
				.isEqualTo("2027-02-14");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewReason"))
				.isEqualTo("PHASE_TRANSFER");
		}

		@Test
		void theYearGroupMovesUpEach1September() {
			today("2026-08-20");
			ProcessInstance plan = importPlan(plan("2017-05-14", "3", "PRIMARY", "2026-06-01", null));

			today("2026-08-31");
			fireDueJobs(managementService);
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("3");
			today("2026-09-01");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Task_MoveUpAYear", "EndEvent_MovedUpAYear");
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("4");
		}

	}

	@Nested
	class AtTheAgeLimit {

		@Test
		void aCaseworkerEndsThePlanAtTheEndOfTheAcademicYearInWhichTheYoungPersonTurns25() {
			// born 10 October 2001: 25 on 10 October 2026, so the plan may last until 31
			// July 2027 (CFA s46)
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2001-10-10", "14", "POST_16", "2024-06-03", "2026-02-16"));
			Assertions.assertThat(variable(plan, "planEndsBy")).isEqualTo("2027-07-31");

			today("2027-06-04");
			fireDueJobs(managementService);
			assertThat(plan).hasNotPassed("Timer_PlanEndsByAge");
			today("2027-06-05");
			fireDueJobs(managementService);
			assertThat(plan).isWaitingAt("Task_EndPlanAtAgeLimit");
			Task end = taskService.createTaskQuery()
				.processInstanceId(plan.getId())
				.taskDefinitionKey("Task_EndPlanAtAgeLimit")
				.singleResult();
			Assertions.assertThat(end.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay("2027-07-31"));
			Assertions
				.assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).count())
				.as("no review goes on beside it")
				.isZero();

			assertThatThrownBy(() -> taskService.complete(end.getId(), Map.of()))
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field")
					.containsExactly("ageLimitNoticeSent"));
			taskService.complete(end.getId(), Map.of("ageLimitNoticeSent", true));
			assertThat(plan).isEnded().hasPassed("Task_RecordPlanEndedByAge", "EndEvent_PlanEndedByAge");
			Assertions.assertThat(historic(plan, "planCeasedDate")).isEqualTo("2027-08-01");
			Assertions.assertThat(historic(plan, "ceaseReason")).isEqualTo("MAXIMUM_AGE");
			Assertions.assertThat(historic(plan, "planStatus")).isEqualTo("CEASED");
		}

	}

	@Nested
	class Ceasing {

		ProcessInstance decidedToCease() {
			return decidedToCease("2025-11-10", "2026-08-17", "2026-10-20");
		}

		/**
		 * A plan whose review (started by {@code reviewOn}) decided on {@code notice} to
		 * cease, the notice sent that day.
		 */
		ProcessInstance decidedToCease(String lastReview, String reviewOn, String notice) {
			today("2026-03-02");
			ProcessInstance plan = importPlan(plan("2007-02-01", "14", "POST_16", "2024-06-03", lastReview));
			today(reviewOn);
			Map<String, Object> outcome = new HashMap<>();
			outcome.put("reviewMeetingDate", LocalDate.parse(notice).minusWeeks(2).toString());
			outcome.put("reviewDecision", "CEASE");
			outcome.put("reviewDecisionDate", notice);
			outcome.put("ceaseNoticeDate", notice);
			outcome.put("ceaseReason", "MOVED_TO_EMPLOYMENT");
			Task review = review(plan);
			today(notice);
			taskService.complete(review.getId(), outcome);
			return plan;
		}

		Task confirmTask(ProcessInstance plan) {
			return taskService.createTaskQuery()
				.processInstanceId(plan.getId())
				.taskDefinitionKey("Task_ConfirmPlanCeased")
				.singleResult();
		}

		static Map<String, Object> noAppeal() {
			return Map.of("ceaseOutcome", "NO_APPEAL", "noLateAppealConfirmed", true);
		}

		List<String> refusedFields(Runnable completion) {
			List<String> fields = new java.util.ArrayList<>();
			assertThatThrownBy(completion::run)
				.satisfies(thrown -> invalidInput(thrown).problems().forEach(problem -> fields.add(problem.field())));
			return fields;
		}

		@Test
		void withoutAnAppealThePlanEndsAfterTheTimeToAppealMovedOffASunday() {
			ProcessInstance plan = decidedToCease();
			assertThat(plan).isWaitingAt("Task_ConfirmPlanCeased");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("CEASING");
			// 20 October + 2 months = Sunday 20 December 2026: HESC r12 moves it to
			// Monday 21 December
			Assertions.assertThat(variable(plan, "ceaseAppealBy")).isEqualTo("2026-12-21");
			Task confirm = confirmTask(plan);
			Assertions.assertThat(confirm.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay("2026-12-21"));
			Assertions.assertThat(confirm.getAssignee()).isEqualTo("caseworker");

			today("2026-12-21");
			Assertions.assertThat(refusedFields(() -> taskService.complete(confirm.getId(), noAppeal())))
				.containsExactly("ceaseOutcome");

			today("2027-01-04");
			taskService.complete(confirm.getId(), noAppeal());
			assertThat(plan).isEnded().hasPassed("Task_EndPlan", "EndEvent_PlanCeased");
			// In force until the appeal window closed on 21 December, whenever it is
			// confirmed.
			Assertions.assertThat(historic(plan, "planCeasedDate")).isEqualTo("2026-12-22");
			Assertions.assertThat(historic(plan, "planStatus")).isEqualTo("CEASED");
			Assertions.assertThat(historic(plan, "ceaseReason")).isEqualTo("MOVED_TO_EMPLOYMENT");
		}

		@Test
		void aWindowEndingOnChristmasDayRunsToTheFirstWorkingDayAfterNewYear() {
			// notice Sunday 25 October 2026 -> 25 December -> first working day after
			// Friday 1 January 2027
			ProcessInstance plan = decidedToCease("2025-11-10", "2026-08-17", "2026-10-25");
			Assertions.assertThat(variable(plan, "ceaseAppealBy")).isEqualTo("2027-01-04");
			Task confirm = confirmTask(plan);
			Assertions.assertThat(confirm.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay("2027-01-04"));

			for (String day : List.of("2026-12-26", "2027-01-02", "2027-01-04")) {
				today(day);
				fireDueJobs(managementService);
				assertThat(plan).as(day).hasNotPassed("Task_RecordCeaseAppealWindowPassed");
				Assertions.assertThat(refusedFields(() -> taskService.complete(confirm.getId(), noAppeal())))
					.as(day)
					.containsExactly("ceaseOutcome");
			}
			today("2027-01-05");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Task_RecordCeaseAppealWindowPassed", "EndEvent_CeaseAppealWindowPassed")
				.isWaitingAt("Task_ConfirmPlanCeased");
			Assertions.assertThat(variable(plan, "ceaseAppealWindowPassedDate")).isEqualTo("2027-01-05");

			Assertions
				.assertThat(
						refusedFields(() -> taskService.complete(confirm.getId(), Map.of("ceaseOutcome", "NO_APPEAL"))))
				.containsExactly("noLateAppealConfirmed");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("CEASING");

			today("2027-02-10");
			taskService.complete(confirm.getId(), noAppeal());
			assertThat(plan).isEnded();
			Assertions.assertThat(historic(plan, "planCeasedDate")).isEqualTo("2027-01-05");
		}

		@Test
		void aWindowEndingInAugustRunsTo1SeptemberAndAMediationCertificateMovesItAgain() {
			// notice 10 June 2026 -> 10 August -> first working day after 31 August (a
			// bank holiday): 1 September
			ProcessInstance plan = decidedToCease("2025-07-01", "2026-04-20", "2026-06-10");
			Assertions.assertThat(variable(plan, "ceaseAppealBy")).isEqualTo("2026-09-01");

			// a certificate dated 5 August: 5 September is a Saturday, so Monday 7
			// September
			today("2026-08-06");
			Task confirm = confirmTask(plan);
			Assertions
				.assertThat(refusedFields(() -> taskService.complete(confirm.getId(),
						Map.of("ceaseOutcome", "MEDIATION_CERTIFICATE", "mediationCertificateDate", "2026-08-07"))))
				.containsExactly("mediationCertificateDate");
			Assertions
				.assertThat(refusedFields(
						() -> taskService.complete(confirm.getId(), Map.of("ceaseOutcome", "MEDIATION_CERTIFICATE"))))
				.containsExactly("mediationCertificateDate");
			Assertions.assertThat(variable(plan, "ceaseAppealBy")).as("unchanged by a refusal").isEqualTo("2026-09-01");
			taskService.complete(confirm.getId(),
					Map.of("ceaseOutcome", "MEDIATION_CERTIFICATE", "mediationCertificateDate", "2026-08-05"));
			assertThat(plan).hasPassed("Gateway_AppealLodged").isWaitingAt("Task_ConfirmPlanCeased");
			Assertions.assertThat(variable(plan, "ceaseAppealBy")).isEqualTo("2026-09-07");
			Task again = confirmTask(plan);
			Assertions.assertThat(again.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay("2026-09-07"));

			today("2026-09-02");
			fireDueJobs(managementService);
			assertThat(plan).hasNotPassed("Task_RecordCeaseAppealWindowPassed");
			today("2026-09-08");
			fireDueJobs(managementService);
			assertThat(plan).hasPassed("Task_RecordCeaseAppealWindowPassed");
			taskService.complete(again.getId(), noAppeal());
			assertThat(plan).isEnded();
			Assertions.assertThat(historic(plan, "planCeasedDate")).isEqualTo("2026-09-08");
		}

		@Test
		void anAppealKeepsThePlanUntilTheTribunalKeepsIt() {
			ProcessInstance plan = decidedToCease();
			Task confirm = confirmTask(plan);

			today("2026-12-01");
			Assertions
				.assertThat(refusedFields(() -> taskService.complete(confirm.getId(),
						Map.of("ceaseOutcome", "APPEAL_LODGED", "appealLodgedDate", "2026-10-19"))))
				.containsExactly("appealLodgedDate");
			taskService.complete(confirm.getId(),
					Map.of("ceaseOutcome", "APPEAL_LODGED", "appealLodgedDate", "2026-11-30"));
			assertThat(plan).hasPassed("Gateway_AppealLodged").isWaitingAt("Task_RecordAppealOutcome");
			Assertions.assertThat(variable(plan, "appealLodged")).isEqualTo(true);
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("UNDER_APPEAL");

			today("2027-01-15");
			fireDueJobs(managementService);
			assertThat(plan).isWaitingAt("Task_RecordAppealOutcome");
			Task outcome = taskService.createTaskQuery().processInstanceId(plan.getId()).singleResult();
			Assertions.assertThat(outcome.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay("2027-10-19"));
			Assertions
				.assertThat(refusedFields(() -> taskService.complete(outcome.getId(),
						Map.of("appealOutcome", "WON", "appealDecisionDate", "2027-01-16"))))
				.containsExactlyInAnyOrder("appealOutcome", "appealDecisionDate");
			taskService.complete(outcome.getId(),
					Map.of("appealOutcome", "PLAN_CONTINUES", "appealDecisionDate", "2027-01-14"));
			assertThat(plan).hasPassed("Gateway_AppealOutcome", "Task_ScheduleNextReview")
				.isWaitingAt("Gateway_WaitForReview");
			Assertions.assertThat(variable(plan, "planStatus")).isEqualTo("MAINTAINED");
			Assertions.assertThat(variable(plan, "annualReviewDecisionBy")).isEqualTo("2027-10-19");
		}

		@Test
		void anAppealTheTribunalDismissesEndsThePlanTheDayAfterItsDecision() {
			ProcessInstance plan = decidedToCease();
			today("2026-12-01");
			taskService.complete(confirmTask(plan).getId(),
					Map.of("ceaseOutcome", "APPEAL_LODGED", "appealLodgedDate", "2026-11-30"));
			today("2027-03-20");
			Task outcome = taskService.createTaskQuery().processInstanceId(plan.getId()).singleResult();
			taskService.complete(outcome.getId(),
					Map.of("appealOutcome", "CEASE_UPHELD", "appealDecisionDate", "2027-03-15"));
			assertThat(plan).isEnded().hasPassed("Gateway_AppealOutcome", "Task_EndPlan");
			Assertions.assertThat(historic(plan, "planCeasedDate")).isEqualTo("2027-03-16");
		}

	}

	/**
	 * {@code recordPlanChange}: a year group or kind of setting corrected without an
	 * amendment.
	 */
	@Nested
	class Corrections {

		ProcessInstance correct(ProcessInstance plan, Map<String, Object> change) {
			Map<String, Object> variables = new HashMap<>(change);
			variables.put("caseReference", plan.getBusinessKey());
			variables.putIfAbsent("planChangeDate", "2026-10-01");
			variables.putIfAbsent("planChangeReason", "Recorded wrongly when the plan was imported.");
			return runtimeService.createProcessInstanceByKey("recordPlanChange").setVariables(variables).execute();
		}

		@Test
		void aYear2ChildWhoseSchoolWasRecordedAsOtherGetsItsTransferOnceItIsCorrectedToInfant() {
			today("2026-10-01");
			Map<String, Object> imported = plan("2020-03-10", "2", "OTHER", "2026-06-01", null);
			imported.put("settingTypeOtherReason", "Not known at import.");
			ProcessInstance plan = importPlan(imported);
			assertSchedule(plan, "2027-05-31", null, "2027-05-03", "2027-03-08", "ANNUAL");

			ProcessInstance change = correct(plan, Map.of("settingType", "INFANT"));

			// Year 2 at an infant school: junior school from September 2027, so before 15
			// February
			// 2027 (reg 18(1)(b)); the meeting was due 12 weeks before, by 22 November
			// 2026, and the
			// review should have started on 27 September: it starts at once.
			assertThat(change).isEnded().hasPassed("Task_ApplyPlanChange");
			assertThat(plan).hasPassed("Event_PlanRecordCorrected").isWaitingAt("CallActivity_AnnualReview");
			assertSchedule(plan, "2027-05-31", "2027-02-14", "2026-11-22", "2026-10-01", "PHASE_TRANSFER");
			Assertions.assertThat(variable(plan, "settingType")).isEqualTo("INFANT");
		}

		@Test
		void anInfantTransferFoundInErrorIsTakenOffTheRunningReview() {
			today("2026-10-01");
			ProcessInstance plan = importPlan(plan("2020-03-10", "2", "INFANT", "2026-05-01", null));
			Task review = review(plan);
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "phaseTransferPlanBy"))
				.isEqualTo("2027-02-14");

			correct(plan, Map.of("settingType", "PRIMARY", "settingName", "Riverside Primary School"));

			Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).isNull();
			Assertions.assertThat(variable(plan, "reviewReason")).isEqualTo("ANNUAL");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "phaseTransferPlanBy")).isNull();
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "reviewReason"))
				.isEqualTo("ANNUAL");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "settingType"))
				.isEqualTo("PRIMARY");
			Assertions.assertThat(runtimeService.getVariable(review.getExecutionId(), "settingName"))
				.isEqualTo("Riverside Primary School");
			// The review's outputs carry the correction back to the plan.
			decide(plan, maintained("2026-11-02", "2026-11-09"));
			Assertions.assertThat(variable(plan, "settingType")).isEqualTo("PRIMARY");
		}

		@Test
		void aChildTaughtAYearBehindIsRecordedInTheYearTaughtAndItsTransferMovesWithIt() {
			today("2026-10-01");
			ProcessInstance plan = importPlan(plan("2015-11-14", "6", "PRIMARY", "2026-06-01", null));
			Assertions.assertThat(variable(plan, "phaseTransferPlanBy")).isEqualTo("2027-02-14");
			decide(plan, maintained("2026-10-01", "2026-10-01"));

			correct(plan, Map.of("nationalCurriculumYear", "5", "planChangeReason",
					"Taught in Year 5 from September by agreement with the school and the family."));

			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("5");
			assertSchedule(plan, "2027-09-30", null, "2027-09-02", "2027-07-08", "ANNUAL");
		}

		@Test
		void aCorrectionThatChangesNothingOrDoesNotFitTheChildIsRefusedFieldByField() {
			today("2026-10-01");
			ProcessInstance plan = importPlan(plan("2015-11-14", "6", "PRIMARY", "2026-06-01", null));

			assertThatThrownBy(() -> correct(plan, Map.of("settingType", "PRIMARY", "planChangeReason", "")))
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field", "message")
					.containsExactlyInAnyOrder(Assertions
						.tuple("nationalCurriculumYear", "nothing would change: the plan records Year 6 at "
								+ "Riverside School (PRIMARY); give the new year group, the setting's new name or its kind"),
							Assertions.tuple("planChangeReason", "is required")));
			assertThatThrownBy(() -> correct(plan,
					Map.of("nationalCurriculumYear", "11", "settingType", "SCHOOL", "planChangeDate", "2026-05-01")))
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field")
					.containsExactlyInAnyOrder("nationalCurriculumYear", "settingType", "planChangeDate"));
			assertThatThrownBy(() -> correct(plan, Map.of("settingType", "OTHER")))
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field")
					.containsExactly("settingType"));
			assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey("recordPlanChange")
				.setVariables(Map.of("caseReference", "EHC-1999-00001", "planChangeDate", "2026-09-01", "settingType",
						"PRIMARY", "planChangeReason", "Wrong."))
				.execute())
				.satisfies(thrown -> Assertions.assertThat(invalidInput(thrown).problems())
					.extracting("field", "message")
					.containsExactly(Assertions.tuple("caseReference",
							"no maintained EHC plan has the reference EHC-1999-00001")));
			Assertions.assertThat(variable(plan, "settingType")).isEqualTo("PRIMARY");
			Assertions.assertThat(variable(plan, "nationalCurriculumYear")).isEqualTo("6");
		}

	}

}
