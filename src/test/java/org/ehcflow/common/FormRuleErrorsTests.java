package org.ehcflow.common;

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
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form that breaks a rule on the server is refused with a 400 that names the field in
 * plain words, through Tasklist's own API and through /engine-rest, and the task stays
 * open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FormRuleErrorsTests {

	static final String BAD_VIEWS = """
			{"variables": {"familyNotifiedDate": {"value": "2027-01-01", "type": "String"}}}""";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@BeforeEach
	void onTheDayTheRequestArrives() {
		today("2026-03-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	Task gatherViewsTask() {
		String id = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request("2026-03-02"))
			.execute()
			.getId();
		return taskService.createTaskQuery().processInstanceId(id).singleResult();
	}

	@Test
	void tasklistShowsTheRuleThatWasBrokenAndKeepsTheTask() throws Exception {
		Task task = gatherViewsTask();
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), BodyHandlers.discarding());
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrf)
				.POST(BodyPublishers.ofString("username=caseworker&password=caseworker"))
				.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		// As Tasklist does: the session's new CSRF token comes with the first call after
		// login.
		browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default")).build(),
				BodyHandlers.discarding());

		HttpResponse<String> submitted = browser.send(
				HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
					.header("Content-Type", "application/json")
					.header("X-XSRF-TOKEN", csrfNow(cookies, csrf))
					.POST(BodyPublishers.ofString(BAD_VIEWS))
					.build(),
				BodyHandlers.ofString());

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
		assertThat(submitted.body())
			.contains("Date the family was told the request is being considered: must not be in the future")
			.doesNotContain("ENGINE-")
			.doesNotContain("Exception while invoking");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	@Test
	void theEngineRestApiAnswersTheSame() throws Exception {
		Task task = gatherViewsTask();
		HttpResponse<String> submitted = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/engine-rest/task/" + task.getId() + "/submit-form"))
				.header("Content-Type", "application/json")
				.header("Authorization", basic("caseworker", "caseworker"))
				.POST(BodyPublishers.ofString(BAD_VIEWS))
				.build(), BodyHandlers.ofString());

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
		assertThat(submitted.body()).contains("\"field\":\"familyNotifiedDate\"")
			.contains("must not be in the future")
			.doesNotContain("ENGINE-");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	@Test
	void aStartFormThatBreaksTheRulesStartsNothing() throws Exception {
		long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count();
		HttpResponse<String> submitted = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/engine-rest/process-definition/key/ehcNeedsAssessment/submit-form"))
				.header("Content-Type", "application/json")
				.header("Authorization", basic("caseworker", "caseworker"))
				.POST(BodyPublishers.ofString("""
						{"variables": {"requestReceivedDate": {"value": "2026-03-02", "type": "String"},
						  "parentEmail": {"value": "not an address", "type": "String"}}}"""))
				.build(), BodyHandlers.ofString());

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
		assertThat(submitted.body()).contains("Parent's email, or the young person's: must be an email address")
			.contains("First name: is required")
			.doesNotContain("ENGINE-");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count())
			.isEqualTo(before);
	}

	private static String csrfNow(CookieManager cookies, String fallback) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, second) -> second)
			.orElse(fallback);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
