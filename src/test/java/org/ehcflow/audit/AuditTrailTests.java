package org.ehcflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.advice.portal.PortalEvents;
import org.ehcflow.assessment.TimeLimitException;
import org.ehcflow.assessment.TimeLimitExceptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/cases/{caseReference}/audit} on a real case: a caseworker records the
 * request through the API and gathers views through /engine-rest, the panel decides in
 * Tasklist, a time limit exception is recorded, the advice giver opens their link and a
 * caseworker downloads the advice. The trail names each user with what they did, and
 * never the child.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService taskService;

	@Autowired
	TimeLimitExceptions exceptions;

	@Autowired
	PortalEvents portalEvents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	String caseReference;

	@BeforeEach
	void aCaseWorkedOnByThreePeople() throws Exception {
		today("2026-03-02");
		ResponseEntity<String> started = rest.withBasicAuth("caseworker", "caseworker")
			.postForEntity("/api/assessments", request("2026-03-02"), String.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		caseReference = json.readTree(started.getBody()).get("caseReference").asText();

		today("2026-03-03");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> completed = rest.withBasicAuth("caseworker", "caseworker")
			.postForEntity("/engine-rest/task/" + task("Task_GatherViews").getId() + "/complete", new HttpEntity<>("""
					{"variables": {"familyNotifiedDate": {"value": "2026-03-03"}, "settingNotified": {"value": true},
					  "healthNotified": {"value": true}, "socialCareNotified": {"value": true}}}""", headers),
					String.class);
		assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		today("2026-03-10");
		decideInTasklistAsThePanel(task("Task_DecideWhetherToAssess"));

		exceptions.record(new TimeLimitException(caseReference, "decideWhetherToIssue", "EXCEPTIONAL_CIRCUMSTANCES",
				"SEND Regulations 2014 reg 10(4)(a)", LocalDate.parse("2026-03-10"), null, null,
				"Flooding closed the office.", true, "caseworker", ClockUtil.now().toInstant()));
		ResponseEntity<String> change = rest.withBasicAuth("caseworker", "caseworker")
			.postForEntity("/engine-rest/process-definition/key/recordCaseChange/submit-form", new HttpEntity<>("""
					{"variables": {"caseReference": {"value": "%s"}, "changeType": {"value": "TIME_LIMIT_EXCEPTION"},
					  "changeDate": {"value": "2026-03-10"}, "exceptionStep": {"value": "decideWhetherToIssue"},
					  "exceptionReason": {"value": "AWAY_FROM_AREA"}, "exceptionStartDate": {"value": "2026-03-09"},
					  "exceptionEvidence": {"value": "Away until May."}, "familyToldOfDelay": {"value": true}}}"""
				.formatted(caseReference), headers), String.class);
		assertThat(change.getStatusCode()).as(change.getBody()).isEqualTo(HttpStatus.OK);
		portalEvents.record(PortalEvents.Event.VIEWED, caseReference, null);
		long submission = adviceWithADocument();
		ResponseEntity<byte[]> download = rest.withBasicAuth("caseworker", "caseworker")
			.getForEntity("/api/advice-submissions/" + submission + "/document", byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	Task task(String key) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(caseReference)
			.taskDefinitionKey(key)
			.singleResult();
	}

	ResponseEntity<String> audit(String user, MediaType accept) {
		HttpHeaders headers = new HttpHeaders();
		if (accept != null) {
			headers.setAccept(List.of(accept));
		}
		return (user == null ? rest : rest.withBasicAuth(user, user)).exchange("/api/cases/" + caseReference + "/audit",
				HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	@Nested
	class ForAManager {

		@Test
		void namesWhoCompletedEachTaskAndWhoSetEachDate() throws Exception {
			ResponseEntity<String> response = audit("manager", null);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
			JsonNode trail = json.readTree(response.getBody());
			assertThat(trail.get("caseReference").asText()).isEqualTo(caseReference);
			List<String> lines = lines(trail);
			assertThat(lines).contains("caseworker PROCESS_STARTED Started: EHC needs assessment",
					"caseworker TASK_COMPLETED Completed the task \"Gather views and tell health and social care\"",
					"caseworker DATE_SET Set familyNotifiedDate to 2026-03-03",
					"panel TASK_COMPLETED Completed the task \"Decide whether to assess\"",
					"panel DATE_SET Set decisionToAssessDate to 2026-03-10",
					"caseworker PROCESS_STARTED Started: Record a change to a case (TIME_LIMIT_EXCEPTION)",
					"caseworker DATE_SET Set exceptionStartDate to 2026-03-09");
			assertThat(lines)
				.anyMatch(line -> line.startsWith("caseworker TIME_LIMIT_EXCEPTION_RECORDED Recorded an exception"))
				.anyMatch(
						line -> line.startsWith("null PORTAL_VIEWED Advice portal: the advice giver opened their link"))
				.anyMatch(line -> line
					.startsWith("caseworker ADVICE_DOCUMENT_DOWNLOADED Downloaded the document of advice submission"));
		}

		@Test
		void namesNoChild() {
			String body = audit("manager", null).getBody();

			assertThat(body).doesNotContain("Sam", "Example", "2016-05-14", "Flooding", "Away until May");
		}

		@Test
		void exportsItAsCsvAndRecordsTheExport() {
			audit("manager", null);
			ResponseEntity<String> response = audit("demo", MediaType.parseMediaType("text/csv"));

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
			assertThat(response.getHeaders().getContentDisposition().getFilename())
				.isEqualTo(caseReference + "-audit.csv");
			assertThat(response.getBody()).startsWith("at,user,event,description,source\r\n")
				.contains(",panel,TASK_COMPLETED,\"Completed the task \"\"Decide whether to assess\"\"\",engine")
				.contains(",manager,AUDIT_EXPORTED,Exported this audit trail,ehcflow");
		}

	}

	@Nested
	class ForEveryoneElse {

		@Test
		void caseworkersAndThePanelAreRefused() {
			assertThat(audit("caseworker", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(audit("panel", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}

		@Test
		void someoneNotSignedInIsAskedToSignIn() {
			assertThat(audit(null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void anUnknownCaseIsNotFound() throws Exception {
			ResponseEntity<String> response = rest.withBasicAuth("manager", "manager")
				.getForEntity("/api/cases/EHC-1999-99999/audit", String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(json.readTree(response.getBody()).get("title").asText()).isEqualTo("Case not found");
		}

	}

	static List<String> lines(JsonNode trail) {
		return java.util.stream.StreamSupport.stream(trail.get("entries").spliterator(), false)
			.map(entry -> (entry.hasNonNull("user") ? entry.get("user").asText() : "null") + " "
					+ entry.get("event").asText() + " " + entry.get("description").asText())
			.toList();
	}

	long adviceWithADocument() {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into advice_submission (process_instance_id, case_reference, advice_service, outcome,
					  document_name, document_type, document_size, document, submitted_via, submitted_at)
					values ('p', ?, 'MEDICAL', 'NEW_ADVICE', 'advice.pdf', 'application/pdf', 3, ?, 'PORTAL', ?)""",
					new String[] { "id" });
			insert.setString(1, caseReference);
			insert.setBytes(2, new byte[] { 1, 2, 3 });
			insert.setTimestamp(3, Timestamp.from(Instant.now()));
			return insert;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * As Tasklist does it: log in to the webapp, then submit the form through its engine
	 * API.
	 */
	void decideInTasklistAsThePanel(Task task) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), BodyHandlers.discarding());
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrf(cookies))
				.POST(BodyPublishers.ofString("username=panel&password=panel"))
				.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default")).build(),
				BodyHandlers.discarding());
		HttpResponse<String> claimed = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + task.getId() + "/claim"))
				.header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", csrf(cookies))
				.POST(BodyPublishers.ofString("{\"userId\": \"panel\"}"))
				.build(), BodyHandlers.ofString());
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
		HttpResponse<String> submitted = browser.send(HttpRequest
			.newBuilder(url("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf(cookies))
			.POST(BodyPublishers.ofString("""
					{"variables": {"decisionToAssess": {"value": "ASSESS"},
					  "decisionToAssessDate": {"value": "2026-03-10"},
					  "decisionToAssessReasons": {"value": "Needs may call for special educational provision."}}}"""))
			.build(), BodyHandlers.ofString());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
	}

	private static String csrf(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
