package org.ehcflow.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.advice.AdviceLinks;
import org.ehcflow.advice.AdviceRequests;
import org.ehcflow.advice.PortalBrowser;
import org.ehcflow.advice.PortalBrowser.Form;
import org.ehcflow.advice.PortalBrowser.Page;
import org.ehcflow.advice.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bad-input table: every way a person can get something wrong, through every way in —
 * the JSON API, Tasklist's forms (as Tasklist submits them, through the engine's REST
 * API), the advice directory's CSV import and the advice portal. Each row asserts the
 * specific message (which field, why) and that nothing changed: no new process instance,
 * the task still open, no email queued, nothing stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BadInputTests {

	static final String RECEIVED = "2026-03-02";

	static final String LONG_4001 = "x".repeat(4001);

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	AdviceLinks links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** What must not change when input is refused. */
	record Snapshot(long instances, long historicInstances, long emailsQueued, long submissions, long services) {
	}

	Snapshot snapshot() {
		return new Snapshot(runtimeService.createProcessInstanceQuery().count(),
				historyService.createHistoricProcessInstanceQuery().count(), count("outbox_message"),
				count("advice_submission"), count("advice_service"));
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	record Answer(int status, String body) {

		JsonNode json(ObjectMapper mapper) {
			try {
				return mapper.readTree(body);
			}
			catch (Exception ex) {
				throw new AssertionError("not JSON: " + body, ex);
			}
		}

	}

	Answer send(String user, String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			var response = http.send(request.build(), BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The problem of one field, in our API's problem detail ({@code errors}) or the
	 * engine's ({@code problems}).
	 */
	void assertProblem(Answer answer, String field, String message) {
		JsonNode body = answer.json(json);
		JsonNode problems = body.has("errors") ? body.get("errors") : body.get("problems");
		assertThat(problems).as(answer.body()).isNotNull();
		assertThat(problems.findValuesAsText("field")).as(answer.body()).contains(field);
		boolean found = false;
		for (JsonNode problem : problems) {
			found |= problem.get("field").asText().equals(field) && problem.get("message").asText().contains(message);
		}
		assertThat(found).as("%s: %s in %s", field, message, answer.body()).isTrue();
		assertThat(answer.body()).doesNotContain("Exception:", "ENGINE-", "at org.");
	}

	static Arguments row(String what, Object... rest) {
		Object[] arguments = new Object[rest.length + 1];
		arguments[0] = what;
		System.arraycopy(rest, 0, arguments, 1, rest.length);
		return Arguments.of(arguments);
	}

	@Nested
	class TheJsonApi {

		@BeforeEach
		void onTheDayTheRequestArrives() {
			today(RECEIVED);
		}

		static Stream<Arguments> badRequests() {
			return Stream.of(
					row("request date missing", change(r -> r.remove("requestReceivedDate")), "requestReceivedDate",
							"is required"),
					row("request date in the future", change(r -> r.put("requestReceivedDate", "2026-03-03")),
							"requestReceivedDate", "must not be in the future"),
					row("request date before EHC plans began", change(r -> r.put("requestReceivedDate", "2014-08-31")),
							"requestReceivedDate", "must not be before 1 September 2014"),
					row("request date not a date", change(r -> r.put("requestReceivedDate", "2 March 2026")),
							"requestReceivedDate", "must be a date like 2026-03-02"),
					row("request before the child was born", change(r -> {
						r.put("childDateOfBirth", "2026-03-05");
						r.put("nationalCurriculumYear", null);
					}), "childDateOfBirth", "must not be after the date the request was received"),
					row("a young person over 25", change(r -> {
						r.put("childDateOfBirth", "1999-01-01");
						r.put("nationalCurriculumYear", null);
					}), "childDateOfBirth", "aged 25 or over"),
					row("a young person on their 25th birthday (CFA 2014 s83(2): under 25)", change(r -> {
						r.put("childDateOfBirth", "2001-03-02");
						r.put("nationalCurriculumYear", null);
					}), "childDateOfBirth", "under 25 (Children and Families Act 2014 s83(2))"),
					row("first name over 100 characters", change(r -> r.put("childFirstName", "x".repeat(101))),
							"childFirstName", "must be at most 100 characters"),
					row("summary over 4,000 characters", change(r -> r.put("requestSummary", LONG_4001)),
							"requestSummary", "must be at most 4000 characters"),
					row("year group as text", change(r -> r.put("nationalCurriculumYear", "Year 4")),
							"nationalCurriculumYear", "from -2 to 14"),
					row("unknown request source", change(r -> r.put("requestSource", "NEIGHBOUR")), "requestSource",
							"must be one of PARENT"),
					row("parent's email malformed", change(r -> r.put("parentEmail", "parent-at-example.org")),
							"parentEmail", "must be an email address"),
					row("last name a number", change(r -> r.put("childLastName", 42)), "childLastName", "must be text"),
					row("consent as words", change(r -> r.put("consentToShareInformation", "yes please")),
							"consentToShareInformation", "must be true or false"),
					row("a case reference with spaces", change(r -> r.put("caseReference", "ehc 42!")), "caseReference",
							"capital letters, digits and hyphens"),
					row("a field that does not exist", change(r -> r.put("childNickname", "Sammy")), "childNickname",
							"is not a field of a request"));
		}

		static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
			return change;
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badRequests")
		void aRequestIsRefusedNamingTheField(String what, Consumer<Map<String, Object>> change, String field,
				String message) throws Exception {
			Map<String, Object> request = request(RECEIVED);
			change.accept(request);
			Snapshot before = snapshot();

			Answer answer = send("caseworker", "POST", "/api/assessments", "application/json",
					json.writeValueAsString(request));

			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertProblem(answer, field, message);
			assertThat(snapshot()).isEqualTo(before);
		}

		static Stream<Arguments> unreadable() {
			return Stream.of(
					row("malformed JSON", "{\"requestReceivedDate\": \"2026-03-02\",", "application/json", 400,
							"The body is not valid JSON (line 1"),
					row("a JSON list", "[]", "application/json", 400, "must be a JSON object"),
					row("an empty body", "", "application/json", 400, "The body is empty"),
					row("a form instead of JSON", "requestReceivedDate=2026-03-02", "application/x-www-form-urlencoded",
							415, "Content-Type: application/json"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("unreadable")
		void aBodyThatIsNoRequestIsRefusedInPlainWords(String what, String body, String contentType, int status,
				String message) {
			Snapshot before = snapshot();

			Answer answer = send("caseworker", "POST", "/api/assessments", contentType, body);

			assertThat(answer.status()).isEqualTo(status);
			assertThat(answer.json(json).get("detail").asText()).contains(message);
			assertThat(answer.body()).doesNotContain("Exception", "at org.");
			assertThat(snapshot()).isEqualTo(before);
		}

		static Stream<Arguments> unknownCases() {
			return Stream.of(row("a timeline", "caseworker", "/api/cases/EHC-1999-99999/timeline"),
					row("an audit trail", "manager", "/api/cases/EHC-1999-99999/audit"),
					row("a reference that is no reference", "caseworker", "/api/cases/%3Cscript%3E/timeline"));
		}

		@ParameterizedTest(name = "{0} of an unknown case")
		@MethodSource("unknownCases")
		void anUnknownCaseIsNotFound(String what, String user, String path) {
			Snapshot before = snapshot();

			Answer answer = send(user, "GET", path, null, null);

			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.json(json).get("detail").asText())
				.isEqualTo("No EHC needs assessment has this case reference.");
			assertThat(answer.body()).doesNotContain("<script>", "Exception");
			assertThat(snapshot()).isEqualTo(before);
		}

	}

	/**
	 * Tasklist submits each form to the engine's REST API; /engine-rest answers the same
	 * way.
	 */
	@Nested
	class TasklistForms {

		static final Map<String, Object> VIEWS = Map.of("familyNotifiedDate", "2026-03-03", "settingNotified", true,
				"healthNotified", true, "socialCareNotified", true);

		static final Map<String, Object> DECISION = Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate",
				"2026-03-10", "decisionToAssessReasons", "Needs may call for special educational provision.");

		enum Stage {

			/** Task_GatherViews, on 3 March 2026, as a caseworker. */
			GATHER_VIEWS,

			/** Task_DecideWhetherToAssess, on 10 March 2026, as the panel. */
			DECIDE_WHETHER_TO_ASSESS,

			/**
			 * The start form of recordCaseChange for an open case, on 10 March 2026, as a
			 * caseworker.
			 */
			CASE_CHANGE,

			/** The start form of a new assessment, on 2 March 2026, as a caseworker. */
			NEW_CASE,

			/** The start form of recordPlanChange, on 2 March 2026, as a caseworker. */
			PLAN_CHANGE

		}

		static Stream<Arguments> badForms() {
			return Stream.of(row("family told in the future", Stage.GATHER_VIEWS,
					with(VIEWS, "familyNotifiedDate", "2026-03-04"), "familyNotifiedDate", "must not be in the future"),
					row("family told before the request", Stage.GATHER_VIEWS,
							with(VIEWS, "familyNotifiedDate", "2026-03-01"), "familyNotifiedDate",
							"must not be before the date the request was received"),
					row("family told on no date", Stage.GATHER_VIEWS, with(VIEWS, "familyNotifiedDate", null),
							"familyNotifiedDate", "is required"),
					row("family told on 03/03/2026", Stage.GATHER_VIEWS,
							with(VIEWS, "familyNotifiedDate", "03/03/2026"), "familyNotifiedDate",
							"must be a date like 2026-03-02"),
					row("family's views over 4,000 characters", Stage.GATHER_VIEWS,
							with(VIEWS, "familyViews", LONG_4001), "familyViews", "must be at most 4000 characters"),
					row("decision before the request", Stage.DECIDE_WHETHER_TO_ASSESS,
							with(DECISION, "decisionToAssessDate", "2026-02-27"), "decisionToAssessDate",
							"must not be before the date the request was received"),
					row("decision in the future", Stage.DECIDE_WHETHER_TO_ASSESS,
							with(DECISION, "decisionToAssessDate", "2026-03-11"), "decisionToAssessDate",
							"must not be in the future"),
					row("no decision chosen", Stage.DECIDE_WHETHER_TO_ASSESS, with(DECISION, "decisionToAssess", null),
							"decisionToAssess", "must be one of ASSESS, DO_NOT_ASSESS"),
					row("a decision that is no choice", Stage.DECIDE_WHETHER_TO_ASSESS,
							with(DECISION, "decisionToAssess", "MAYBE"), "decisionToAssess",
							"must be one of ASSESS, DO_NOT_ASSESS"),
					row("no reasons", Stage.DECIDE_WHETHER_TO_ASSESS, with(DECISION, "decisionToAssessReasons", " "),
							"decisionToAssessReasons", "is required"),
					row("reasons over 4,000 characters", Stage.DECIDE_WHETHER_TO_ASSESS,
							with(DECISION, "decisionToAssessReasons", LONG_4001), "decisionToAssessReasons",
							"must be at most 4000 characters"),
					row("other advice's email malformed", Stage.DECIDE_WHETHER_TO_ASSESS,
							with(DECISION, "otherAdviceEmail", "ot at example"), "otherAdviceEmail",
							"must be an email address"),
					row("a change to an unknown case", Stage.CASE_CHANGE,
							Map.of("caseReference", "EHC-1999-99999", "changeType", "WITHDRAWN", "changeDate",
									"2026-03-10"),
							"caseReference", "no open assessment has the reference EHC-1999-99999"),
					row("a change dated in the future", Stage.CASE_CHANGE,
							Map.of("caseReference", "{case}", "changeType", "WITHDRAWN", "changeDate", "2026-03-11"),
							"changeDate", "must not be in the future"),
					row("a change before the request", Stage.CASE_CHANGE,
							Map.of("caseReference", "{case}", "changeType", "WITHDRAWN", "changeDate", "2026-03-01"),
							"changeDate", "must not be before the date the request was received"),
					row("a kind of change that does not exist", Stage.CASE_CHANGE,
							Map.of("caseReference", "{case}", "changeType", "MARRIED", "changeDate", "2026-03-10"),
							"changeType", "must be one of MOVED_OUT_OF_AREA, TIME_LIMIT_EXCEPTION, WITHDRAWN"),
					row("an exception the law does not allow for that limit", Stage.CASE_CHANGE,
							exception("SETTING_CLOSED", "advice"), "exceptionReason", "is not a lawful exception"),
					row("an exception without evidence", Stage.CASE_CHANGE,
							with(exception("EXCEPTIONAL_CIRCUMSTANCES", "decideWhetherToAssess"), "exceptionEvidence",
									""),
							"exceptionEvidence", "is required"),
					row("an exception the family was not told of", Stage.CASE_CHANGE,
							with(exception("EXCEPTIONAL_CIRCUMSTANCES", "decideWhetherToAssess"), "familyToldOfDelay",
									false),
							"familyToldOfDelay", "the family must be told"),
					row("a request received in the future", Stage.NEW_CASE,
							with(request(RECEIVED), "requestReceivedDate", "2026-03-03"), "requestReceivedDate",
							"must not be in the future"),
					row("an absence from the area shorter than 4 weeks", Stage.CASE_CHANGE,
							with(exception("AWAY_FROM_AREA", "decideWhetherToAssess"), "exceptionEndDate",
									"2026-03-31"),
							"exceptionEndDate", "at least 4 weeks in a row"),
					row("a closure shorter than 4 weeks", Stage.CASE_CHANGE,
							with(with(exception("SETTING_CLOSED", "decideWhetherToAssess"), "exceptionEndDate",
									"2026-03-31"), "exceptionAdviceAskedDate", "2026-03-04"),
							"exceptionEndDate", "closed for at least 4 weeks in a row"),
					row("a young person aged 25 on the day of the request", Stage.NEW_CASE,
							with(with(request(RECEIVED), "childDateOfBirth", "2001-03-02"), "nationalCurriculumYear",
									null),
							"childDateOfBirth", "under 25"),
					row("a plan corrected that is not maintained here", Stage.PLAN_CHANGE,
							Map.of("caseReference", "EHC-1999-99998", "planChangeDate", "2026-03-02", "settingType",
									"PRIMARY", "planChangeReason", "Recorded as Other in error."),
							"caseReference", "no maintained EHC plan has the reference EHC-1999-99998"),
					row("a plan correction dated in the future", Stage.PLAN_CHANGE,
							Map.of("caseReference", "EHC-1999-99998", "planChangeDate", "2026-03-03", "settingType",
									"PRIMARY", "planChangeReason", "Recorded as Other in error."),
							"planChangeDate", "must not be in the future"),
					row("a request before the child was born", Stage.NEW_CASE,
							with(with(request(RECEIVED), "childDateOfBirth", "2026-03-05"), "nationalCurriculumYear",
									null),
							"childDateOfBirth", "must not be after"));
		}

		static Map<String, Object> exception(String reason, String step) {
			Map<String, Object> change = new HashMap<>(
					Map.of("caseReference", "{case}", "changeType", "TIME_LIMIT_EXCEPTION", "changeDate", "2026-03-10",
							"exceptionStep", step, "exceptionReason", reason, "exceptionStartDate", "2026-03-05",
							"exceptionEvidence", "The family's letter of 4 March.", "familyToldOfDelay", true));
			return change;
		}

		static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
			Map<String, Object> changed = new LinkedHashMap<>(values);
			if (value == null) {
				changed.remove(name);
			}
			else {
				changed.put(name, value);
			}
			return changed;
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badForms")
		void aFormIsRefusedNamingTheFieldAndTheTaskStaysOpen(String what, Stage stage, Map<String, Object> values,
				String field, String message) throws Exception {
			today(RECEIVED);
			ProcessInstance assessment = stage == Stage.NEW_CASE || stage == Stage.PLAN_CHANGE ? null : caseAt(stage);
			Task task = assessment == null || stage == Stage.CASE_CHANGE ? null
					: taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult();
			Map<String, Object> form = new LinkedHashMap<>(values);
			form.replaceAll((name, value) -> "{case}".equals(value) ? assessment.getBusinessKey() : value);
			String path = switch (stage) {
				case GATHER_VIEWS, DECIDE_WHETHER_TO_ASSESS -> "/engine-rest/task/" + task.getId() + "/submit-form";
				case CASE_CHANGE -> "/engine-rest/process-definition/key/recordCaseChange/submit-form";
				case NEW_CASE -> "/engine-rest/process-definition/key/ehcNeedsAssessment/submit-form";
				case PLAN_CHANGE -> "/engine-rest/process-definition/key/recordPlanChange/submit-form";
			};
			String user = stage == Stage.DECIDE_WHETHER_TO_ASSESS ? "panel" : "caseworker";
			Snapshot before = snapshot();

			Answer answer = send(user, "POST", path, "application/json", variables(form));

			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertProblem(answer, field, message);
			assertThat(snapshot()).isEqualTo(before);
			if (task != null) {
				assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open")
					.isOne();
				assertThat(runtimeService.getVariable(assessment.getId(), field)).as("nothing was stored").isNull();
			}
		}

		ProcessInstance caseAt(Stage stage) {
			today(RECEIVED);
			ProcessInstance assessment = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(request(RECEIVED))
				.execute();
			today("2026-03-03");
			if (stage == Stage.GATHER_VIEWS) {
				return assessment;
			}
			taskService.complete(
					taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult().getId(), VIEWS);
			today("2026-03-10");
			return assessment;
		}

		String variables(Map<String, Object> form) throws Exception {
			Map<String, Object> variables = new LinkedHashMap<>();
			form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type",
					value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String")));
			return json.writeValueAsString(Map.of("variables", variables));
		}

	}

	/**
	 * {@code POST /api/advice-services/import}: all lines or none, each problem named by
	 * line and column.
	 */
	@Nested
	class AdviceDirectoryImport {

		static final String HEADER = "code,name,intake_email,manager_email,active\n";

		static final String GOOD_LINE = "MEDICAL,Designated Clinical Officer,dco@health.example.org,,true\n";

		static Stream<Arguments> badFiles() {
			return Stream.of(row("an empty file", "", "file", "is empty"),
					row("the wrong columns", "code,name,email\nMEDICAL,DCO,dco@health.example.org\n", "line 1",
							"the header must name the columns code,name,intake_email,manager_email,active"),
					row("a header and nothing else", HEADER, "file", "has a header but no services"),
					row("an intake address that is none",
							HEADER + GOOD_LINE + "PSYCHOLOGICAL,Educational Psychology,eps at council,,true\n",
							"line 3: intake_email", "must be an email address"),
					row("a service that does not exist", HEADER + "ASTROLOGY,Stars,stars@example.org,,true\n",
							"line 2: code", "must be one of"),
					row("a service without a name", HEADER + "SENSORY,,sensory@example.org,,true\n", "line 2: name",
							"is required"),
					row("a name over 200 characters",
							HEADER + "SENSORY," + "x".repeat(201) + ",sensory@example.org,,true\n", "line 2: name",
							"must be at most 200 characters"),
					row("active neither true nor false", HEADER + "SENSORY,Sensory,sensory@example.org,,maybe\n",
							"line 2: active", "must be true or false"),
					row("the same service twice", HEADER + GOOD_LINE + GOOD_LINE, "line 3: code",
							"MEDICAL is already on line 2"),
					row("a line with too few values", HEADER + GOOD_LINE + "SENSORY,Sensory\n", "line 3",
							"must have 5 values, has 2"),
					row("a quote never closed", HEADER + GOOD_LINE + "SENSORY,\"Sensory,s@example.org,,true\n", "file",
							"is not valid CSV: a value in quotes starting on line 3 has no closing quote"),
					row("text after a closing quote", HEADER + "SENSORY,\"Sensory\" team,s@example.org,,true\n", "file",
							"has text after its closing quote"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badFiles")
		void aFileIsRefusedNamingTheLineAndColumnAndNothingIsImported(String what, String csv, String field,
				String message) {
			Snapshot before = snapshot();

			Answer answer = send("demo", "POST", "/api/advice-services/import", "text/csv", csv);

			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertProblem(answer, field, message);
			assertThat(snapshot()).isEqualTo(before);
		}

	}

	/**
	 * {@code POST /api/plans/import}: each bad line is named by line and column and
	 * nothing of it is created; a file with no good line is refused as a whole (400).
	 */
	@Nested
	class PlanImport {

		static final String HEADER = "caseReference,childFirstName,childLastName,childDateOfBirth,"
				+ "nationalCurriculumYear,planIssuedDate,lastReviewDecisionDate,settingName,settingType,caseworker\n";

		static String line(String reference, String born, String year, String issued, String reviewed, String setting,
				String type) {
			return String.join(",", reference, "Ava", "Example", born, year, issued, reviewed, setting, type,
					"caseworker") + "\n";
		}

		static Stream<Arguments> badFiles() {
			return Stream.of(row("an empty plan file", "", "file", "is empty"),
					row("a plan file with the wrong columns", "reference,name\nBAD-1,Ava\n", "header",
							"must name the columns"),
					row("a plan line with too few values", HEADER + "BAD-00001,Ava,Example\n", "row",
							"must have 10 values, has 3"),
					row("a case reference that is none",
							HEADER + line("ehc 42", "2016-05-14", "4", "2025-01-15", "", "Riverside Primary",
									"PRIMARY"),
							"caseReference", "must be 3 to 40 capital letters, digits and hyphens"),
					row("a plan date that is not a date",
							HEADER + line("BAD-00002", "2016-05-14", "4", "15/01/2025", "", "Riverside Primary",
									"PRIMARY"),
							"planIssuedDate", "must be a date like 2026-03-02"),
					row("a plan issued in the future",
							HEADER + line("BAD-00003", "2016-05-14", "4", "2027-01-15", "", "Riverside Primary",
									"PRIMARY"),
							"planIssuedDate", "must not be in the future"),
					row("a plan issued before the child was born",
							HEADER + line("BAD-00004", "2016-05-14", "4", "2016-01-15", "", "Riverside Primary",
									"PRIMARY"),
							"planIssuedDate", "must not be before the date of birth"),
					row("a review decided before the plan was issued",
							HEADER + line("BAD-00005", "2016-05-14", "4", "2025-01-15", "2024-12-01",
									"Riverside Primary", "PRIMARY"),
							"lastReviewDecisionDate", "must not be before the plan was issued"),
					row("a year group that does not exist",
							HEADER + line("BAD-00006", "2016-05-14", "Year 15", "2025-01-15", "", "Riverside Primary",
									"PRIMARY"),
							"nationalCurriculumYear", "must be one of"),
					row("a setting type that does not exist",
							HEADER + line("BAD-00007", "2016-05-14", "4", "2025-01-15", "", "Riverside Primary",
									"ACADEMY"),
							"settingType", "must be one of"),
					row("a setting name over 200 characters",
							HEADER + line("BAD-00008", "2016-05-14", "4", "2025-01-15", "", "x".repeat(201), "PRIMARY"),
							"settingName", "must be at most 200 characters"),
					row("a caseworker nobody knows",
							HEADER + "BAD-00009,Ava,Example,2016-05-14,4,2025-01-15,,"
									+ "Riverside Primary,PRIMARY,nobody\n",
							"caseworker", "no EHC Flow user has the id nobody"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badFiles")
		void aPlanFileIsRefusedNamingTheLineAndColumnAndNothingIsStarted(String what, String csv, String field,
				String message) {
			today("2026-03-02");
			Snapshot before = snapshot();

			Answer answer = send("caseworker", "POST", "/api/plans/import", "text/csv", csv);

			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertProblem(answer, field, message);
			assertThat(answer.json(json).path("created")).as(answer.body()).isEmpty();
			assertThat(snapshot()).isEqualTo(before);
		}

	}

	/**
	 * The advice portal, {@code /advice/{token}}: no account, so every refusal is a page
	 * in plain words.
	 */
	@Nested
	class AdvicePortal {

		static final int TEN_MB = 10 * 1024 * 1024;

		AdviceRequests cases;

		PortalBrowser browser;

		ProcessInstance adviceRequest;

		String token;

		@BeforeEach
		void anEducationalPsychologistHasTheirLink() {
			cases = new AdviceRequests(runtimeService, taskService, managementService, links, clock);
			browser = new PortalBrowser(port);
			adviceRequest = cases.adviceRequested("PSYCHOLOGICAL");
			token = cases.linkTo(adviceRequest, Duration.ofDays(60));
		}

		static Stream<Arguments> badAnswers() {
			return Stream.of(
					row("a program renamed .pdf",
							Form.of("outcome", "NEW_ADVICE")
								.file("document", "advice.pdf", "application/pdf", TestDocuments.executable()),
							"is not a PDF or Word document, even though its name ends in .pdf"),
					row("a Word document with macros renamed .docx",
							Form.of("outcome", "NEW_ADVICE")
								.file("document", "advice.docx", "application/octet-stream",
										TestDocuments.docx("word/vbaProject.bin")),
							"a Word document with macros, which we cannot accept"),
					row("a spreadsheet",
							Form.of("outcome", "NEW_ADVICE")
								.file("document", "advice.xlsx", "application/octet-stream", TestDocuments.xlsx()),
							"must be a PDF (.pdf) or Word document (.docx or .doc)"),
					row("a file over 10 MB",
							Form.of("outcome", "NEW_ADVICE")
								.file("document", "big.pdf", "application/pdf", TestDocuments.pdfOfSize(TEN_MB + 1)),
							"must be 10 MB or smaller"),
					row("an empty file",
							Form.of("outcome", "NEW_ADVICE")
								.file("document", "advice.pdf", "application/pdf", new byte[0]),
							"The selected file is empty"),
					row("nothing chosen", Form.of("adviceText", "Advice.").noFile("document"),
							"Select what you are sending us"),
					row("an answer that is no choice",
							Form.of("outcome", "BRIBE", "adviceText", "Advice.").noFile("document"),
							"Select what you are sending us"),
					row("advice over 4,000 characters",
							Form.of("outcome", "NEW_ADVICE", "adviceText", LONG_4001).noFile("document"),
							"Your advice must be 4,000 characters or fewer"),
					row("new advice with nothing in it",
							Form.of("outcome", "NEW_ADVICE", "adviceText", " ").noFile("document"),
							"Write your advice or attach a document"),
					row("existing advice without saying which",
							Form.of("outcome", "EXISTING_ADVICE_APPLIES").noFile("document"),
							"Tell us which advice still applies and why"),
					row("not involved without a reason", Form.of("outcome", "NOT_INVOLVED").noFile("document"),
							"Tell us why you are not involved with this child"),
					row("a reason over 4,000 characters",
							Form.of("outcome", "NOT_INVOLVED", "notInvolvedReason", LONG_4001).noFile("document"),
							"Your reason must be 4,000 characters or fewer"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badAnswers")
		void anAnswerIsRefusedOnThePageAndNothingIsStored(String what, Form form, String message) {
			Snapshot before = snapshot();

			Page refused = browser.submit(token, form);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains(message);
			nothingChangedSince(before);
		}

		static Stream<Arguments> linksThatNoLongerWork() {
			return Stream.of(row("an expired link", "expired", 410, "This link no longer works"),
					row("a link already used, sent again", "used", 410, "already received advice through this link"),
					row("a link that never existed", "unknown", 404, "This link does not work"));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("linksThatNoLongerWork")
		void aLinkThatNoLongerWorksSaysSoAndNothingIsStored(String what, String kind, int status, String message) {
			Form answer = Form.of("outcome", "NOT_INVOLVED", "notInvolvedReason", "Not known to us.")
				.noFile("document");
			Snapshot before;
			Page page;
			if (kind.equals("used")) {
				String action = browser.get("/advice/" + token).formAction();
				assertThat(browser.post(action, answer).status()).isEqualTo(200);
				before = snapshot();
				page = browser.post(action,
						Form.of("outcome", "NEW_ADVICE", "adviceText", "Second thoughts.").noFile("document"));
			}
			else {
				before = snapshot();
				page = browser.get("/advice/"
						+ (kind.equals("expired") ? cases.linkTo(adviceRequest, Duration.ofDays(-1)) : "A".repeat(43)));
			}

			assertThat(page.status()).isEqualTo(status);
			assertThat(page.body()).contains(message).doesNotContain(adviceRequest.getBusinessKey(), "Sam");
			assertThat(snapshot()).isEqualTo(before);
		}

		void nothingChangedSince(Snapshot before) {
			assertThat(snapshot()).isEqualTo(before);
			assertThat(links.find(token).orElseThrow().isUsed()).as("the link still works").isFalse();
			assertThat(cases.task(adviceRequest, "Task_RecordAdvice")).as("the request still waits for advice")
				.isNotNull();
		}

	}

}
