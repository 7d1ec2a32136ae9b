package org.ehcflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.demo.CaseWalker;
import org.ehcflow.demo.CaseWalker.Case;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The timeliness API, the SEN2 export, the metrics and the Tasklist filters over cases
 * walked through the real assessment on the engine clock, read on 1 July 2026 for the
 * first half of 2026:
 * <ul>
 * <li>ON_TIME: received 5 Jan, plan issued 18 May (19 weeks);</li>
 * <li>LATE_WITH_EXCEPTION: received 5 Jan, health's advice a fortnight late, a reg
 * 13(3)(c) exception recorded, plan issued 8 Jun (22 weeks);</li>
 * <li>LATE: received 12 Jan, decided to assess after 7 weeks, plan issued 15 Jun (22
 * weeks);</li>
 * <li>NOT_ASSESSED: received 2 Feb, refused at 5 weeks; WITHDRAWN: received 2 Mar,
 * withdrawn 20 Mar;</li>
 * <li>AT_RISK: received 23 Feb, 20 weeks end 13 Jul, no draft yet (it had to be served by
 * 28 Jun);</li>
 * <li>ADVICE_OVERDUE: received 6 Apr, all five pieces of advice due 1 Jun still
 * awaited;</li>
 * <li>DECISION_SOON: received 25 May, views not yet gathered, due 6 Jul; EARLY: received
 * 10 Jun.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@TestInstance(Lifecycle.PER_CLASS)
class TimelinessApiTests {

	static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	static final String PERIOD = "periodStart=2026-01-01&periodEnd=2026-06-30";

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	final Map<String, Case> cases = new HashMap<>();

	@BeforeAll
	void walkTheCases() {
		CaseWalker walker = new CaseWalker(runtimeService, taskService, ProcessTestSupport.LONDON);
		try {
			Case onTime = walker.start(LocalDate.parse("2026-01-05"), "Ava", "Thompson", 4, "PARENT", "Meadow Lane");
			onTime.gatherViews(onTime.week(0, 2)).decideToAssess(onTime.week(5)).receiveAdvice(onTime.week(10));
			onTime.decideToIssue(onTime.week(14)).draftAndIssue(onTime.week(16), onTime.week(19), "Meadow Lane");
			cases.put("ON_TIME", onTime);

			Case lateWithException = walker.start(LocalDate.parse("2026-01-05"), "Leo", "Okafor", 4, "SETTING",
					"Riverside");
			lateWithException.gatherViews(lateWithException.week(0, 2)).decideToAssess(lateWithException.week(6));
			lateWithException.receiveAdvice(lateWithException.week(11), "PARENT", "EDUCATIONAL", "PSYCHOLOGICAL",
					"SOCIAL_CARE");
			lateWithException.receiveAdvice(lateWithException.week(14), "MEDICAL");
			lateWithException.decideToIssue(lateWithException.week(16));
			lateWithException.exception(lateWithException.week(18), "finalPlan", "EXCEPTIONAL_CIRCUMSTANCES",
					lateWithException.week(17), lateWithException.week(21));
			lateWithException.draftAndIssue(lateWithException.week(19), lateWithException.week(22), "Riverside");
			cases.put("LATE_WITH_EXCEPTION", lateWithException);

			Case late = walker.start(LocalDate.parse("2026-01-12"), "Isla", "Nowak", 4, "PARENT", "Acorns");
			late.gatherViews(late.week(0, 2)).decideToAssess(late.week(7)).receiveAdvice(late.week(12));
			late.decideToIssue(late.week(14)).draftAndIssue(late.week(19), late.week(22), "Acorns");
			cases.put("LATE", late);

			Case notAssessed = walker.start(LocalDate.parse("2026-02-02"), "Noah", "Patel", 4, "PARENT", "Hillcrest");
			notAssessed.gatherViews(notAssessed.week(0, 2)).decideNotToAssess(notAssessed.week(5));
			cases.put("NOT_ASSESSED", notAssessed);

			Case withdrawn = walker.start(LocalDate.parse("2026-03-02"), "Jacob", "Murphy", 4, "PARENT", "Kingsway");
			withdrawn.gatherViews(withdrawn.week(0, 2)).withdraw(LocalDate.parse("2026-03-20"));
			cases.put("WITHDRAWN", withdrawn);

			Case atRisk = walker.start(LocalDate.parse("2026-02-23"), "Maya", "Hughes", 4, "PARENT", "Oakfield");
			atRisk.gatherViews(atRisk.week(0, 2)).decideToAssess(atRisk.week(5)).receiveAdvice(atRisk.week(10));
			atRisk.decideToIssue(atRisk.week(14));
			cases.put("AT_RISK", atRisk);

			Case adviceOverdue = walker.start(LocalDate.parse("2026-04-06"), "Ethan", "Clarke", 4, "PARENT",
					"Westgate");
			adviceOverdue.gatherViews(adviceOverdue.week(0, 2)).decideToAssess(adviceOverdue.week(2));
			cases.put("ADVICE_OVERDUE", adviceOverdue);

			cases.put("DECISION_SOON",
					walker.start(LocalDate.parse("2026-05-25"), "Sofia", "Reid", 4, "PARENT", "St Mary's"));
			Case early = walker.start(LocalDate.parse("2026-06-10"), "Oliver", "Bennett", 4, "PARENT", "Brookside");
			early.gatherViews(early.week(0, 2));
			cases.put("EARLY", early);
		}
		finally {
			ClockUtil.reset();
		}
	}

	@BeforeEach
	void onTheFirstOfJuly() {
		today(TODAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	void resetClockAtTheEnd() {
		ClockUtil.reset();
	}

	String ref(String name) {
		return cases.get(name).reference();
	}

	ResponseEntity<String> get(String user, String path, String accept) {
		HttpHeaders headers = new HttpHeaders();
		if (accept != null) {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
		TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
		return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	JsonNode summary() throws Exception {
		ResponseEntity<String> response = get("manager", "/api/timeliness/summary?" + PERIOD, "application/json");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json.readTree(response.getBody());
	}

	@Nested
	class Summary {

		@Test
		void countsThePlansIssuedWithinTwentyWeeksWithAndWithoutExceptions() throws Exception {
			JsonNode summary = summary();

			assertThat(summary.path("periodStart").asText()).isEqualTo("2026-01-01");
			assertThat(summary.path("periodEnd").asText()).isEqualTo("2026-06-30");
			assertThat(summary.path("plansIssued").asInt()).isEqualTo(3);
			assertThat(summary.path("plansIssuedWithin20Weeks").asInt()).isEqualTo(1);
			assertThat(summary.path("percentWithin20Weeks").asDouble()).isEqualTo(33.3);
			assertThat(summary.path("plansIssuedWithException").asInt()).isEqualTo(1);
			assertThat(summary.path("percentWithin20WeeksExcludingExceptions").asDouble()).isEqualTo(50.0);
			// 133 + 154 + 154 days
			assertThat(summary.path("averageWeeksToIssue").asDouble()).isEqualTo(21.0);
		}

		@Test
		void countsTheDecisionsWithdrawalsAndOpenCases() throws Exception {
			JsonNode summary = summary();

			assertThat(summary.path("requestDecisions").asInt()).isEqualTo(6);
			assertThat(summary.path("requestDecisionsWithin6Weeks").asInt()).isEqualTo(5);
			assertThat(summary.path("decisionsNotToAssess").asInt()).isEqualTo(1);
			assertThat(summary.path("issueDecisions").asInt()).isEqualTo(4);
			assertThat(summary.path("decisionsNotToIssue").asInt()).isEqualTo(0);
			assertThat(summary.path("requestsWithdrawn").asInt()).isEqualTo(1);
			assertThat(summary.path("openAssessments").asInt()).isEqualTo(4);
			assertThat(summary.path("openAssessmentsByWeek").get(3).path("count").asInt()).isEqualTo(1);
			assertThat(summary.path("openAssessmentsByWeek").get(5).path("count").asInt()).isEqualTo(1);
			assertThat(summary.path("openAssessmentsByWeek").get(12).path("count").asInt()).isEqualTo(1);
			assertThat(summary.path("openAssessmentsByWeek").get(18).path("count").asInt()).isEqualTo(1);
		}

		@Test
		void namesTheCaseThatWillMissTwentyWeeksWithItsNextDeadline() throws Exception {
			JsonNode atRisk = summary().path("atRisk");

			assertThat(atRisk).hasSize(1);
			assertThat(atRisk.get(0).path("caseReference").asText()).isEqualTo(ref("AT_RISK"));
			assertThat(atRisk.get(0).path("actBy").asText()).isEqualTo("2026-06-28");
			assertThat(atRisk.get(0).path("finalPlanDueBy").asText()).isEqualTo("2026-07-13");
			assertThat(atRisk.get(0).path("nextStep").asText()).isEqualTo("finalPlan");
		}

		@Test
		void showsHealthsLateAdviceAndTheAdviceStillAwaited() throws Exception {
			JsonNode medical = null;
			for (JsonNode service : summary().path("adviceByService")) {
				if (service.path("service").asText().equals("MEDICAL")) {
					medical = service;
				}
			}
			assertThat(medical).isNotNull();
			assertThat(medical.path("due").asInt()).isEqualTo(5);
			assertThat(medical.path("onTime").asInt()).isEqualTo(3);
			assertThat(medical.path("late").asInt()).isEqualTo(2);
			assertThat(medical.path("awaitedPastDue").asInt()).isEqualTo(1);
			assertThat(medical.path("percentOnTime").asDouble()).isEqualTo(60.0);
		}

		@Test
		void theCsvHasTheSameNumbersAsTheJson() throws Exception {
			JsonNode summary = summary();
			ResponseEntity<String> csv = get("manager", "/api/timeliness/summary?" + PERIOD, "text/csv");
			ResponseEntity<String> dotCsv = get("manager", "/api/timeliness/summary.csv?" + PERIOD, null);

			assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
			assertThat(dotCsv.getBody()).isEqualTo(csv.getBody());
			Map<String, String> rows = new HashMap<>();
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv.getBody()))) {
				rows.put(row.get("measure"), row.get("value"));
			}
			assertThat(rows).containsEntry("plansIssued", "3")
				.containsEntry("percentWithin20Weeks", "33.3")
				.containsEntry("percentWithin20WeeksExcludingExceptions", "50.0")
				.containsEntry("openAssessmentsByWeek.20+.count", "0")
				.containsEntry("adviceByService.MEDICAL.late", "2")
				.containsEntry("atRisk." + ref("AT_RISK") + ".actBy", "2026-06-28")
				.containsEntry("reviews.reviewsOverdue", "0");
			assertThat(rows).isEqualTo(SummaryCsv.flatten(summary));
		}

		@Test
		void listsTheCasesBehindANumber() throws Exception {
			ResponseEntity<String> response = get("manager", "/api/timeliness/cases?measure=plansIssuedLate&" + PERIOD,
					"application/json");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			JsonNode list = json.readTree(response.getBody());
			assertThat(list.path("count").asInt()).isEqualTo(2);
			assertThat(list.path("cases").findValuesAsText("caseReference"))
				.containsExactlyInAnyOrder(ref("LATE_WITH_EXCEPTION"), ref("LATE"));
			assertThat(response.getBody()).doesNotContain("Okafor", "Nowak");
		}

		@Test
		void defaultsToTheTwelveMonthsEndingToday() throws Exception {
			JsonNode summary = json.readTree(get("manager", "/api/timeliness/summary", "application/json").getBody());

			assertThat(summary.path("periodStart").asText()).isEqualTo("2025-07-02");
			assertThat(summary.path("periodEnd").asText()).isEqualTo("2026-07-01");
			assertThat(summary.path("monthlyTrend")).hasSize(12);
		}

	}

	@Nested
	class BadRequests {

		@Test
		void aDateThatIsNotADateIsNamed() throws Exception {
			ResponseEntity<String> response = get("manager",
					"/api/timeliness/summary?periodStart=2026-13-01&periodEnd=soon", "application/json");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
				.containsExactlyInAnyOrder("periodStart", "periodEnd");
		}

		@Test
		void aStartAfterTheEndIsRefused() throws Exception {
			ResponseEntity<String> response = get("manager",
					"/api/timeliness/summary.csv?periodStart=2026-06-01&periodEnd=2026-05-01", null);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).contains("periodStart", "on or before periodEnd");
		}

		@Test
		void anUnknownMeasureIsRefusedWithTheKnownOnes() {
			ResponseEntity<String> response = get("manager", "/api/timeliness/cases?measure=everything",
					"application/json");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).contains("measure", "plansIssuedLate");
		}

		@Test
		void aYearThatIsNotACollectionYearIsNamed() throws Exception {
			for (String year : List.of("20x6", "1999", "")) {
				ResponseEntity<String> response = get("manager", "/api/sen2/export?year=" + year, null);

				assertThat(response.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(json.readTree(response.getBody()).path("errors").get(0).path("field").asText())
					.isEqualTo("year");
			}
		}

	}

	@Nested
	class WhoMayRead {

		@Test
		void caseworkersAndManagersMaySeeTimelinessAndThePanelMayNot() {
			assertThat(get("caseworker", "/api/timeliness/summary", "application/json").getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(get("panel", "/api/timeliness/summary", "application/json").getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(get(null, "/api/timeliness/summary", "application/json").getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void onlyManagersAndAdministratorsMayExportSen2() {
			assertThat(get("caseworker", "/api/sen2/export?year=2027", null).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(get("demo", "/api/sen2/export?year=2027", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		}

		@Test
		void prometheusShowsTheGaugesToManagersOnly() {
			ResponseEntity<String> metrics = get("manager", "/actuator/prometheus", null);

			assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(metrics.getBody()).contains("ehcflow_plans_issued ", "ehcflow_assessments_open ",
					"ehcflow_plans_within20weeks_percent{exceptions=\"excluded\"", "ehcflow_advice_on_time_percent{",
					"ehcflow_reviews_overdue ");
			assertThat(get("caseworker", "/actuator/prometheus", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(get(null, "/actuator/prometheus", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

	}

	@Nested
	class Sen2 {

		List<CSVRecord> export(String year) throws Exception {
			ResponseEntity<String> response = get("manager", "/api/sen2/export?year=" + year, null);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(response.getBody()))
				.getRecords();
		}

		@Test
		void hasTheSen2ItemNamesAsColumnsAndNoNames() throws Exception {
			ResponseEntity<String> response = get("manager", "/api/sen2/export?year=2027", null);

			assertThat(response.getBody().lines().findFirst().orElseThrow())
				.isEqualTo(String.join(",", Sen2Export.COLUMNS));
			assertThat(response.getBody()).doesNotContain("Okafor", "Leo", "example.org");
		}

		@Test
		void reportsEachRequestOfTheReferencePeriod() throws Exception {
			List<CSVRecord> rows = export("2027");

			assertThat(rows).hasSize(9);
			CSVRecord row = rows.stream()
				.filter(r -> r.get("CaseReference").equals(ref("LATE_WITH_EXCEPTION")))
				.findFirst()
				.orElseThrow();
			assertThat(row.toMap()).containsEntry("ReceivedDate", "2026-01-05")
				.containsEntry("RequestSource", "SETTING")
				.containsEntry("RequestOutcomeDate", "2026-02-16")
				.containsEntry("RequestOutcome", "ASSESS")
				.containsEntry("Exported", "0")
				.containsEntry("AssessmentOutcome", "PLAN_ISSUED")
				.containsEntry("AssessmentOutcomeDate", "2026-06-08")
				.containsEntry("Week20", "1")
				.containsEntry("StartDate", "2026-06-08")
				.containsEntry("CeaseDate", "");
			assertThat(rows.stream()
				.filter(r -> r.get("CaseReference").equals(ref("WITHDRAWN")))
				.findFirst()
				.orElseThrow()
				.toMap()).containsEntry("RequestOutcome", "WITHDRAWN")
				.containsEntry("RequestOutcomeDate", "2026-03-20");
			assertThat(rows.stream()
				.filter(r -> r.get("CaseReference").equals(ref("NOT_ASSESSED")))
				.findFirst()
				.orElseThrow()
				.toMap()).containsEntry("RequestOutcome", "NOT_ASSESS").containsEntry("AssessmentOutcome", "");
		}

		@Test
		void aRequestStillOpenOnCensusDayIsPendingAndNothingLaterIsKnown() throws Exception {
			assertThat(Sen2Export.censusDay(2026)).isEqualTo(LocalDate.of(2026, 1, 15));
			List<CSVRecord> rows = export("2026");

			assertThat(rows).extracting(r -> r.get("CaseReference"))
				.containsExactlyInAnyOrder(ref("ON_TIME"), ref("LATE_WITH_EXCEPTION"), ref("LATE"));
			assertThat(rows).allSatisfy(row -> {
				assertThat(row.get("RequestOutcome")).isEqualTo("PENDING");
				assertThat(row.get("RequestOutcomeDate")).isEmpty();
				assertThat(row.get("StartDate")).isEmpty();
			});
		}

		@Test
		void aYearBeforeEveryRequestIsEmpty() throws Exception {
			assertThat(export("2025")).isEmpty();
		}

	}

	@Nested
	class Filters {

		List<Task> tasksOf(String filterName) {
			Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
			assertThat(filter).as(filterName).isNotNull();
			return filterService.list(filter.getId());
		}

		List<Task> openTasks(String caseName) {
			return taskService.createTaskQuery().processInstanceBusinessKey(ref(caseName)).list();
		}

		@Test
		void overdueHoldsEveryTaskPastItsDeadlineTheOldestFirst() {
			List<Task> overdue = tasksOf(TasklistFilters.OVERDUE);

			assertThat(overdue).extracting(Task::getId)
				.containsAll(openTasks("ADVICE_OVERDUE").stream().map(Task::getId).toList())
				.doesNotContainAnyElementsOf(openTasks("EARLY").stream().map(Task::getId).toList());
			assertThat(overdue).extracting(Task::getDueDate).isSorted();
		}

		@Test
		void dueInTheNextSevenDaysHoldsTheDecisionComingDue() {
			assertThat(tasksOf(TasklistFilters.DUE_IN_7_DAYS)).extracting(Task::getId)
				.containsExactlyElementsOf(openTasks("DECISION_SOON").stream().map(Task::getId).toList());
		}

		@Test
		void adviceOverdueHoldsTheAwaitedAdviceByService() {
			List<Task> advice = tasksOf(TasklistFilters.ADVICE_OVERDUE);

			assertThat(advice).hasSize(5)
				.allSatisfy(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordAdvice"));
			List<String> services = advice.stream()
				.map(task -> (String) taskService.getVariable(task.getId(), "adviceServiceName"))
				.toList();
			assertThat(services).isSorted();
		}

		@Test
		void theReviewFiltersExistAndFindNoWorkBeforeThereAreReviews() {
			assertThat(tasksOf(TasklistFilters.REVIEWS_DUE_THIS_MONTH)).isEmpty();
			assertThat(tasksOf(TasklistFilters.PHASE_TRANSFERS_AT_RISK)).isEmpty();
		}

		@Test
		void eachFilterIsSharedWithTheGroupsThatUseItOnce() {
			Filter advice = filterService.createFilterQuery().filterName(TasklistFilters.ADVICE_OVERDUE).singleResult();
			assertThat(authorizationService.createAuthorizationQuery()
				.resourceType(Resources.FILTER)
				.resourceId(advice.getId())
				.list()).extracting(a -> a.getGroupId()).containsExactlyInAnyOrder("send-caseworkers", "send-managers");
			Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
			assertThat(authorizationService.createAuthorizationQuery()
				.resourceType(Resources.FILTER)
				.resourceId(overdue.getId())
				.list()).extracting(a -> a.getGroupId())
				.containsExactlyInAnyOrder("send-caseworkers", "send-panel", "send-managers");
		}

	}

}
