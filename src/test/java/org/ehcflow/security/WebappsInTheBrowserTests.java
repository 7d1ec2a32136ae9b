package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.support.Browser;
import org.ehcflow.support.ProcessTestSupport;
import org.ehcflow.support.Tasklist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With authorizations, headers and CSRF rules on, the webapps still work in a real
 * browser (headless Chromium): a caseworker signs in to Tasklist and sees the team's
 * work; a manager signs in to Cockpit and finds the cases; a caseworker is turned away
 * from Cockpit; and a page of the signed-in Tasklist reaches our API with its session,
 * changing something only with the CSRF token.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class WebappsInTheBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	final List<Browser> browsers = new ArrayList<>();

	Browser browser;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence("security-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void aCaseAndABrowser() throws IOException {
		ClockUtil.reset();
		Browser.requireChromium();
		runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(ProcessTestSupport.request(java.time.LocalDate.now().minusDays(1).toString()))
			.execute();
	}

	@AfterAll
	void quitBrowsers() {
		browsers.forEach(Browser::close);
	}

	Browser openBrowser() {
		browser = Browser.open();
		browsers.add(browser);
		return browser;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Runs fetch() in the page and answers with the status it got. */
	long fetchStatus(Browser in, String method, String path, String body, boolean withToken) {
		Object status = ((JavascriptExecutor) in.driver()).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
						const headers = {'Content-Type': 'application/json'};
						if (arguments[3] && token) { headers['X-XSRF-TOKEN'] = token; }
						fetch(arguments[1], {method: arguments[0], headers: headers, body: arguments[2], credentials: 'same-origin'})
						  .then(r => done(r.status), e => done(-1));
						""",
				method, path, body, withToken);
		return ((Number) status).longValue();
	}

	@Test
	void aCaseworkerSignsInToTasklistAndSeesTheTeamsWork() {
		Tasklist tasklist = new Tasklist(openBrowser(), port).open();
		tasklist.logIn("caseworker");
		tasklist.selectFilter(Tasklist.TEAM_FILTER);
		tasklist.waitForTaskInList("Gather views and tell health and social care");
		browser.screenshot("security-01-tasklist-caseworker.png");
	}

	@Test
	void aManagerSignsInToCockpitAndFindsTheCases() {
		Browser cockpit = openBrowser();
		cockpit.get(url("/camunda/app/cockpit/"));
		cockpit.logIn("manager");
		assertThat(cockpit.brand()).isEqualTo("EHC Flow Cockpit");
		cockpit.waitFor(By.linkText("Processes")).click();
		cockpit.waitFor(By.xpath("//table//a[normalize-space()='EHC needs assessment']"));
		cockpit.screenshot("security-02-cockpit-manager.png");
	}

	@Test
	void aCaseworkerIsTurnedAwayFromCockpit() {
		Browser cockpit = openBrowser();
		cockpit.get(url("/camunda/app/cockpit/"));
		cockpit.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("caseworker");
		cockpit.find(By.cssSelector("input[ng-model='password']")).sendKeys("caseworker");
		cockpit.find(By.xpath("//form[@name='signinForm']//button[@type='submit']")).click();
		cockpit.patience().until(driver -> cockpit.bodyText().contains("missing access rights"));
		assertThat(cockpit.findAll(By.cssSelector("[cam-widget-header] li.account"))).isEmpty();
		cockpit.screenshot("security-03-cockpit-refused.png");
	}

	@Test
	void tasklistsPagesReachOurApiWithTheSessionAndChangeOnlyWithTheToken() throws Exception {
		jdbc.update(
				"""
						insert into advice_submission (process_instance_id, case_reference, advice_service, outcome, advice_text,
						  document_name, document_type, document_size, document, submitted_via, submitted_at)
						values ('pi-1', 'EHC-2026-09998', 'PSYCHOLOGICAL', 'NEW_ADVICE', null, 'EP advice.pdf', 'application/pdf', 9,
						  ?, 'PORTAL', ?)""",
				"%PDF-1.7\n".getBytes(), Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from advice_submission", Long.class);
		Tasklist tasklist = new Tasklist(openBrowser(), port).open();
		tasklist.logIn("caseworker");

		assertThat(fetchStatus(browser, "GET", "/api/advice-submissions/" + id + "/document", null, false))
			.isEqualTo(200);
		String request = new com.fasterxml.jackson.databind.ObjectMapper()
			.writeValueAsString(ProcessTestSupport.request(java.time.LocalDate.now().toString()));
		assertThat(fetchStatus(browser, "POST", "/api/assessments", request, false)).isEqualTo(403);
		assertThat(fetchStatus(browser, "POST", "/api/assessments", request, true)).isEqualTo(201);
	}

}
