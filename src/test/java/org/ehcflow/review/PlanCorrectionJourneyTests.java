package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.support.Browser;
import org.ehcflow.support.Tasklist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker corrects a plan's kind of setting in Tasklist, on the real clock: "Start
 * process → Correct a plan's year group or setting", first refused for a correction that
 * changes nothing (the setting's name as recorded), then accepted; the plan's schedule is
 * worked out again from the corrected record.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@TestInstance(Lifecycle.PER_CLASS)
class PlanCorrectionJourneyTests {

	static final String PROCESS = "Correct a plan's year group or setting";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	Browser browser;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence(context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeEach
	void onTheRealClock() throws IOException {
		ClockUtil.reset();
		Browser.requireChromium();
	}

	@AfterAll
	void quitBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aCaseworkerCorrectsASettingRecordedAsOtherAndThePlanIsScheduledAgain() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		int academicYear = AcademicCalendar.academicYearStart(today).getYear();
		String reference = "EHC-FIX-" + System.nanoTime() % 1_000_000;
		// Born in March: in Year 2 this academic year, the last year of an infant school.
		Map<String, Object> imported = EhcPlanProcessTests.plan(LocalDate.of(academicYear - 6, 3, 10).toString(), "2",
				"OTHER", today.minusMonths(2).toString(), null);
		imported.put("caseReference", reference);
		imported.put("settingName", "Hillside Infant School");
		imported.put("settingTypeOtherReason", "Not known at import.");
		ProcessInstance plan = runtimeService.createMessageCorrelation("PlanImported")
			.processInstanceBusinessKey(reference)
			.setVariables(imported)
			.correlateStartMessage();

		browser = Browser.open();
		Tasklist tasklist = new Tasklist(browser, port).open();
		tasklist.logIn("caseworker");
		tasklist.openStartProcessDialog(PROCESS);
		tasklist.chooseProcess(PROCESS);
		tasklist.type("Field_caseReference", reference);
		tasklist.type("Field_settingName", "Hillside Infant School");
		tasklist.typeDate("Field_planChangeDate", today);
		tasklist.type("Field_planChangeReason", "Checked with the school office.");
		tasklist.tallScreenshot("plan-correction-1-nothing-to-change.png");
		browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
		// The start dialog stays open and shows the refusal at its top, naming the field.
		String refusal = browser.waitFor(By.cssSelector(".modal-body .notifications .alert-danger")).getText();
		assertThat(refusal).contains("The process could not be started",
				"National curriculum year: nothing would change", "Year 2 at Hillside Infant School (OTHER)");
		assertThat(runtimeService.getVariable(plan.getId(), "settingType")).isEqualTo("OTHER");

		tasklist.pick("Field_settingType", "Infant school (Reception to Year 2)");
		tasklist.tallScreenshot("plan-correction-2-infant.png");
		tasklist.submitStartForm();
		tasklist.waitForNotification("alert-info", "The process has been started.");

		assertThat(runtimeService.getVariable(plan.getId(), "settingType")).isEqualTo("INFANT");
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(plan.getId())
			.activityId("Event_PlanRecordCorrected")
			.count()).as("the plan worked out its schedule again").isOne();
		// Year 2 at an infant school moves to a junior school next September: reg
		// 18(1)(b), before
		// 15 February; once that day has passed this academic year, the duty is shown as
		// missed.
		LocalDate lastLawfulDay = LocalDate.of(academicYear + 1, 2, 14);
		Object transferBy = runtimeService.getVariable(plan.getId(), "phaseTransferPlanBy");
		Object missedFor = runtimeService.getVariable(plan.getId(), "phaseTransferMissedFor");
		assertThat(today.isAfter(lastLawfulDay) ? missedFor : transferBy).isEqualTo(lastLawfulDay.toString());
	}

}
