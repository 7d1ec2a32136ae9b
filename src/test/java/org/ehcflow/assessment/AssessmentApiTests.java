package org.ehcflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/assessments} over real HTTP with Basic credentials: a good request
 * starts a case with the worked example's deadlines (request received Monday 2 March
 * 2026); a bad one names every field that is wrong and starts nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AssessmentApiTests {

	static final String RECEIVED = "2026-03-02";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void onTheDayTheRequestArrives() {
		today(RECEIVED);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Map<String, Object> goodRequest() {
		return ProcessTestSupport.request(RECEIVED);
	}

	ResponseEntity<String> post(String user, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return as(user).postForEntity("/api/assessments", new HttpEntity<>(body, headers), String.class);
	}

	TestRestTemplate as(String user) {
		return user == null ? rest : rest.withBasicAuth(user, user);
	}

	JsonNode body(ResponseEntity<String> response) throws Exception {
		return json.readTree(response.getBody());
	}

	long casesStarted() {
		return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count();
	}

	long outboxRows() {
		return jdbc.queryForObject("select count(*) from outbox_message", Long.class);
	}

	@Nested
	class AGoodRequest {

		@Test
		void startsACaseAndAnswersWithItsReferenceAndTheWorkedExampleDeadlines() throws Exception {
			ResponseEntity<String> response = post("caseworker", goodRequest());

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			JsonNode started = body(response);
			String reference = started.get("caseReference").asText();
			assertThat(reference).matches("EHC-2026-\\d{5}");
			assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + reference + "/timeline");
			JsonNode deadlines = started.get("deadlines");
			assertThat(deadlines.get("decideWhetherToAssessBy").asText()).isEqualTo("2026-04-13");
			assertThat(deadlines.get("decideWhetherToIssueBy").asText()).isEqualTo("2026-06-22");
			assertThat(deadlines.get("finalPlanDueBy").asText()).isEqualTo("2026-07-20");
			assertThat(deadlines.get("draftPlanTargetBy").asText()).isEqualTo("2026-06-08");

			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(started.get("processInstanceId").asText())
				.singleResult()
				.getBusinessKey()).isEqualTo(reference);
			assertThat(taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("Task_GatherViews")
				.count()).isOne();
		}

		@Test
		void keepsTheCaseReferenceItIsGiven() throws Exception {
			Map<String, Object> request = goodRequest();
			String reference = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			request.put("caseReference", reference);

			ResponseEntity<String> response = post("caseworker", request);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(body(response).get("caseReference").asText()).isEqualTo(reference);
			assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).isOne();
		}

		@Test
		void acceptsAYoungPersonPastSchoolWithNoYearGroup() {
			Map<String, Object> request = goodRequest();
			request.put("childDateOfBirth", "2007-01-10");
			request.put("nationalCurriculumYear", null);
			request.put("requestSource", "YOUNG_PERSON");

			assertThat(post("caseworker", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}

	}

	@Nested
	class ABadRequest {

		long casesBefore;

		long outboxBefore;

		@BeforeEach
		void countWhatExists() {
			casesBefore = casesStarted();
			outboxBefore = outboxRows();
		}

		@AfterEach
		void nothingWasStartedOrSent() {
			assertThat(casesStarted()).isEqualTo(casesBefore);
			assertThat(outboxRows()).isEqualTo(outboxBefore);
		}

		static Stream<Arguments> wrongFields() {
			return Stream.of(
					wrong("request date missing", request -> request.remove("requestReceivedDate"),
							"requestReceivedDate", "is required"),
					wrong("child's first name missing", request -> request.remove("childFirstName"), "childFirstName",
							"is required"),
					wrong("parent's email missing", request -> request.put("parentEmail", " "), "parentEmail",
							"is required"),
					wrong("request date not a date", request -> request.put("requestReceivedDate", "02/03/2026"),
							"requestReceivedDate", "must be a date like 2026-03-02"),
					wrong("request date in the future", request -> request.put("requestReceivedDate", "2026-03-03"),
							"requestReceivedDate", "must not be in the future"),
					wrong("born after the request", request -> {
						request.put("childDateOfBirth", "2026-03-05");
						request.put("nationalCurriculumYear", null);
					}, "childDateOfBirth", "must not be after the date the request was received"),
					wrong("year 17", request -> request.put("nationalCurriculumYear", 17), "nationalCurriculumYear",
							"from -2 to 14"),
					wrong("year as text", request -> request.put("nationalCurriculumYear", "Year 4"),
							"nationalCurriculumYear", "from -2 to 14"),
					wrong("year 4.5", request -> request.put("nationalCurriculumYear", 4.5), "nationalCurriculumYear",
							"whole number"),
					wrong("unknown source", request -> request.put("requestSource", "NEIGHBOUR"), "requestSource",
							"must be one of PARENT, YOUNG_PERSON, SETTING, HEALTH, SOCIAL_CARE, OTHER"),
					wrong("malformed email", request -> request.put("parentEmail", "parent-at-example.org"),
							"parentEmail", "must be an email address"),
					wrong("unknown field", request -> request.put("favouriteColour", "green"), "favouriteColour",
							"is not a field of a request"),
					wrong("name as a number", request -> request.put("childLastName", 42), "childLastName",
							"must be text"),
					wrong("email as a list", request -> request.put("settingEmail", List.of("a@example.org")),
							"settingEmail", "must be text"),
					wrong("consent as text", request -> request.put("consentToShareInformation", "yes"),
							"consentToShareInformation", "must be true or false"));
		}

		static Arguments wrong(String what, Consumer<Map<String, Object>> change, String field, String message) {
			return Arguments.of(what, change, field, message);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("wrongFields")
		void isRefusedNamingTheField(String what, Consumer<Map<String, Object>> change, String field, String message)
				throws Exception {
			Map<String, Object> request = goodRequest();
			change.accept(request);

			ResponseEntity<String> response = post("caseworker", request);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = body(response);
			assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
			assertThat(problem.get("detail").asText()).contains(field);
			assertThat(problem.get("errors")).singleElement().satisfies(error -> {
				assertThat(error.get("field").asText()).isEqualTo(field);
				assertThat(error.get("message").asText()).contains(message);
			});
		}

		@Test
		void namesEveryProblemAtOnce() throws Exception {
			Map<String, Object> request = goodRequest();
			request.remove("childFirstName");
			request.put("requestReceivedDate", "2026-13-01");
			request.put("parentEmail", "nobody");
			request.put("nationalCurriculumYear", "Year 4");
			request.put("nickname", "Sammy");

			JsonNode problem = body(post("caseworker", request));

			assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("childFirstName",
					"requestReceivedDate", "parentEmail", "nationalCurriculumYear", "nickname");
		}

		@Test
		void aReferenceThatIsAlreadyOpenIsRefusedOnThatField() throws Exception {
			Map<String, Object> request = goodRequest();
			request.put("caseReference", "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
			assertThat(post("caseworker", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
			countWhatExists();

			ResponseEntity<String> again = post("caseworker", request);

			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(again).get("errors")).singleElement().satisfies(error -> {
				assertThat(error.get("field").asText()).isEqualTo("caseReference");
				assertThat(error.get("message").asText()).contains("already has an open assessment");
			});
		}

		@Test
		void aBodyThatIsNotJsonIsRefusedInPlainWords() throws Exception {
			ResponseEntity<String> response = post("caseworker", "requestReceivedDate=2026-03-02");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(response).get("detail").asText()).startsWith("The body is not valid JSON (line 1");
			assertThat(response.getBody()).doesNotContain("Exception", "jackson", "at org.");
		}

		@Test
		void aJsonListIsRefusedAsNotAnObject() throws Exception {
			ResponseEntity<String> response = post("caseworker", "[{\"requestReceivedDate\": \"2026-03-02\"}]");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(response).get("detail").asText()).contains("must be a JSON object");
			assertThat(response.getBody()).doesNotContain("Exception", "LinkedHashMap");
		}

		@Test
		void anEmptyBodyIsRefused() throws Exception {
			ResponseEntity<String> response = post("caseworker", "");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(response).get("detail").asText())
				.isEqualTo("The body is empty: send the request as a JSON object.");
			assertThat(response.getBody()).doesNotContain("AssessmentApi", "java.util.Map");
		}

		@Test
		void aWrongMethodIsStillAnsweredAsAProblem() {
			ResponseEntity<String> response = as("caseworker").getForEntity("/api/assessments", String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}

		@Test
		void aBodyThatIsNotMarkedAsJsonIsRefusedAsTheWrongMediaType() throws Exception {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.TEXT_PLAIN);
			ResponseEntity<String> response = as("caseworker").postForEntity("/api/assessments",
					new HttpEntity<>(json.writeValueAsString(goodRequest()), headers), String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			assertThat(body(response).get("detail").asText()).contains("Content-Type: application/json");
		}

	}

	@Nested
	class WhoMayCall {

		@Test
		void nobodyWithoutCredentials() {
			long before = casesStarted();

			ResponseEntity<String> response = post(null, goodRequest());

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
			assertThat(casesStarted()).isEqualTo(before);
		}

		@Test
		void nobodyWithAWrongPassword(@Autowired IdentityService identityService) {
			String userId = "wrongpassword" + UUID.randomUUID().toString().substring(0, 8);
			User user = identityService.newUser(userId);
			user.setPassword("the-right-one");
			identityService.saveUser(user);
			identityService.createMembership(userId, "send-caseworkers");
			try {
				ResponseEntity<String> response = rest.withBasicAuth(userId, "a-wrong-one")
					.postForEntity("/api/assessments", goodRequest(), String.class);

				assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			}
			finally {
				identityService.deleteUser(userId);
			}
		}

		@Test
		void notAManagerWhoIsNotACaseworker() throws Exception {
			long before = casesStarted();

			ResponseEntity<String> response = post("manager", goodRequest());

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(response).get("title").asText()).isEqualTo("Forbidden");
			assertThat(post("panel", goodRequest()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(casesStarted()).isEqualTo(before);
		}

		@Test
		void anAdministrator() {
			assertThat(post("demo", goodRequest()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}

		@Test
		void theEngineRestApiAsksForCredentialsToo() {
			assertThat(rest.getForEntity("/engine-rest/task/count", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			ResponseEntity<String> count = as("caseworker").exchange("/engine-rest/task/count", HttpMethod.GET, null,
					String.class);
			assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(count.getBody()).contains("\"count\"");
		}

	}

}
