package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser signed in to Tasklist uses our API with the same session (a document link in
 * a form), and every change it makes that way needs the webapps' CSRF token; a program
 * with Basic credentials needs none. Then the headers and cookies every answer carries.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void onTheDayARequestArrives() {
		today("2026-03-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	String requestJson() throws Exception {
		return json.writeValueAsString(ProcessTestSupport.request("2026-03-02"));
	}

	long cases() {
		return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count();
	}

	long aSubmittedDocument() {
		jdbc.update(
				"""
						insert into advice_submission (process_instance_id, case_reference, advice_service, outcome, advice_text,
						  document_name, document_type, document_size, document, submitted_via, submitted_at)
						values ('pi-1', 'EHC-2026-09999', 'PSYCHOLOGICAL', 'NEW_ADVICE', null, 'EP advice.pdf', 'application/pdf', 9,
						  ?, 'PORTAL', ?)""",
				"%PDF-1.7\n".getBytes(), Timestamp.from(Instant.now()));
		return jdbc.queryForObject("select max(id) from advice_submission", Long.class);
	}

	@Nested
	class SignedInToTasklist {

		@Test
		void aCaseworkerOpensAnAdviceDocumentFromATasklistForm() {
			long id = aSubmittedDocument();
			Caller browser = Caller.signedIn(port, "caseworker", "tasklist").header("Sec-Fetch-Mode", "navigate");
			HttpResponse<String> document = browser.get("/api/advice-submissions/" + id + "/document");
			assertThat(document.statusCode()).isEqualTo(200);
			assertThat(document.body()).startsWith("%PDF-1.7");
			assertThat(document.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment"));
		}

		@Test
		void anAdministratorOpensTheAdviceGiverDirectoryPage() {
			HttpResponse<String> page = Caller.signedIn(port, "demo", "admin").get("/admin/advice-services");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("name=\"_csrf\"");
			assertThat(Caller.signedIn(port, "caseworker", "tasklist").get("/admin/advice-services").statusCode())
				.isEqualTo(403);
		}

		@Test
		void thePanelMayNotOpenIt() {
			long id = aSubmittedDocument();
			assertThat(Caller.signedIn(port, "panel", "tasklist")
				.get("/api/advice-submissions/" + id + "/document")
				.statusCode()).isEqualTo(403);
		}

		@Test
		void aChangeWithTheWebappsTokenIsAccepted() throws Exception {
			Caller browser = Caller.signedIn(port, "caseworker", "tasklist");
			assertThat(browser.xsrfToken()).isNotBlank();
			HttpResponse<String> started = browser.post("/api/assessments", requestJson());
			assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		}

		@Test
		void aChangeWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
			long before = cases();
			Caller forged = Caller.signedIn(port, "caseworker", "tasklist").withoutCsrfToken();
			assertThat(forged.post("/api/assessments", requestJson()).statusCode()).isEqualTo(403);
			ProcessInstance instance = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(ProcessTestSupport.request("2026-03-02"))
				.execute();
			String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
			assertThat(
					forged.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"caseworker\"}").statusCode())
				.isEqualTo(403);
			assertThat(cases()).isEqualTo(before + 1);
			assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
		}

		@Test
		void aChangeWithAWrongTokenIsRefused() throws Exception {
			Caller forged = Caller.signedIn(port, "caseworker", "tasklist")
				.withoutCsrfToken()
				.header("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF");
			assertThat(forged.post("/api/assessments", requestJson()).statusCode()).isEqualTo(403);
		}

		@Test
		void theEnginesRestApiTakesTheSessionAndItsTokenToo() {
			ProcessInstance instance = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(ProcessTestSupport.request("2026-03-02"))
				.execute();
			String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
			Caller browser = Caller.signedIn(port, "caseworker", "tasklist");
			assertThat(browser.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
			assertThat(
					browser.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"caseworker\"}").statusCode())
				.isEqualTo(204);
		}

		@Test
		void signingOutEndsItsUseOfTheApi() {
			long id = aSubmittedDocument();
			Caller browser = Caller.signedIn(port, "manager", "tasklist");
			assertThat(browser.get("/api/advice-submissions/" + id + "/document").statusCode()).isEqualTo(200);
			assertThat(browser.post("/camunda/api/admin/auth/user/default/logout", "").statusCode()).isEqualTo(200);
			assertThat(browser.get("/api/advice-submissions/" + id + "/document").statusCode()).isEqualTo(401);
		}

	}

	@Nested
	class WithBasicCredentials {

		@Test
		void aChangeNeedsNoCsrfToken() throws Exception {
			HttpResponse<String> started = Caller.withBasic(port, "caseworker").post("/api/assessments", requestJson());
			assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		}

		@Test
		void noSessionIsKept() throws Exception {
			HttpResponse<String> answer = Caller.withBasic(port, "caseworker").get("/engine-rest/task");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}

	}

	@Nested
	class Headers {

		@Test
		void tasklistKeepsCamundasOwnPolicyAndIsNeverFramed() {
			HttpResponse<String> tasklist = Caller.nobody(port).get("/camunda/app/tasklist/default/");
			assertThat(tasklist.statusCode()).isEqualTo(200);
			assertThat(tasklist.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
			assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}

		@Test
		void theAdvicePortalKeepsItsStrictPolicyAndSendsNoReferrer() {
			HttpResponse<String> portal = Caller.nobody(port).get("/advice/not-a-real-link");
			assertThat(portal.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
			assertThat(portal.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(portal.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}

		@Test
		void ourOwnPagesAndApiHaveAPolicyOfTheirOwn() {
			HttpResponse<String> page = Caller.withBasic(port, "demo").get("/admin/advice-services");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityConfiguration.PAGES_POLICY);
			HttpResponse<String> api = Caller.withBasic(port, "demo").get("/api/advice-services");
			assertThat(api.headers().firstValue("Content-Security-Policy"))
				.hasValue("default-src 'none'; frame-ancestors 'none'");
			assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}

		@Test
		void strictTransportSecurityOnlyBehindTls() {
			assertThat(Caller.nobody(port)
				.get("/camunda/app/tasklist/default/")
				.headers()
				.firstValue("Strict-Transport-Security")).isEmpty();
			HttpResponse<String> behindTls = Caller.nobody(port)
				.header("X-Forwarded-Proto", "https")
				.get("/camunda/app/tasklist/default/");
			assertThat(behindTls.headers().firstValue("Strict-Transport-Security"))
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
		}

		@Test
		void theSessionCookieIsHttpOnlySameSiteAndSecureBehindTls() {
			List<String> plain = Caller.nobody(port)
				.get("/camunda/app/tasklist/default/")
				.headers()
				.allValues("Set-Cookie");
			assertThat(plain).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
				.singleElement()
				.satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
			List<String> behindTls = Caller.nobody(port)
				.header("X-Forwarded-Proto", "https")
				.get("/camunda/app/tasklist/default/")
				.headers()
				.allValues("Set-Cookie");
			assertThat(behindTls).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
				.singleElement()
				.satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure"));
		}

	}

}
