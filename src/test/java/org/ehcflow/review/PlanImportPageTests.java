package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.support.Browser;
import org.ehcflow.support.Tasklist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page as a caseworker uses it, in headless Chromium: choose a CSV file, press
 * Import, and read each line's outcome, a plan created with its next review and a refused
 * line with its column. Screenshot: {@code target/screenshots/plan-import.png}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanImportPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@BeforeAll
	static void chromium() throws IOException {
		Browser.requireChromium();
	}

	@Test
	void aCaseworkerUploadsAFileAndSeesEachLine() throws IOException {
		Path file = Files.createTempFile("plans", ".csv");
		Files.writeString(file, String.join(",", PlanImport.COLUMNS) + "\n"
				+ "PAGE-00001,Ava,Example,2016-05-14,4,2025-01-15,2026-01-20,Riverside Primary School,PRIMARY,caseworker\n"
				+ "PAGE-00002,Noah,Example,2016-05-14,4,15/01/2025,,Riverside Primary School,PRIMARY,\n");
		try (Browser browser = Browser.open()) {
			try {
				// The page shares the webapps' sign-in: a caseworker signs in to
				// Tasklist, then opens it.
				new Tasklist(browser, port).open().logIn("caseworker");
				browser.get("http://localhost:" + port + "/plans/import");
				browser.waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
				browser.click(By.id("upload"));
				browser.waitFor(By.id("result"));
				browser.screenshot("plan-import.png");

				assertThat(browser.find(By.id("created-count")).getText()).isEqualTo("1");
				assertThat(browser.find(By.id("error-count")).getText()).isEqualTo("1");
				assertThat(browser.find(By.id("created")).getText()).contains("PAGE-00001", "2027-01-19");
				assertThat(browser.find(By.id("errors")).getText()).contains("3", "planIssuedDate",
						"must be a date like 2026-03-02");
			}
			catch (RuntimeException | AssertionError failed) {
				browser.failureEvidence("plan-import");
				throw failed;
			}
		}
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PAGE-00001").count())
			.isOne();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PAGE-00002").count())
			.isZero();
	}

}
