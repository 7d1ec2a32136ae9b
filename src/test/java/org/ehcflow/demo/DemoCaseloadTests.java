package org.ehcflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.ehcflow.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo caseload seeds itself through the real processes on the first start, so that a
 * newcomer's dashboard is full: about 150 cases, plans on time and late, exceptions,
 * refusals, open cases at every stage including some at risk, and health's advice the
 * late one. The dashboard with the demo caseload is kept as
 * {@code target/screenshots/timeliness-demo-dashboard.png}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoCaseloadTests {

	@LocalServerPort
	int port;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskService taskService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void aNewcomerFindsAFullCaseloadBehindTheTimelinessFigures(@Autowired DemoSeedingGate gate) throws Exception {
		assertThat(gate.isOpen()).as("requests pass once the caseload is in").isTrue();
		assertThat(
				historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count())
			.isBetween(140L, 170L);
		assertThat(taskService.createTaskQuery().count()).isGreaterThan(60);

		JsonNode summary = json
			.readTree(rest.withBasicAuth("manager", "manager").getForObject("/api/timeliness/summary", String.class));
		assertThat(summary.path("plansIssued").asInt()).isBetween(50, 70);
		assertThat(summary.path("percentWithin20Weeks").asDouble()).isBetween(30.0, 75.0);
		assertThat(summary.path("plansIssuedWithException").asInt()).isPositive();
		assertThat(summary.path("percentWithin20WeeksExcludingExceptions").asDouble())
			.isGreaterThan(summary.path("percentWithin20Weeks").asDouble());
		assertThat(summary.path("decisionsNotToAssess").asInt()).isPositive();
		assertThat(summary.path("decisionsNotToIssue").asInt()).isPositive();
		assertThat(summary.path("requestsWithdrawn").asInt()).isPositive();
		assertThat(summary.path("openAssessments").asInt()).isGreaterThan(50);
		assertThat(summary.path("atRiskCount").asInt()).isPositive();
		assertThat(summary.path("openAssessmentsByWeek").get(20).path("count").asInt()).isPositive();
		double health = 0, psychology = 0;
		for (JsonNode service : summary.path("adviceByService")) {
			if (service.path("service").asText().equals("MEDICAL")) {
				health = service.path("percentOnTime").asDouble();
			}
			if (service.path("service").asText().equals("PSYCHOLOGICAL")) {
				psychology = service.path("percentOnTime").asDouble();
			}
		}
		assertThat(health).isLessThan(60.0).isLessThan(psychology);
	}

	@Test
	void theDashboardShowsItToAManagerInCockpit() throws Exception {
		Browser.requireChromium();
		try (Browser browser = Browser.open()) {
			browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
			browser.logIn("manager");
			browser.waitFor(By.cssSelector("[data-plugin=timeliness] [data-table=atRisk]"));
			JsonNode summary = json.readTree(
					rest.withBasicAuth("manager", "manager").getForObject("/api/timeliness/summary", String.class));
			assertThat(browser.find(By.cssSelector("[data-plugin=timeliness] [data-measure=plansIssued]")).getText())
				.isEqualTo(summary.path("plansIssued").asText());
			browser.tallScreenshot("timeliness-demo-dashboard.png", 2400);
		}
	}

}
