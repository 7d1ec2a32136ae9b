package org.ehcflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.assessment.TimeLimitException;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.statutory.Status;
import org.ehcflow.support.ProcessTestSupport;
import org.ehcflow.timeliness.RecordedCase.RecordedAdvice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/cases/{caseReference}/timeline}: first the status of each step worked
 * out from a case's facts, then cases walked through the engine and read back over HTTP.
 * The worked example throughout: request received Monday 2 March 2026, decide whether to
 * assess by 13 April, not to issue by 22 June, final plan by 20 July 2026.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseTimelineTests {

	static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * The case's variables on the day of the request, as the start listener records them.
	 */
	static Map<String, Object> requestRecorded() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseReference", "EHC-2026-00042");
		variables.put("requestReceivedDate", "2026-03-02");
		variables.put("decideWhetherToAssessBy", "2026-04-13");
		variables.put("decideWhetherToIssueBy", "2026-06-22");
		variables.put("finalPlanDueBy", "2026-07-20");
		return variables;
	}

	static RecordedCase open(Map<String, Object> variables, RecordedAdvice... advice) {
		return new RecordedCase("pi-1", "EHC-2026-00042", STARTED, null, null, variables, List.of(advice));
	}

	static RecordedCase ended(String on, Map<String, Object> variables, RecordedAdvice... advice) {
		return new RecordedCase("pi-1", "EHC-2026-00042", STARTED, Instant.parse(on + "T12:00:00Z"),
				LocalDate.parse(on), variables, List.of(advice));
	}

	static RecordedAdvice advice(String service, String dueBy, String receivedOn) {
		return new RecordedAdvice(service, null, LocalDate.parse(dueBy),
				receivedOn == null ? null : LocalDate.parse(receivedOn), STARTED.plusSeconds(3600));
	}

	static TimelineStep step(CaseTimeline timeline, String id) {
		return timeline.steps().stream().filter(step -> step.step().equals(id)).findFirst().orElseThrow();
	}

	static TimeLimitException exception(String step, String reason, String regulation, Instant recordedAt) {
		return new TimeLimitException("EHC-2026-00042", step, reason, regulation, LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 4, 30), null, "Letter on file", true, "caseworker", recordedAt);
	}

	@Nested
	class StatusOfEachStep {

		@Test
		void aStepDoneOnItsDateIsOnTimeAndOneDoneADayLaterIsLate() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-13");
			CaseTimeline timeline = CaseTimeline.of(open(variables, advice("PARENT", "2026-05-25", "2026-05-25"),
					advice("MEDICAL", "2026-05-25", "2026-05-26")), List.of(), LocalDate.of(2026, 6, 1));

			assertThat(step(timeline, "decideWhetherToAssess").status()).isEqualTo(Status.ON_TIME);
			assertThat(timeline.steps()).filteredOn(step -> step.step().equals("advice"))
				.extracting(TimelineStep::party, TimelineStep::status)
				.containsExactly(tuple("PARENT", Status.ON_TIME), tuple("MEDICAL", Status.LATE));
		}

		@Test
		void aStepNotDoneIsOpenUntilTheEndOfItsDateAndOverdueTheDayAfter() {
			RecordedCase recorded = open(requestRecorded());

			assertThat(step(CaseTimeline.of(recorded, List.of(), LocalDate.of(2026, 4, 13)), "decideWhetherToAssess")
				.status()).isEqualTo(Status.OPEN);
			CaseTimeline dayAfter = CaseTimeline.of(recorded, List.of(), LocalDate.of(2026, 4, 14));
			assertThat(step(dayAfter, "decideWhetherToAssess").status()).isEqualTo(Status.OVERDUE);
			assertThat(step(dayAfter, "finalPlan").status()).isEqualTo(Status.OPEN);
			assertThat(dayAfter.state()).isEqualTo(CaseState.OPEN);
		}

		@Test
		void aStepWhoseDateIsNotYetKnownIsOpen() {
			CaseTimeline timeline = CaseTimeline.of(open(requestRecorded()), List.of(), LocalDate.of(2026, 12, 1));

			assertThat(step(timeline, "draftRepresentations").dueBy()).isNull();
			assertThat(step(timeline, "draftRepresentations").status()).isEqualTo(Status.OPEN);
		}

		@Test
		void afterADecisionNotToAssessTheLaterStepsAreNotApplicable() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "DO_NOT_ASSESS");
			variables.put("decisionToAssessDate", "2026-04-20");
			CaseTimeline timeline = CaseTimeline.of(ended("2026-04-20", variables), List.of(),
					LocalDate.of(2026, 9, 1));

			assertThat(timeline.state()).isEqualTo(CaseState.NOT_ASSESSED);
			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::status)
				.containsExactly(tuple("decideWhetherToAssess", Status.LATE),
						tuple("decideWhetherToIssue", Status.NOT_APPLICABLE),
						tuple("draftRepresentations", Status.NOT_APPLICABLE),
						tuple("settingConsultation", Status.NOT_APPLICABLE), tuple("finalPlan", Status.NOT_APPLICABLE));
		}

		@Test
		void aDecisionNotToIssueCompletesTheSixteenWeekStepAndEndsTheRest() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-01");
			variables.put("decisionToIssue", "DO_NOT_ISSUE");
			variables.put("decisionToIssueDate", "2026-06-22");
			CaseTimeline timeline = CaseTimeline.of(ended("2026-06-22", variables), List.of(),
					LocalDate.of(2026, 9, 1));

			assertThat(timeline.state()).isEqualTo(CaseState.PLAN_NOT_ISSUED);
			assertThat(step(timeline, "decideWhetherToIssue").completedOn()).isEqualTo(LocalDate.of(2026, 6, 22));
			assertThat(step(timeline, "decideWhetherToIssue").status()).isEqualTo(Status.ON_TIME);
			assertThat(step(timeline, "finalPlan").status()).isEqualTo(Status.NOT_APPLICABLE);
		}

		@Test
		void aDecisionToIssueAfterSixteenWeeksIsOnTimeForTheLimitBindsOnlyARefusal() {
			// reg 10(1): 16 weeks from 2 March 2026 end on 22 June; a decision to issue
			// on 23 June breaks no law.
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-01");
			variables.put("decisionToIssue", "ISSUE");
			variables.put("decisionToIssueDate", "2026-06-23");
			CaseTimeline timeline = CaseTimeline.of(open(variables), List.of(), LocalDate.of(2026, 6, 23));

			assertThat(step(timeline, "decideWhetherToIssue").status()).isEqualTo(Status.ON_TIME);
			assertThat(step(timeline, "decideWhetherToIssue").dueBy()).isEqualTo(LocalDate.of(2026, 6, 22));
		}

		@Test
		void noDecisionYetAfterSixteenWeeksIsStillOpenNotOverdue() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-01");
			CaseTimeline timeline = CaseTimeline.of(open(variables), List.of(), LocalDate.of(2026, 7, 6));

			assertThat(step(timeline, "decideWhetherToIssue").status()).isEqualTo(Status.OPEN);
		}

		@Test
		void aRefusalDecidedInTimeButNotifiedLateIsLateByDefaultAndOnTimeByItsDecisionDate() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-01");
			variables.put("decisionToIssue", "DO_NOT_ISSUE");
			variables.put("decisionToIssueDate", "2026-06-22");
			variables.put("decisionToIssueNoticeSentDate", "2026-06-24");
			RecordedCase recorded = ended("2026-06-24", variables);

			TimelineStep byNotice = step(CaseTimeline.of(recorded, List.of(), LocalDate.of(2026, 9, 1)),
					"decideWhetherToIssue");
			assertThat(byNotice.completedOn()).isEqualTo(LocalDate.of(2026, 6, 24));
			assertThat(byNotice.status()).isEqualTo(Status.LATE);

			StatutoryReadings byDecisionDate = new StatutoryReadings(StatutoryReadings.ReviewNotice.FOURTEEN_DAYS,
					StatutoryReadings.DecisionDoneOn.DECISION_DATE,
					StatutoryReadings.EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD, false, true, true);
			TimelineStep byDecision = step(
					CaseTimeline.of(recorded, List.of(), LocalDate.of(2026, 9, 1), byDecisionDate),
					"decideWhetherToIssue");
			assertThat(byDecision.completedOn()).isEqualTo(LocalDate.of(2026, 6, 22));
			assertThat(byDecision.status()).isEqualTo(Status.ON_TIME);
		}

		@Test
		void aReg54ExceptionIsNotShownAgainstARefusalToAssessUnlessTheCouncilReadsItSo() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "DO_NOT_ASSESS");
			variables.put("decisionToAssessDate", "2026-04-20");
			RecordedCase recorded = ended("2026-04-20", variables);
			List<TimeLimitException> recordedExceptions = List
				.of(exception("decideWhetherToAssess", "EXCEPTIONAL_CIRCUMSTANCES", "SEND Regulations 2014 reg 5(4)(c)",
						Instant.parse("2026-04-01T10:00:00Z")));

			assertThat(CaseTimeline.of(recorded, recordedExceptions, LocalDate.of(2026, 9, 1)).exceptions()).isEmpty();
			StatutoryReadings lenient = new StatutoryReadings(StatutoryReadings.ReviewNotice.FOURTEEN_DAYS,
					StatutoryReadings.DecisionDoneOn.NOTICE_SENT,
					StatutoryReadings.EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD, true, true, true);
			assertThat(CaseTimeline.of(recorded, recordedExceptions, LocalDate.of(2026, 9, 1), lenient).exceptions())
				.hasSize(1);
		}

		@Test
		void aDecisionToAssessCountsOnTheDayItsNoticeWent() {
			// 6 weeks from 2 March 2026 end on 13 April; decided 13 April, notified 15
			// April: late.
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-13");
			variables.put("decisionToAssessNoticeSentDate", "2026-04-15");
			CaseTimeline timeline = CaseTimeline.of(open(variables), List.of(), LocalDate.of(2026, 4, 20));

			assertThat(step(timeline, "decideWhetherToAssess").status()).isEqualTo(Status.LATE);
		}

		@Test
		void noResponseToTheDraftCompletesOnTheLastDayOfTheFamilysWindow() {
			Map<String, Object> variables = requestRecorded();
			variables.put("draftRepresentationsBy", "2026-06-22");
			variables.put("familyResponse", "NO_RESPONSE");
			variables.put("settingRequested", false);
			CaseTimeline timeline = CaseTimeline.of(open(variables), List.of(), LocalDate.of(2026, 6, 25));

			assertThat(step(timeline, "draftRepresentations").completedOn()).isEqualTo(LocalDate.of(2026, 6, 22));
			assertThat(step(timeline, "draftRepresentations").status()).isEqualTo(Status.ON_TIME);
			assertThat(step(timeline, "settingConsultation").status()).isEqualTo(Status.NOT_APPLICABLE);
		}

		@Test
		void stepsLeftUndoneByAWithdrawalAreNotApplicable() {
			Map<String, Object> variables = requestRecorded();
			variables.put("caseClosedReason", "WITHDRAWN");
			variables.put("caseClosedDate", "2026-05-01");
			CaseTimeline timeline = CaseTimeline.of(ended("2026-05-01", variables), List.of(),
					LocalDate.of(2026, 9, 1));

			assertThat(timeline.state()).isEqualTo(CaseState.WITHDRAWN);
			assertThat(timeline.steps()).extracting(TimelineStep::status).containsOnly(Status.NOT_APPLICABLE);
		}

		@Test
		void aCaseThatHasEndedIsMeasuredOnTheDayItEnded() {
			Map<String, Object> variables = requestRecorded();
			variables.put("decisionToAssess", "ASSESS");
			variables.put("decisionToAssessDate", "2026-04-01");
			variables.put("decisionToIssue", "ISSUE");
			variables.put("decisionToIssueDate", "2026-05-04");
			variables.put("draftRepresentationsBy", "2026-05-25");
			variables.put("familyResponse", "RESPONDED");
			variables.put("representationsReceivedDate", "2026-05-20");
			variables.put("settingRequested", true);
			variables.put("settingConsultationBy", "2026-06-04");
			variables.put("settingConsultationResponse", "NO_REPLY");
			variables.put("finalPlanIssuedDate", "2026-06-01");
			CaseTimeline timeline = CaseTimeline.of(ended("2026-06-01", variables), List.of(),
					LocalDate.of(2026, 9, 1));

			assertThat(timeline.state()).isEqualTo(CaseState.PLAN_ISSUED);
			assertThat(step(timeline, "settingConsultation").completedOn()).isNull();
			assertThat(step(timeline, "settingConsultation").status()).isEqualTo(Status.OPEN);
			assertThat(step(timeline, "finalPlan").status()).isEqualTo(Status.ON_TIME);
		}

		@Test
		void adviceIsListedInTheOrderOfTheRegulationsWithEachPartyNamed() {
			CaseTimeline timeline = CaseTimeline.of(
					open(requestRecorded(), advice("SOCIAL_CARE", "2026-05-25", null),
							advice("PARENT", "2026-05-25", null), advice("PSYCHOLOGICAL", "2026-05-25", null)),
					List.of(), LocalDate.of(2026, 5, 1));

			assertThat(timeline.steps()).filteredOn(step -> step.step().equals("advice"))
				.extracting(TimelineStep::party, TimelineStep::partyName)
				.containsExactly(tuple("PARENT", "the parent or young person"),
						tuple("PSYCHOLOGICAL", "educational psychology"), tuple("SOCIAL_CARE", "social care"));
		}

		@Test
		void anExceptionIsShownOnItsStepAndChangesNeitherDateNorStatus() {
			TimeLimitException away = exception("decideWhetherToAssess", "AWAY_FROM_AREA",
					"SEND Regulations 2014 reg 5(4)(d)", STARTED.plusSeconds(86_400));
			TimeLimitException missed = exception("advice", "MISSED_APPOINTMENT", "SEND Regulations 2014 reg 8(2)(c)",
					STARTED.plusSeconds(86_400));
			TimeLimitException earlierCase = exception("decideWhetherToAssess", "EXCEPTIONAL_CIRCUMSTANCES",
					"SEND Regulations 2014 reg 5(4)(c)", STARTED.minusSeconds(86_400));
			CaseTimeline timeline = CaseTimeline.of(
					open(requestRecorded(), advice("PARENT", "2026-05-25", null),
							advice("MEDICAL", "2026-05-25", null)),
					List.of(earlierCase, away, missed), LocalDate.of(2026, 5, 1));

			TimelineStep decision = step(timeline, "decideWhetherToAssess");
			assertThat(decision.status()).isEqualTo(Status.OVERDUE);
			assertThat(decision.dueBy()).isEqualTo(LocalDate.of(2026, 4, 13));
			assertThat(decision.exceptions()).singleElement().satisfies(shown -> {
				assertThat(shown.reason()).isEqualTo("AWAY_FROM_AREA");
				assertThat(shown.regulation()).isEqualTo("SEND Regulations 2014 reg 5(4)(d)");
				assertThat(shown.startDate()).isEqualTo(LocalDate.of(2026, 3, 20));
				assertThat(shown.endDate()).isEqualTo(LocalDate.of(2026, 4, 30));
			});
			assertThat(timeline.steps()).filteredOn(step -> step.step().equals("advice"))
				.allSatisfy(advice -> assertThat(advice.exceptions()).extracting(TimelineException::reason)
					.containsExactly("MISSED_APPOINTMENT"));
			assertThat(step(timeline, "finalPlan").exceptions()).isEmpty();
			assertThat(timeline.exceptions()).extracting(TimelineException::reason)
				.containsExactly("AWAY_FROM_AREA", "MISSED_APPOINTMENT");
		}

	}

	/**
	 * Cases started through the API and walked with the task service, as a caseworker
	 * would.
	 */
	@Nested
	class FromTheEnginesHistory {

		static final String FIRST_NAME = "Zephyrine";

		static final String LAST_NAME = "Quillfeather";

		@Autowired
		TestRestTemplate rest;

		@Autowired
		ObjectMapper json;

		@Autowired
		TaskService taskService;

		@Autowired
		RuntimeService runtimeService;

		String startCase() throws Exception {
			today("2026-03-02");
			Map<String, Object> request = ProcessTestSupport.request("2026-03-02");
			request.put("childFirstName", FIRST_NAME);
			request.put("childLastName", LAST_NAME);
			ResponseEntity<String> started = rest.withBasicAuth("caseworker", "caseworker")
				.postForEntity("/api/assessments", request, String.class);
			assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			return json.readTree(started.getBody()).get("caseReference").asText();
		}

		void complete(String reference, String taskKey, String on, Object... variables) {
			today(on);
			Task task = taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey(taskKey)
				.singleResult();
			Map<String, Object> values = new HashMap<>();
			for (int i = 0; i < variables.length; i += 2) {
				values.put((String) variables[i], variables[i + 1]);
			}
			taskService.complete(task.getId(), values);
		}

		void gatherViewsAndDecide(String reference, String decision, String on) {
			complete(reference, "Task_GatherViews", "2026-03-03", "familyNotifiedDate", "2026-03-03");
			complete(reference, "Task_DecideWhetherToAssess", on, "decisionToAssess", decision, "decisionToAssessDate",
					on, "decisionToAssessReasons", "Reasons recorded.", "otherAdviceRequested", "");
		}

		void receiveAdvice(String reference, String service, String on) {
			today(on);
			Task task = taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("Task_RecordAdvice")
				.list()
				.stream()
				.filter(candidate -> service
					.equals(runtimeService.getVariable(candidate.getExecutionId(), "adviceService")))
				.findFirst()
				.orElseThrow();
			taskService.complete(task.getId(),
					Map.of("adviceReceivedDate", on, "adviceOutcome", "NEW_ADVICE", "adviceSummary", "Attached."));
		}

		void receiveAllAdvice(String reference, String on) {
			today(on);
			taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("Task_RecordAdvice")
				.list()
				.forEach(task -> taskService.complete(task.getId(),
						Map.of("adviceReceivedDate", on, "adviceOutcome", "NEW_ADVICE", "adviceSummary", "Attached.")));
		}

		JsonNode timeline(String reference, String on) throws Exception {
			today(on);
			ResponseEntity<String> response = rest.withBasicAuth("caseworker", "caseworker")
				.getForEntity("/api/cases/{reference}/timeline", String.class, reference);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).doesNotContain(FIRST_NAME, LAST_NAME);
			return json.readTree(response.getBody());
		}

		JsonNode step(JsonNode timeline, String id) {
			for (JsonNode step : timeline.get("steps")) {
				if (step.get("step").asText().equals(id)) {
					return step;
				}
			}
			throw new AssertionError("no step " + id + " in " + timeline);
		}

		@Test
		void anOpenCaseShowsWhatWasOnTimeWhatWasLateWhatIsOverdueAndWhatIsOpen() throws Exception {
			String reference = startCase();
			gatherViewsAndDecide(reference, "ASSESS", "2026-04-20");
			receiveAdvice(reference, "PARENT", "2026-05-20");
			receiveAdvice(reference, "PSYCHOLOGICAL", "2026-06-03");

			JsonNode timeline = timeline(reference, "2026-06-05");

			assertThat(timeline.get("caseReference").asText()).isEqualTo(reference);
			assertThat(timeline.get("state").asText()).isEqualTo("OPEN");
			assertThat(timeline.get("requestReceivedDate").asText()).isEqualTo("2026-03-02");
			JsonNode decision = step(timeline, "decideWhetherToAssess");
			assertThat(decision.get("dueBy").asText()).isEqualTo("2026-04-13");
			assertThat(decision.get("completedOn").asText()).isEqualTo("2026-04-20");
			assertThat(decision.get("status").asText()).isEqualTo("LATE");
			assertThat(decision.get("regulation").asText()).isEqualTo("SEND Regulations 2014 reg 4(1), 5(1)");
			assertThat(decision.has("party")).isFalse();

			Map<String, String> adviceStatus = new HashMap<>();
			for (JsonNode step : timeline.get("steps")) {
				if (step.get("step").asText().equals("advice")) {
					assertThat(step.get("dueBy").asText()).isEqualTo("2026-06-01");
					assertThat(step.get("partyName").asText()).isNotBlank();
					adviceStatus.put(step.get("party").asText(), step.get("status").asText());
				}
			}
			assertThat(adviceStatus).containsExactlyInAnyOrderEntriesOf(Map.of("PARENT", "ON_TIME", "PSYCHOLOGICAL",
					"LATE", "EDUCATIONAL", "OVERDUE", "MEDICAL", "OVERDUE", "SOCIAL_CARE", "OVERDUE"));

			JsonNode issue = step(timeline, "decideWhetherToIssue");
			assertThat(issue.get("dueBy").asText()).isEqualTo("2026-06-22");
			assertThat(issue.get("completedOn").isNull()).isTrue();
			assertThat(issue.get("status").asText()).isEqualTo("OPEN");
			assertThat(step(timeline, "draftRepresentations").get("dueBy").isNull()).isTrue();
			assertThat(step(timeline, "finalPlan").get("status").asText()).isEqualTo("OPEN");
			assertThat(step(timeline, "finalPlan").get("dueBy").asText()).isEqualTo("2026-07-20");
		}

		@Test
		void aCaseNotAssessedShowsTheLaterStepsAsNotApplicable() throws Exception {
			String reference = startCase();
			gatherViewsAndDecide(reference, "DO_NOT_ASSESS", "2026-04-10");

			JsonNode timeline = timeline(reference, "2026-09-01");

			assertThat(timeline.get("state").asText()).isEqualTo("NOT_ASSESSED");
			assertThat(step(timeline, "decideWhetherToAssess").get("status").asText()).isEqualTo("ON_TIME");
			assertThat(timeline.get("steps").findValuesAsText("step")).doesNotContain("advice");
			for (String later : List.of("decideWhetherToIssue", "draftRepresentations", "settingConsultation",
					"finalPlan")) {
				assertThat(step(timeline, later).get("status").asText()).as(later).isEqualTo("NOT_APPLICABLE");
			}
		}

		@Test
		void anIssuedPlanWithNoSettingRequestedIsCompleteAndOnTime() throws Exception {
			String reference = startCase();
			gatherViewsAndDecide(reference, "ASSESS", "2026-04-01");
			receiveAllAdvice(reference, "2026-05-01");
			complete(reference, "Task_DecideWhetherToIssue", "2026-05-04", "decisionToIssue", "ISSUE",
					"decisionToIssueDate", "2026-05-04", "decisionToIssueReasons", "Provision needed.");
			complete(reference, "Task_DraftPlan", "2026-05-11", "draftSectionsComplete",
					List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"), "draftServedDate", "2026-05-11",
					"draftNamesNoSetting", true, "draftSentWithAdvice", true);
			complete(reference, "Task_RecordRepresentations", "2026-05-26", "familyResponse", "NO_RESPONSE",
					"settingRequested", false);
			complete(reference, "Task_IssueFinalPlan", "2026-05-26", "finalPlanIssuedDate", "2026-05-26",
					"namedSettingName", "Riverside Primary School", "settingType", "PRIMARY");

			JsonNode timeline = timeline(reference, "2026-09-01");

			assertThat(timeline.get("state").asText()).isEqualTo("PLAN_ISSUED");
			assertThat(step(timeline, "decideWhetherToIssue").get("completedOn").asText()).isEqualTo("2026-05-04");
			assertThat(step(timeline, "decideWhetherToIssue").get("status").asText()).isEqualTo("ON_TIME");
			JsonNode representations = step(timeline, "draftRepresentations");
			assertThat(representations.get("dueBy").asText()).isEqualTo("2026-05-25");
			assertThat(representations.get("completedOn").asText()).isEqualTo("2026-05-25");
			assertThat(representations.get("status").asText()).isEqualTo("ON_TIME");
			assertThat(step(timeline, "settingConsultation").get("status").asText()).isEqualTo("NOT_APPLICABLE");
			assertThat(step(timeline, "finalPlan").get("completedOn").asText()).isEqualTo("2026-05-26");
			assertThat(step(timeline, "finalPlan").get("status").asText()).isEqualTo("ON_TIME");
			assertThat(timeline.get("steps").findValuesAsText("status")).filteredOn("ON_TIME"::equals).hasSize(9);
		}

		@Test
		void aDecisionTypedInTimeButNotifiedLateShowsLateOnItsNoticeDate() throws Exception {
			// 6 weeks from 2 March 2026 end on Monday 13 April (reg 4(1), 5(1)); the
			// notice went on 15 April.
			String reference = startCase();
			complete(reference, "Task_GatherViews", "2026-03-03", "familyNotifiedDate", "2026-03-03");
			complete(reference, "Task_DecideWhetherToAssess", "2026-04-15", "decisionToAssess", "ASSESS",
					"decisionToAssessDate", "2026-04-13", "decisionToAssessNoticeSentDate", "2026-04-15",
					"decisionToAssessReasons", "Needs may call for special educational provision.",
					"otherAdviceRequested", "");

			JsonNode decision = step(timeline(reference, "2026-04-20"), "decideWhetherToAssess");
			assertThat(decision.path("completedOn").asText()).isEqualTo("2026-04-15");
			assertThat(decision.path("status").asText()).isEqualTo("LATE");
		}

		@Test
		void aRecordedExceptionAppearsOnItsStep() throws Exception {
			String reference = startCase();
			complete(reference, "Task_GatherViews", "2026-03-03", "familyNotifiedDate", "2026-03-03");
			today("2026-03-25");
			runtimeService.createProcessInstanceByKey("recordCaseChange")
				.setVariables(Map.of("caseReference", reference, "changeType", "TIME_LIMIT_EXCEPTION", "changeDate",
						"2026-03-25", "exceptionStep", "decideWhetherToAssess", "exceptionReason", "AWAY_FROM_AREA",
						"exceptionStartDate", "2026-03-20", "exceptionEndDate", "2026-04-30", "exceptionEvidence",
						"Family abroad; letter on file.", "familyToldOfDelay", true))
				.execute();

			JsonNode timeline = timeline(reference, "2026-04-20");

			JsonNode decision = step(timeline, "decideWhetherToAssess");
			assertThat(decision.get("status").asText()).isEqualTo("OVERDUE");
			assertThat(decision.get("exceptions")).singleElement().satisfies(exception -> {
				assertThat(exception.get("reason").asText()).isEqualTo("AWAY_FROM_AREA");
				assertThat(exception.get("regulation").asText()).isEqualTo("SEND Regulations 2014 reg 5(4)(d)");
				assertThat(exception.get("startDate").asText()).isEqualTo("2026-03-20");
				assertThat(exception.get("endDate").asText()).isEqualTo("2026-04-30");
				assertThat(exception.has("evidence")).isFalse();
			});
			assertThat(step(timeline, "finalPlan").get("exceptions")).isEmpty();
			assertThat(timeline.get("exceptions")).hasSize(1);
		}

		@Test
		void aWithdrawnRequestEndsTheTimeline() throws Exception {
			String reference = startCase();
			complete(reference, "Task_GatherViews", "2026-03-03", "familyNotifiedDate", "2026-03-03");
			today("2026-03-20");
			runtimeService.createProcessInstanceByKey("recordCaseChange")
				.setVariables(Map.of("caseReference", reference, "changeType", "WITHDRAWN", "changeDate", "2026-03-19"))
				.execute();

			JsonNode timeline = timeline(reference, "2026-09-01");

			assertThat(timeline.get("state").asText()).isEqualTo("WITHDRAWN");
			assertThat(timeline.get("steps").findValuesAsText("status")).containsOnly("NOT_APPLICABLE");
		}

	}

	@Nested
	class WhoMayRead {

		static final String REQUEST = """
				{"requestReceivedDate": "2026-03-02", "requestSource": "PARENT", "childFirstName": "Zephyrine",
				 "childLastName": "Quillfeather", "childDateOfBirth": "2016-05-14", "nationalCurriculumYear": 4,
				 "parentEmail": "parent@example.org"}""";

		@Autowired
		TestRestTemplate rest;

		@Autowired
		ObjectMapper json;

		String startCase() throws Exception {
			today("2026-03-02");
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<String> started = rest.withBasicAuth("caseworker", "caseworker")
				.postForEntity("/api/assessments", new HttpEntity<>(REQUEST, headers), String.class);
			return json.readTree(started.getBody()).get("caseReference").asText();
		}

		@Test
		void everyoneInASendRole() throws Exception {
			String reference = startCase();
			for (String user : List.of("caseworker", "panel", "manager", "demo")) {
				assertThat(rest.withBasicAuth(user, user)
					.getForEntity("/api/cases/{reference}/timeline", String.class, reference)
					.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
			}
		}

		@Test
		void notAUserInNoSendGroup(@Autowired IdentityService identityService) throws Exception {
			String reference = startCase();
			String userId = "norole" + UUID.randomUUID().toString().substring(0, 8);
			User user = identityService.newUser(userId);
			user.setPassword(userId);
			identityService.saveUser(user);
			try {
				assertThat(rest.withBasicAuth(userId, userId)
					.getForEntity("/api/cases/{reference}/timeline", String.class, reference)
					.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			}
			finally {
				identityService.deleteUser(userId);
			}
		}

		@Test
		void nobodyWithoutCredentials() throws Exception {
			String reference = startCase();
			assertThat(rest.getForEntity("/api/cases/{reference}/timeline", String.class, reference).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void anUnknownReferenceIsNotFoundInPlainWords() throws Exception {
			ResponseEntity<String> response = rest.withBasicAuth("caseworker", "caseworker")
				.getForEntity("/api/cases/{reference}/timeline", String.class, "EHC-1999-99999");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = json.readTree(response.getBody());
			assertThat(problem.get("title").asText()).isEqualTo("Case not found");
			assertThat(problem.get("detail").asText()).isEqualTo("No EHC needs assessment has this case reference.");
		}

		@Test
		void theTimelineNeverNamesTheChild() throws Exception {
			String reference = startCase();
			ResponseEntity<String> response = rest.withBasicAuth("caseworker", "caseworker")
				.getForEntity("/api/cases/{reference}/timeline", String.class, reference);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).contains(reference)
				.doesNotContain("Zephyrine", "Quillfeather", "2016-05-14");
		}

	}

}
