package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.support.Browser;
import org.ehcflow.support.Tasklist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer's first case, clicked through the real Camunda webapps in headless Chromium:
 * the caseworker records a request with the Tasklist start form, finds "Gather views" by
 * its case reference, is refused a date in the future, completes it; the panel then sees
 * "Decide whether to assess"; an administrator finds the case reference in Cockpit. The
 * engine clock is the real one. Screenshots of each step go to
 * {@code target/screenshots/}.
 *
 * <p>
 * Needs Chromium and its driver ({@code apt-get install chromium chromium-driver}); other
 * paths through {@code -Dehcflow.e2e.chromium=...} and
 * {@code -Dehcflow.e2e.chromedriver=...}. The browser and Tasklist's pages are driven
 * through {@link Browser} and {@link Tasklist}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TasklistJourneyTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final String GATHER_VIEWS = "Gather views and tell health and social care";

	static final String DECIDE_WHETHER_TO_ASSESS = "Decide whether to assess";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	/** Every browser this class opened, quit in {@link #quitBrowsers()}. */
	final List<Browser> browsers = new ArrayList<>();

	/** The browser of the step that is running, for the failure screenshot. */
	Browser browser;

	/** The caseworker's and then the panel member's Tasklist, shared by steps 1 to 3. */
	Tasklist tasklist;

	final LocalDate today = LocalDate.now(LONDON);

	String caseReference;

	String processInstanceId;

	int stepsPassed;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence(context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void browsersAreInstalled() throws IOException {
		// The real clock: deadlines are computed from today, as on a caseworker's first
		// morning.
		ClockUtil.reset();
		Browser.requireChromium();
	}

	@AfterAll
	void quitBrowsers() {
		browsers.forEach(Browser::close);
		browsers.clear();
	}

	@Test
	@Order(1)
	void aCaseworkerLogsIntoTasklistAndSeesEhcFlowNotTheMigrationBanner() {
		tasklist = new Tasklist(openBrowser(), port).open();
		tasklist.screenshot("01-tasklist-login.png");

		tasklist.logIn("caseworker");
		assertThat(browser.brand()).isEqualTo("EHC Flow Tasklist");
		assertThat(browser.title()).contains("EHC Flow");
		browser.waitFor(By.cssSelector(".start-process-action a"));
		assertThat(browser.account()).contains("Casey Worker");

		// Camunda 7.24 renders the red "time to migrate to Camunda 8" strip as
		// div.ce-eol-banner in
		// the header of every app; our user-styles.css hides it.
		List<WebElement> banners = browser.findAll(By.cssSelector(".ce-eol-banner"));
		for (WebElement banner : banners) {
			assertThat(banner.isDisplayed()).as("the Camunda 8 migration banner is hidden").isFalse();
			assertThat(browser.script("return getComputedStyle(arguments[0]).display", banner)).isEqualTo("none");
		}
		assertThat(browser.bodyText()).doesNotContain("Camunda 8");
		tasklist.screenshot("02-tasklist-caseworker.png");
		stepsPassed = 1;
	}

	@Test
	@Order(2)
	void theCaseworkerRecordsARequestWithTheStartFormAndFindsGatherViews() {
		assumeTrue(stepsPassed >= 1, "the caseworker could not log in");
		browser = tasklist.browser();
		Set<String> before = ehcInstanceIds();
		LocalDate born = today.minusYears(8);
		int yearGroup = yearGroup(born, today);

		WebElement processLink = tasklist.openStartProcessDialog("EHC needs assessment");
		tasklist.screenshot("03-start-process-dialog.png");
		processLink.click();

		browser.waitFor(By.xpath(
				"//div[contains(@class,'modal-dialog')]//h3[normalize-space()='Start process: EHC needs assessment']"));
		tasklist.typeDate("Field_requestReceivedDate", today);
		tasklist.pick("Field_requestSource", "A parent");
		tasklist.type("Field_childFirstName", "Sam");
		tasklist.type("Field_childLastName", "Journey");
		tasklist.typeDate("Field_childDateOfBirth", born);
		tasklist.pick("Field_nationalCurriculumYear", yearGroup == 0 ? "Reception" : "Year " + yearGroup);
		assertThat(tasklist.field("Field_sensoryImpairment-display").getText()).isEqualTo("None known");
		tasklist.pick("Field_sensoryImpairment", "None known");
		tasklist.type("Field_parentName", "Alex Journey");
		tasklist.type("Field_parentEmail", "alex.journey@example.org");
		tasklist.type("Field_settingName", "Riverside Primary School");
		tasklist.type("Field_settingEmail", "senco@riverside.example.org");
		tasklist.tick("Field_consentToShareInformation");
		tasklist.type("Field_requestSummary",
				"Falling behind in reading; the school has used its own SEN support for a year.");
		tasklist.tallScreenshot("04-start-form-filled.png");

		tasklist.submitStartForm();
		tasklist.waitForNotification("alert-info", "The process has been started.");
		tasklist.screenshot("05-process-started.png");

		// The engine: exactly one new case, its answers stored as the contract says (ISO
		// dates).
		List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.list()
			.stream()
			.filter(instance -> !before.contains(instance.getId()))
			.toList();
		assertThat(started).as("new ehcNeedsAssessment instances").hasSize(1);
		processInstanceId = started.get(0).getId();
		String businessKey = started.get(0).getBusinessKey();
		Map<String, Object> variables = runtimeService.getVariables(processInstanceId);
		assertThat(variables).containsEntry("requestReceivedDate", iso(today))
			.containsEntry("childDateOfBirth", iso(born))
			.containsEntry("requestSource", "PARENT")
			.containsEntry("sensoryImpairment", "NONE")
			.containsEntry("childFirstName", "Sam")
			.containsEntry("parentEmail", "alex.journey@example.org")
			.containsEntry("consentToShareInformation", true)
			.containsEntry("caseReference", businessKey)
			.containsEntry("decideWhetherToAssessBy", iso(today.plusWeeks(6)));
		assertThat(((Number) variables.get("nationalCurriculumYear")).intValue()).isEqualTo(yearGroup);

		// Tasklist: the team's filter holds the new task; searching by the case reference
		// narrows it.
		tasklist.selectFilter(Tasklist.TEAM_FILTER);
		tasklist.waitForTaskInList(GATHER_VIEWS);
		tasklist.searchByBusinessKey(businessKey);
		tasklist.waitForTaskCount(1);
		tasklist.clickTask(GATHER_VIEWS);

		browser.waitFor(By.xpath("//*[@cam-tasklist-task]//h2[normalize-space()='" + GATHER_VIEWS + "']"));
		caseReference = tasklist.loadedValue("Field_caseReference");
		assertThat(caseReference).matches("EHC-" + today.getYear() + "-\\d{5}").isEqualTo(businessKey);

		LocalDate decideBy = today.plusWeeks(6);
		assertThat(tasklist.formText()).contains("The decision whether to assess is due by " + iso(decideBy))
			.contains("6 weeks from the request");
		// The due date: "in a month", with the day itself in the tooltip, e.g. "Sunday,
		// 10 January 2027 23:59".
		String dueTooltip = tasklist.dueTooltip();
		assertThat(dueTooltip).containsAnyOf(decideBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
				decideBy.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)));
		Task task = gatherViews();
		assertThat(task.getDueDate()).isEqualTo(endOfDay(decideBy));
		tasklist.tallScreenshot("06-gather-views-task.png");
		stepsPassed = 2;
	}

	@Test
	@Order(3)
	void aFamilyNotifiedDateInTheFutureIsRefusedThenTodayCompletesAndThePanelDecidesNext() {
		assumeTrue(stepsPassed >= 2, "no Gather views task was opened");
		browser = tasklist.browser();
		tasklist.claim("Casey Worker");
		assertThat(gatherViews().getAssignee()).isEqualTo("caseworker");

		tasklist.typeDate("Field_familyNotifiedDate", today.plusDays(1));
		tasklist.tick("Field_healthNotified");
		tasklist.tick("Field_socialCareNotified");
		tasklist.tick("Field_settingNotified");
		tasklist.type("Field_familyViews", "Alex wants an assessment; Sam says reading is hard.");
		tasklist.type("Field_settingViews", "The school supports the request.");
		tasklist.complete();

		WebElement error = tasklist.waitForNotification("alert-danger", "must not be in the future");
		assertThat(error.getText()).as("the field is named as the form labels it")
			.contains("Date the family was told the request is being considered: must not be in the future")
			.contains("today is " + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
		tasklist.screenshot("07-gather-views-future-date-refused.png");
		assertThat(taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("Task_GatherViews")
			.count()).as("the task stays open").isOne();
		assertThat(runtimeService.getVariable(processInstanceId, "familyNotifiedDate")).isNull();
		assertThat(tasklist.tasksInList()).hasSize(1);

		// The error sits over the Complete button until it is closed, as a caseworker
		// would.
		tasklist.close(error, "alert-danger");
		tasklist.typeDate("Field_familyNotifiedDate", today);
		tasklist.complete();

		tasklist.waitForTaskCount(0);
		tasklist.waitForNoTaskOpen();
		tasklist.screenshot("08-gather-views-completed.png");
		assertThat(taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("Task_GatherViews")
			.count()).isZero();
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("familyNotifiedDate", iso(today))
			.containsEntry("healthNotified", true)
			.containsEntry("socialCareNotified", true)
			.containsEntry("settingNotified", true);

		// The panel member, after the caseworker logs out, finds the decision in the same
		// browser.
		tasklist.logOut();
		tasklist.logIn("panel");
		assertThat(browser.account()).contains("Pat Panel");
		tasklist.waitForTaskInList(DECIDE_WHETHER_TO_ASSESS);
		tasklist.searchByBusinessKey(caseReference);
		tasklist.waitForTaskCount(1);
		tasklist.clickTask(DECIDE_WHETHER_TO_ASSESS);
		WebElement reference = tasklist.field("Field_caseReference");
		browser.patience().until(driver -> caseReference.equals(reference.getDomProperty("value")));
		tasklist.tallScreenshot("09-panel-decide-whether-to-assess.png");
		Task decide = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideWhetherToAssess");
		assertThat(taskService.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("send-panel").count())
			.isOne();
		stepsPassed = 3;
	}

	@Test
	@Order(4)
	void anAdministratorFindsTheCaseReferenceInCockpit() {
		assumeTrue(stepsPassed >= 2, "no case was started through Tasklist");
		Browser cockpit = openBrowser();
		cockpit.get(url("/camunda/app/cockpit/"));
		cockpit.waitFor(By.cssSelector("input[ng-model='username']"));
		cockpit.screenshot("10-cockpit-login.png");
		cockpit.logIn("demo");
		assertThat(cockpit.brand()).isEqualTo("EHC Flow Cockpit");
		for (WebElement banner : cockpit.findAll(By.cssSelector(".ce-eol-banner"))) {
			assertThat(banner.isDisplayed()).as("the Camunda 8 migration banner is hidden").isFalse();
		}

		cockpit.waitFor(By.linkText("Processes")).click();
		cockpit.waitFor(By.xpath("//table//a[normalize-space()='EHC needs assessment']")).click();
		By row = By.xpath("//table//tr[td[normalize-space()='" + caseReference + "']]");
		WebElement instance = cockpit.waitFor(row);
		cockpit.screenshot("11-cockpit-process-instances.png");

		instance.findElement(By.xpath(".//a[normalize-space()='" + processInstanceId + "']")).click();
		cockpit.patience().until(driver -> driver.getCurrentUrl().contains("/process-instance/" + processInstanceId));
		cockpit.patience().until(driver -> driver.findElement(By.tagName("body")).getText().contains(caseReference));
		cockpit.waitFor(
				By.xpath("//*[contains(@class,'variables') or self::table]//*[normalize-space()='caseReference']"));
		cockpit.screenshot("12-cockpit-process-instance.png");
		stepsPassed = 4;
	}

	Browser openBrowser() {
		Browser opened = Browser.open();
		browsers.add(opened);
		browser = opened;
		return opened;
	}

	// --- the engine and the calendar
	// ----------------------------------------------------------

	Set<String> ehcInstanceIds() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	Task gatherViews() {
		return taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("Task_GatherViews")
			.singleResult();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static String iso(LocalDate date) {
		return date.toString();
	}

	/** A task's due date for a deadline day: the last minute of that day in London. */
	static Date endOfDay(LocalDate day) {
		return Date.from(day.atTime(LocalTime.of(23, 59)).atZone(LONDON).toInstant());
	}

	/**
	 * The national curriculum year in England: the age on 31 August before the school
	 * year, less 4 (a child aged 4 on that day is in Reception, one aged 8 is in Year 4).
	 */
	static int yearGroup(LocalDate born, LocalDate today) {
		int schoolYearStarts = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		return Period.between(born, LocalDate.of(schoolYearStarts, 8, 31)).getYears() - 4;
	}

}
