package org.ehcflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.demo.CaseWalker;
import org.ehcflow.demo.CaseWalker.Case;
import org.ehcflow.support.Browser;
import org.ehcflow.support.ProcessTestSupport;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A manager signs in to Cockpit (headless Chromium) and reads the Timeliness dashboard:
 * its numbers must be the API's, and a number opens the cases behind it with a link into
 * Cockpit. Cases are back-dated from today on the real clock: a plan issued on time, one
 * issued late, one that will miss 20 weeks without a draft in the next days, and one
 * waiting for advice. The dashboard is kept as
 * {@code target/screenshots/timeliness-dashboard.png}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class TimelinessDashboardJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	Browser browser;

	Case late;

	Case atRisk;

	@RegisterExtension
	final TestWatcher evidenceOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence("timeliness-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void backDateTheCases() throws IOException {
		Browser.requireChromium();
		LocalDate today = LocalDate.now(ProcessTestSupport.LONDON);
		CaseWalker walker = new CaseWalker(runtimeService, taskService, ProcessTestSupport.LONDON);
		try {
			Case onTime = walker.start(today.minusWeeks(30), "Ava", "Thompson", 4, "PARENT", "Meadow Lane");
			onTime.gatherViews(onTime.week(0, 2)).decideToAssess(onTime.week(5)).receiveAdvice(onTime.week(10));
			onTime.decideToIssue(onTime.week(14)).draftAndIssue(onTime.week(16), onTime.week(19), "Meadow Lane");

			late = walker.start(today.minusWeeks(28), "Leo", "Okafor", 4, "SETTING", "Riverside");
			late.gatherViews(late.week(0, 2)).decideToAssess(late.week(6)).receiveAdvice(late.week(11));
			late.decideToIssue(late.week(16)).draftAndIssue(late.week(19), late.week(23), "Riverside");

			atRisk = walker.start(today.minusWeeks(17), "Maya", "Hughes", 4, "PARENT", "Oakfield");
			atRisk.gatherViews(atRisk.week(0, 2)).decideToAssess(atRisk.week(5)).receiveAdvice(atRisk.week(10));
			atRisk.decideToIssue(atRisk.week(14));

			Case waiting = walker.start(today.minusWeeks(9), "Ethan", "Clarke", 4, "PARENT", "Westgate");
			waiting.gatherViews(waiting.week(0, 2)).decideToAssess(waiting.week(2));
		}
		finally {
			ClockUtil.reset();
		}
	}

	@AfterAll
	void quitBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	String shown(String selector) {
		return browser.waitFor(By.cssSelector("[data-plugin=timeliness] " + selector)).getText().trim();
	}

	static double percent(String shown) {
		return Double.parseDouble(shown.replace("%", ""));
	}

	@Test
	void aManagerSeesTheApisNumbersOnCockpitsDashboardAndTheCasesBehindThem() throws Exception {
		JsonNode api = json
			.readTree(rest.withBasicAuth("manager", "manager").getForObject("/api/timeliness/summary", String.class));
		assertThat(api.path("plansIssued").asInt()).isEqualTo(2);

		browser = Browser.open();
		browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
		browser.logIn("manager");
		browser.waitFor(By.cssSelector("[data-plugin=timeliness] [data-value=percentWithin20Weeks]"));

		assertThat(percent(shown("[data-value=percentWithin20Weeks]")))
			.isEqualTo(api.path("percentWithin20Weeks").asDouble());
		assertThat(percent(shown("[data-value=percentWithin20WeeksExcludingExceptions]")))
			.isEqualTo(api.path("percentWithin20WeeksExcludingExceptions").asDouble());
		assertThat(shown("[data-measure=plansIssued]")).isEqualTo(api.path("plansIssued").asText());
		assertThat(shown("[data-measure=plansIssuedWithin20Weeks]"))
			.isEqualTo(api.path("plansIssuedWithin20Weeks").asText());
		assertThat(shown("[data-measure=openAssessments]")).isEqualTo(api.path("openAssessments").asText());
		assertThat(shown("[data-measure=atRisk]")).isEqualTo(api.path("atRiskCount").asText()).isEqualTo("1");
		assertThat(shown("[data-measure=requestDecisions]")).isEqualTo(api.path("requestDecisions").asText());
		assertThat(shown("[data-measure=reviewsOverdue]"))
			.isEqualTo(api.path("reviews").path("reviewsOverdue").asText());
		assertThat(shown("[data-table=atRisk]")).contains(atRisk.reference());
		assertThat(browser.findAll(By.cssSelector("[data-plugin=timeliness] svg.ehc-trend g[data-month]"))).hasSize(12);
		browser.tallScreenshot("timeliness-dashboard.png", 2200);

		browser.click(By.cssSelector("[data-plugin=timeliness] [data-measure=plansIssuedLate]"));
		browser.waitFor(By.cssSelector("[data-plugin=timeliness] [data-case-list=plansIssuedLate]"));
		assertThat(shown("[data-case-list=plansIssuedLate]")).contains(late.reference()).doesNotContain("Okafor");

		browser.click(By.cssSelector("[data-plugin=timeliness] [data-table=atRisk] a.ehc-case-link"));
		browser.patience().until(d -> d.getCurrentUrl().contains("/process-instance/" + atRisk.id()));
		browser.waitFor(By.xpath("//*[contains(normalize-space(), " + "'" + atRisk.reference() + "')]"));

		// The plugin's own resources, under the manager's Cockpit session: a bad date is
		// named.
		assertThat(status("summary?periodStart=2026-02-30")).isEqualTo(400);
		assertThat(status("summary.csv")).isEqualTo(200);
		assertThat(status("cases?measure=atRisk")).isEqualTo(200);
		// The panel has no business in Cockpit: its sign-in is refused, and no session
		// gets the figures.
		browser.logOut();
		browser.find(By.cssSelector("input[ng-model='username']")).sendKeys("panel");
		browser.find(By.cssSelector("input[ng-model='password']")).sendKeys("panel");
		browser.click(By.xpath("//form[@name='signinForm']//button[@type='submit']"));
		// Cockpit redraws its notifications as they come: read them afresh until the
		// refusal shows.
		browser.patience()
			.withMessage(() -> "Cockpit to refuse the panel's sign-in")
			.until(d -> d.findElements(By.cssSelector(".page-notifications .alert-danger"))
				.stream()
				.anyMatch(notification -> notification.getText().contains("Login Failed")));
		assertThat(status("summary")).isIn(401L, 403L);
	}

	/**
	 * The HTTP status of a GET of the plugin's resource, fetched inside the signed-in
	 * page.
	 */
	long status(String path) {
		Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch('/camunda/api/cockpit/plugin/timeliness/default/' + arguments[0], {credentials: 'same-origin'})"
					+ ".then(r => done(r.status), e => done(-1));", path);
		return ((Number) status).longValue();
	}

}
