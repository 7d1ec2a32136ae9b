package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
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
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer's first case, clicked through the real Camunda webapps in headless Chromium: the
 * caseworker records a request with the Tasklist start form, finds "Gather views" by its case
 * reference, is refused a date in the future, completes it; the panel then sees "Decide whether
 * to assess"; an administrator finds the case reference in Cockpit. The engine clock is the real
 * one. Screenshots of each step go to {@code target/screenshots/}.
 *
 * <p>Needs Chromium and its driver ({@code apt-get install chromium chromium-driver}); other paths
 * through {@code -Dehcflow.e2e.chromium=...} and {@code -Dehcflow.e2e.chromedriver=...}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TasklistJourneyTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final Duration PATIENCE = Duration.ofSeconds(60);

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final String GATHER_VIEWS = "Gather views and tell health and social care";

	static final String DECIDE_WHETHER_TO_ASSESS = "Decide whether to assess";

	/** Held, so that its level sticks: java.util.logging keeps loggers only weakly. */
	static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	/** Every browser this class opened, quit in {@link #quitBrowsers()}. */
	final List<WebDriver> browsers = new ArrayList<>();

	/** The browser of the step that is running, for the failure screenshot. */
	WebDriver browser;

	/** The caseworker's and then the panel member's browser, shared by steps 1 to 3. */
	WebDriver tasklist;

	final LocalDate today = LocalDate.now(LONDON);

	String caseReference;

	String processInstanceId;

	int stepsPassed;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				screenshot(browser, "failed-" + context.getRequiredTestMethod().getName() + ".png");
			}
		}
	};

	@BeforeAll
	void browsersAreInstalled() throws IOException {
		// The real clock: deadlines are computed from today, as on a caseworker's first morning.
		ClockUtil.reset();
		for (String property : List.of("ehcflow.e2e.chromium", "ehcflow.e2e.chromedriver")) {
			File file = new File(System.getProperty(property, property.endsWith("driver") ? "/usr/bin/chromedriver" : "/usr/bin/chromium"));
			if (!file.canExecute()) {
				fail(file + " is missing: this end-to-end test drives headless Chromium. Install it with "
						+ "`apt-get install chromium chromium-driver` (CI does), or point -D" + property + " at it.");
			}
		}
		// Never let Selenium Manager look for drivers on the (closed) network; we pass both paths.
		System.setProperty("webdriver.http.factory", "jdk-http-client");
		System.setProperty("webdriver.chrome.driver", System.getProperty("ehcflow.e2e.chromedriver", "/usr/bin/chromedriver"));
		// Chromium is newer than Selenium's DevTools bindings; that warning is noise here.
		SELENIUM_LOG.setLevel(Level.SEVERE);
		Files.createDirectories(SCREENSHOTS);
		// A failure screenshot from an earlier run would mislead whoever looks at this one.
		try (var old = Files.newDirectoryStream(SCREENSHOTS, "failed-*.png")) {
			for (Path each : old) {
				Files.delete(each);
			}
		}
	}

	@AfterAll
	void quitBrowsers() {
		for (WebDriver each : browsers) {
			try {
				each.quit();
			}
			catch (RuntimeException ignored) {
				// already gone
			}
		}
		browsers.clear();
	}

	@Test
	@Order(1)
	void aCaseworkerLogsIntoTasklistAndSeesEhcFlowNotTheMigrationBanner() {
		tasklist = openBrowser();
		tasklist.get(url("/camunda/app/tasklist/"));
		waitFor(tasklist, By.cssSelector("input[ng-model='username']"));
		screenshot(tasklist, "01-tasklist-login.png");

		logIn(tasklist, "caseworker");
		WebElement brand = waitFor(tasklist, By.cssSelector("[cam-widget-header] .navbar-brand .brand-name"));
		assertThat(brand.getText()).isEqualTo("EHC Flow Tasklist");
		assertThat(tasklist.getTitle()).contains("EHC Flow");
		waitFor(tasklist, By.cssSelector(".start-process-action a"));
		assertThat(waitFor(tasklist, By.cssSelector("[cam-widget-header] li.account")).getText()).contains("Casey Worker");

		// Camunda 7.24 renders the red "time to migrate to Camunda 8" strip as div.ce-eol-banner in
		// the header of every app; our user-styles.css hides it.
		List<WebElement> banners = tasklist.findElements(By.cssSelector(".ce-eol-banner"));
		for (WebElement banner : banners) {
			assertThat(banner.isDisplayed()).as("the Camunda 8 migration banner is hidden").isFalse();
			assertThat(js(tasklist).executeScript("return getComputedStyle(arguments[0]).display", banner)).isEqualTo("none");
		}
		assertThat(tasklist.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
		screenshot(tasklist, "02-tasklist-caseworker.png");
		stepsPassed = 1;
	}

	@Test
	@Order(2)
	void theCaseworkerRecordsARequestWithTheStartFormAndFindsGatherViews() {
		assumeTrue(stepsPassed >= 1, "the caseworker could not log in");
		browser = tasklist;
		Set<String> before = ehcInstanceIds();
		LocalDate born = today.minusYears(8);
		int yearGroup = yearGroup(born, today);

		tasklist.findElement(By.cssSelector(".start-process-action a")).click();
		WebElement processLink = waitFor(tasklist,
				By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space()='EHC needs assessment']"));
		screenshot(tasklist, "03-start-process-dialog.png");
		processLink.click();

		waitFor(tasklist, By.xpath("//div[contains(@class,'modal-dialog')]//h3[normalize-space()='Start process: EHC needs assessment']"));
		typeDate(tasklist, "Field_requestReceivedDate", today);
		pick(tasklist, "Field_requestSource", "A parent");
		type(tasklist, "Field_childFirstName", "Sam");
		type(tasklist, "Field_childLastName", "Journey");
		typeDate(tasklist, "Field_childDateOfBirth", born);
		pick(tasklist, "Field_nationalCurriculumYear", yearGroup == 0 ? "Reception" : "Year " + yearGroup);
		assertThat(field(tasklist, "Field_sensoryImpairment-display").getText()).isEqualTo("None known");
		pick(tasklist, "Field_sensoryImpairment", "None known");
		type(tasklist, "Field_parentName", "Alex Journey");
		type(tasklist, "Field_parentEmail", "alex.journey@example.org");
		type(tasklist, "Field_settingName", "Riverside Primary School");
		type(tasklist, "Field_settingEmail", "senco@riverside.example.org");
		field(tasklist, "Field_consentToShareInformation").click();
		type(tasklist, "Field_requestSummary", "Falling behind in reading; the school has used its own SEN support for a year.");
		tallScreenshot(tasklist, "04-start-form-filled.png");

		WebElement start = waitFor(tasklist, By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
		patience(tasklist).until(ExpectedConditions.elementToBeClickable(start)).click();
		patience(tasklist).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
		waitForNotification(tasklist, "alert-info", "The process has been started.");
		screenshot(tasklist, "05-process-started.png");

		// The engine: exactly one new case, its answers stored as the contract says (ISO dates).
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

		// Tasklist: the team's filter holds the new task; searching by the case reference narrows it.
		tasklist.findElement(By.xpath("//*[@cam-tasklist-filters]//*[contains(normalize-space(),\"My team's work, by deadline\")]")).click();
		waitFor(tasklist, taskInList(GATHER_VIEWS));
		searchByBusinessKey(tasklist, businessKey);
		patience(tasklist).until(driver -> driver.findElements(By.cssSelector(".tasks-list li.task")).size() == 1);
		tasklist.findElement(taskInList(GATHER_VIEWS)).click();

		waitFor(tasklist, By.xpath("//*[@cam-tasklist-task]//h2[normalize-space()='" + GATHER_VIEWS + "']"));
		WebElement shownReference = field(tasklist, "Field_caseReference");
		patience(tasklist).until(driver -> !shownReference.getDomProperty("value").isEmpty());
		caseReference = shownReference.getDomProperty("value");
		assertThat(caseReference).matches("EHC-" + today.getYear() + "-\\d{5}").isEqualTo(businessKey);

		LocalDate decideBy = today.plusWeeks(6);
		WebElement form = tasklist.findElement(By.cssSelector("[cam-tasklist-task] .fjs-form"));
		assertThat(form.getText()).contains("The decision whether to assess is due by " + iso(decideBy))
			.contains("6 weeks from the request");
		// The due date: "in a month", with the day itself in the tooltip, e.g. "Sunday, 10 January 2027 23:59".
		String dueTooltip = tasklist.findElement(By.cssSelector("[cam-tasklist-task] .due-date [am-time-ago]")).getDomAttribute("uib-tooltip");
		assertThat(dueTooltip).containsAnyOf(decideBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
				decideBy.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)));
		Task task = gatherViews();
		assertThat(task.getDueDate()).isEqualTo(endOfDay(decideBy));
		tallScreenshot(tasklist, "06-gather-views-task.png");
		stepsPassed = 2;
	}

	@Test
	@Order(3)
	void aFamilyNotifiedDateInTheFutureIsRefusedThenTodayCompletesAndThePanelDecidesNext() {
		assumeTrue(stepsPassed >= 2, "no Gather views task was opened");
		browser = tasklist;
		WebElement claim = waitFor(tasklist, By.cssSelector("[cam-tasklist-task] button.claim"));
		claim.click();
		patience(tasklist).until(driver -> driver.findElement(By.cssSelector("[cam-tasklist-task] .actors")).getText().contains("Casey Worker"));
		patience(tasklist).until(driver -> driver.findElements(By.cssSelector("[cam-tasklist-task] .disabled-form")).isEmpty());
		assertThat(gatherViews().getAssignee()).isEqualTo("caseworker");

		typeDate(tasklist, "Field_familyNotifiedDate", today.plusDays(1));
		field(tasklist, "Field_healthNotified").click();
		field(tasklist, "Field_socialCareNotified").click();
		field(tasklist, "Field_settingNotified").click();
		type(tasklist, "Field_familyViews", "Alex wants an assessment; Sam says reading is hard.");
		type(tasklist, "Field_settingViews", "The school supports the request.");
		complete(tasklist);

		WebElement error = waitForNotification(tasklist, "alert-danger", "must not be in the future");
		assertThat(error.getText()).as("the field is named as the form labels it")
			.contains("Date the family was told the request is being considered: must not be in the future")
			.contains("today is " + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
		screenshot(tasklist, "07-gather-views-future-date-refused.png");
		assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_GatherViews").count())
			.as("the task stays open").isOne();
		assertThat(runtimeService.getVariable(processInstanceId, "familyNotifiedDate")).isNull();
		assertThat(tasklist.findElements(By.cssSelector(".tasks-list li.task"))).hasSize(1);

		// The error sits over the Complete button until it is closed, as a caseworker would.
		error.findElements(By.cssSelector("button.close")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
		patience(tasklist).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
		typeDate(tasklist, "Field_familyNotifiedDate", today);
		complete(tasklist);

		patience(tasklist).until(driver -> driver.findElements(By.cssSelector(".tasks-list li.task")).isEmpty());
		patience(tasklist).until(driver -> driver.findElement(By.cssSelector("[cam-tasklist-task]")).getText().contains("Select a task in the list."));
		screenshot(tasklist, "08-gather-views-completed.png");
		assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_GatherViews").count()).isZero();
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("familyNotifiedDate", iso(today))
			.containsEntry("healthNotified", true)
			.containsEntry("socialCareNotified", true)
			.containsEntry("settingNotified", true);

		// The panel member, after the caseworker logs out, finds the decision in the same browser.
		tasklist.findElement(By.cssSelector("[cam-widget-header] li.account a.dropdown-toggle")).click();
		waitFor(tasklist, By.cssSelector("[cam-widget-header] li.logout a")).click();
		waitFor(tasklist, By.cssSelector("input[ng-model='username']"));
		logIn(tasklist, "panel");
		assertThat(waitFor(tasklist, By.cssSelector("[cam-widget-header] li.account")).getText()).contains("Pat Panel");
		waitFor(tasklist, taskInList(DECIDE_WHETHER_TO_ASSESS));
		searchByBusinessKey(tasklist, caseReference);
		patience(tasklist).until(driver -> driver.findElements(By.cssSelector(".tasks-list li.task")).size() == 1);
		tasklist.findElement(taskInList(DECIDE_WHETHER_TO_ASSESS)).click();
		WebElement reference = field(tasklist, "Field_caseReference");
		patience(tasklist).until(driver -> caseReference.equals(reference.getDomProperty("value")));
		tallScreenshot(tasklist, "09-panel-decide-whether-to-assess.png");
		Task decide = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideWhetherToAssess");
		assertThat(taskService.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("send-panel").count()).isOne();
		stepsPassed = 3;
	}

	@Test
	@Order(4)
	void anAdministratorFindsTheCaseReferenceInCockpit() {
		assumeTrue(stepsPassed >= 2, "no case was started through Tasklist");
		WebDriver cockpit = openBrowser();
		cockpit.get(url("/camunda/app/cockpit/"));
		waitFor(cockpit, By.cssSelector("input[ng-model='username']"));
		screenshot(cockpit, "10-cockpit-login.png");
		logIn(cockpit, "demo");
		assertThat(waitFor(cockpit, By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")).getText()).isEqualTo("EHC Flow Cockpit");
		for (WebElement banner : cockpit.findElements(By.cssSelector(".ce-eol-banner"))) {
			assertThat(banner.isDisplayed()).as("the Camunda 8 migration banner is hidden").isFalse();
		}

		waitFor(cockpit, By.linkText("Processes")).click();
		waitFor(cockpit, By.xpath("//table//a[normalize-space()='EHC needs assessment']")).click();
		By row = By.xpath("//table//tr[td[normalize-space()='" + caseReference + "']]");
		WebElement instance = waitFor(cockpit, row);
		screenshot(cockpit, "11-cockpit-process-instances.png");

		instance.findElement(By.xpath(".//a[normalize-space()='" + processInstanceId + "']")).click();
		patience(cockpit).until(driver -> driver.getCurrentUrl().contains("/process-instance/" + processInstanceId));
		patience(cockpit).until(driver -> driver.findElement(By.tagName("body")).getText().contains(caseReference));
		waitFor(cockpit, By.xpath("//*[contains(@class,'variables') or self::table]//*[normalize-space()='caseReference']"));
		screenshot(cockpit, "12-cockpit-process-instance.png");
		stepsPassed = 4;
	}

	// --- the browser -------------------------------------------------------------------------

	WebDriver openBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("ehcflow.e2e.chromium", "/usr/bin/chromium"));
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=en-GB",
					"--user-data-dir=" + Files.createTempDirectory("ehcflow-chromium").toAbsolutePath());
		}
		catch (IOException e) {
			throw new IllegalStateException("no temporary directory for Chromium's profile", e);
		}
		// A caseworker in England: British English, London time (the footer names the zone).
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver")))
			.withEnvironment(Map.of("TZ", "Europe/London"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		browsers.add(driver);
		browser = driver;
		return driver;
	}

	void logIn(WebDriver driver, String user) {
		WebElement name = waitFor(driver, By.cssSelector("input[ng-model='username']"));
		name.clear();
		name.sendKeys(user);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
		driver.findElement(By.xpath("//form[@name='signinForm']//button[@type='submit']")).click();
		waitFor(driver, By.cssSelector("[cam-widget-header] li.account"));
	}

	/** Tasklist's search box: the "Process Instance Business Key" criterion, then the value. */
	void searchByBusinessKey(WebDriver driver, String businessKey) {
		WebElement search = waitFor(driver, By.cssSelector(".tasks-list [cam-widget-search] input.main-field"));
		search.click();
		search.sendKeys("Business Key");
		waitFor(driver, By.xpath("//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//a[@title='Process Instance Business Key']")).click();
		WebElement value = waitFor(driver, By.cssSelector("[cam-widget-search-pill] .value-field input"));
		value.sendKeys(businessKey + Keys.ENTER);
		patience(driver).until(d -> d.findElement(By.cssSelector("[cam-widget-search-pill] .value-field")).getText().contains(businessKey));
	}

	void complete(WebDriver driver) {
		WebElement complete = waitFor(driver, By.xpath("//*[@cam-tasklist-task]//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']"));
		patience(driver).until(ExpectedConditions.elementToBeClickable(complete)).click();
	}

	// --- Camunda Forms (form-js) fields, found by the form field's id -------------------------------

	/** form-js gives each input the id {@code fjs-form-<random>-<field id>}. */
	WebElement field(WebDriver driver, String fieldId) {
		return waitFor(driver, By.cssSelector("[id$='-" + fieldId + "']"));
	}

	void type(WebDriver driver, String fieldId, String text) {
		WebElement input = field(driver, fieldId);
		input.click();
		input.sendKeys(text);
	}

	/**
	 * A form-js date field is a flatpickr input that takes a typed date in the browser's locale
	 * format, shown as its placeholder ("mm/dd/yyyy" in Chromium's default en-US ICU locale,
	 * "dd/mm/yyyy" in en-GB), and stores an ISO date once the field loses focus.
	 */
	void typeDate(WebDriver driver, String fieldId, LocalDate date) {
		WebElement input = field(driver, fieldId + "-date");
		String placeholder = input.getDomAttribute("placeholder");
		DateTimeFormatter typed = DateTimeFormatter.ofPattern(placeholder.replace("mm", "MM"));
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
		input.sendKeys(Keys.BACK_SPACE);
		input.sendKeys(date.format(typed));
		input.sendKeys(Keys.TAB);
		// flatpickr rewrites the text in its own format (e.g. 3/2/2026); read it back leniently.
		DateTimeFormatter shown = DateTimeFormatter.ofPattern(placeholder.replace("mm", "M").replace("dd", "d"));
		patience(driver).until(d -> {
			String value = input.getDomProperty("value");
			try {
				return date.equals(LocalDate.parse(value, shown));
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
	}

	/** A form-js select is a div that opens a list of divs (Tab into it opens the list too). */
	void pick(WebDriver driver, String fieldId, String label) {
		WebElement display = field(driver, fieldId + "-display");
		By items = By.xpath("//div[contains(@class,'fjs-form-field-select')][.//*[@id='" + display.getDomAttribute("id")
				+ "']]//div[contains(@class,'fjs-dropdownlist-item')]");
		if (driver.findElements(items).isEmpty()) {
			display.click();
		}
		patience(driver).until(d -> !d.findElements(items).isEmpty());
		WebElement item = driver.findElements(items)
			.stream()
			.filter(each -> each.getText().trim().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option '" + label + "' in " + fieldId));
		item.click();
		patience(driver).until(d -> d.findElements(items).isEmpty() && label.equals(display.getText().trim()));
	}

	// --- waiting and looking ------------------------------------------------------------------

	WebDriverWait patience(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	WebElement waitFor(WebDriver driver, By locator) {
		return patience(driver).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	WebElement waitForNotification(WebDriver driver, String kind, String text) {
		Function<WebDriver, WebElement> shown = d -> d.findElements(By.cssSelector(".page-notifications .alert." + kind))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(alert -> alert.getText().contains(text))
			.findFirst()
			.orElse(null);
		return patience(driver).withMessage(() -> "a notification (" + kind + ") saying: " + text).until(shown);
	}

	static By taskInList(String name) {
		return By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4/a[normalize-space()='" + name + "']");
	}

	static JavascriptExecutor js(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

	void screenshot(WebDriver driver, String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException e) {
			System.err.println("screenshot " + name + " not saved: " + e);
		}
	}

	/** A taller window for a whole form; the webapps scroll inside their panes, not the page. */
	void tallScreenshot(WebDriver driver, String name) {
		Dimension normal = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(normal.getWidth(), 1800));
		try {
			patience(driver).until(d -> ((Number) js(d).executeScript("return window.innerHeight")).intValue() > normal.getHeight());
			screenshot(driver, name);
		}
		finally {
			driver.manage().window().setSize(normal);
		}
	}

	// --- the engine and the calendar ----------------------------------------------------------

	Set<String> ehcInstanceIds() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	Task gatherViews() {
		return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_GatherViews").singleResult();
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
	 * The national curriculum year in England: the age on 31 August before the school year,
	 * less 4 (a child aged 4 on that day is in Reception, one aged 8 is in Year 4).
	 */
	static int yearGroup(LocalDate born, LocalDate today) {
		int schoolYearStarts = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		return Period.between(born, LocalDate.of(schoolYearStarts, 8, 31)).getYears() - 4;
	}

}
