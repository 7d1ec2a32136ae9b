package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.support.Browser;
import org.ehcflow.support.ProcessTestSupport;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The issue's "done when": a caseworker runs an annual review to an amended plan in
 * Tasklist (headless Chromium), through the real forms. The review is started as ehcPlan
 * would start it, with the contract's inputs, on today's date: the caseworker arranges
 * the meeting three weeks ahead (inviting everyone and asking the parent and the school
 * for advice), records the advice, circulates it; the engine clock then moves to the day
 * after the meeting, where the caseworker records the meeting and its report, decides to
 * amend, sends the proposed amendments, records the family's response and issues the
 * amended plan. Screenshots go to {@code target/screenshots/review-*.png}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class AnnualReviewJourneyTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final String ARRANGE = "Arrange the review meeting";

	static final String CIRCULATE = "Circulate the advice to the invitees";

	static final String HOLD = "Hold the review meeting and send the report";

	static final String DECIDE = "Decide whether to maintain, amend or cease the plan";

	static final String PROPOSE = "Send the proposed amendments";

	static final String RESPONSE = "Record the family's response to the proposed amendments";

	static final String ISSUE = "Issue the amended plan";

	static final String PARENT_EMAIL = "alex.review@example.org";

	static final String SCHOOL_EMAIL = "senco.review@riverside.example.org";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	Tasklist tasklist;

	final LocalDate today = LocalDate.now(LONDON);

	final LocalDate meeting = today.plusDays(21);

	final LocalDate dayAfterMeeting = meeting.plusDays(1);

	final String caseReference = "EHC-2026-" + (90000 + (int) (System.nanoTime() % 9000));

	String processInstanceId;

	int stepsPassed;

	int screenshots;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence("review-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void onTheRealClock() throws IOException {
		ClockUtil.reset();
		Browser.requireChromium();
	}

	@AfterAll
	void quitBrowserAndResetTheClock() {
		ClockUtil.reset();
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void theCaseworkerArrangesTheMeetingAndInvitesEveryone() {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("caseReference", caseReference);
		inputs.put("childFirstName", "Sam");
		inputs.put("childDateOfBirth", "2016-05-14");
		inputs.put("nationalCurriculumYear", "5");
		inputs.put("settingName", "Riverside Primary School");
		inputs.put("settingType", "PRIMARY");
		inputs.put("caseworker", "caseworker");
		inputs.put("annualReviewDecisionBy", iso(today.plusDays(70)));
		inputs.put("phaseTransferPlanBy", null);
		inputs.put("reviewMeetingBy", iso(today.plusDays(42)));
		inputs.put("reviewReason", "ANNUAL");
		processInstanceId = runtimeService.startProcessInstanceByKey("annualReview", caseReference, inputs).getId();
		assertWaitingAt("Task_ArrangeReviewMeeting");

		browser = Browser.open();
		tasklist = new Tasklist(browser, port).open();
		tasklist.logIn("caseworker");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(1);
		open(ARRANGE);
		assertThat(tasklist.loadedValue("Field_caseReference")).isEqualTo(caseReference);
		assertThat(tasklist.formText()).contains("Invitations due by " + iso(today.plusDays(28)));

		tasklist.typeDate("Field_reviewMeetingDate", meeting);
		tasklist.type("Field_reviewMeetingPlace", "Riverside Primary School, meeting room 2");
		tasklist.tickAllOptions("Field_reviewInvitees");
		tasklist.type("Field_parentEmail", PARENT_EMAIL);
		tasklist.type("Field_settingEmail", SCHOOL_EMAIL);
		tasklist.tickOptions("Field_reviewAdvice", "The parent or young person", "The school or setting");
		completeTask(ARRANGE, "arrange");

		assertCompletedBy("Task_ArrangeReviewMeeting");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("reviewMeetingDate", iso(meeting))
			.containsEntry("invitationsSentDate", iso(today))
			.containsEntry("adviceDueBy", iso(meeting.minusDays(14)))
			.containsEntry("reviewMeetingLate", false);
		assertThat(ProcessTestSupport.recipientsOf(jdbc, caseReference, "review-invitation"))
			.containsExactlyInAnyOrder(PARENT_EMAIL, SCHOOL_EMAIL);
		assertThat(adviceTasks()).hasSize(2);
		stepsPassed = 1;
	}

	@Test
	@Order(2)
	void theCaseworkerRecordsTheAdviceAndCirculatesIt() {
		assumeTrue(stepsPassed >= 1, "the meeting was not arranged");
		String model = jdbc.queryForObject(
				"select model_json from outbox_message where case_reference = ? and template = 'advice-request' and recipient = ?",
				String.class, caseReference, SCHOOL_EMAIL);
		String token = model.replaceAll(".*\"adviceToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		browser.get("http://localhost:" + port + "/advice/" + token);
		String page = browser.waitFor(By.tagName("body")).getText();
		assertThat(page).as("the school's advice portal page")
			.contains("reviewing this child's education, health and care (EHC) plan")
			.contains("reg 20(4)")
			.doesNotContain("needs assessment for this child");
		tasklist.browser().get("http://localhost:" + port + "/camunda/app/tasklist/");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(2);
		for (String giver : List.of("the parent or young person", "the school or setting (educational advice)")) {
			String name = "Record advice from " + giver;
			open(name);
			tasklist.claim("Casey Worker");
			tasklist.choose("Field_adviceOutcome", "New advice received");
			tasklist.typeDate("Field_adviceReceivedDate", today);
			tasklist.type("Field_adviceSummary", "Progress this year, and what should change.");
			completeTask(name, "advice");
		}
		assertWaitingAt("Task_CirculateReviewAdvice");

		open(CIRCULATE);
		tasklist.typeDate("Field_adviceCirculatedDate", today);
		completeTask(CIRCULATE, "circulate");
		assertCompletedBy("Task_CirculateReviewAdvice");
		assertWaitingAt("Task_HoldReviewMeeting");
		stepsPassed = 2;
	}

	@Test
	@Order(3)
	void afterTheMeetingTheCaseworkerSendsTheReportAndDecidesToAmend() {
		assumeTrue(stepsPassed >= 2, "the advice was not circulated");
		ProcessTestSupport.today(dayAfterMeeting);
		tasklist.browser().driver().navigate().refresh();
		tasklist.showCase(caseReference);
		open(HOLD);
		tasklist.typeDate("Field_reviewMeetingDate", meeting);
		tasklist.typeDate("Field_reviewReportDate", dayAfterMeeting);
		completeTask(HOLD, "hold");
		assertWaitingAt("Task_DecideReviewOutcome");

		open(DECIDE);
		assertThat(tasklist.optionLabels("Field_reviewDecision")).containsExactly("Maintain the plan as it is",
				"Amend the plan", "Cease to maintain the plan");
		tasklist.choose("Field_reviewDecision", "Amend the plan");
		tasklist.typeDate("Field_reviewDecisionDate", dayAfterMeeting);
		tasklist.type("Field_reviewDecisionReasons", "Speech and language needs have grown; section F must say more.");
		completeTask(DECIDE, "decide");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("reviewDecision", "AMEND")
			.containsEntry("reviewDecisionDate", iso(dayAfterMeeting));

		open(PROPOSE);
		tasklist.typeDate("Field_amendmentNoticeDate", dayAfterMeeting);
		tasklist.type("Field_amendmentSummary", "Section F: 10 hours of speech and language therapy a term.");
		completeTask(PROPOSE, "propose");
		assertThat(runtimeService.getVariables(processInstanceId))
			.containsEntry("amendmentRepresentationsBy", iso(dayAfterMeeting.plusDays(14)))
			.containsEntry("amendedPlanDueBy", iso(dayAfterMeeting.plusWeeks(8)));
		assertThat(ProcessTestSupport.recipientsOf(jdbc, caseReference, "review-amendment-notice"))
			.containsExactlyInAnyOrder(PARENT_EMAIL, SCHOOL_EMAIL);
		assertWaitingAt("Task_RecordAmendmentResponse");
		stepsPassed = 3;
	}

	@Test
	@Order(4)
	void theFamilyRespondsAndTheCaseworkerIssuesTheAmendedPlan() {
		assumeTrue(stepsPassed >= 3, "no amendments were proposed");
		open(RESPONSE);
		tasklist.choose("Field_amendmentResponse", "The family responded");
		tasklist.typeDate("Field_amendmentRepresentationsDate", dayAfterMeeting);
		tasklist.type("Field_amendmentRepresentationsSummary", "Alex agrees with the changes.");
		completeTask(RESPONSE, "response");
		assertWaitingAt("Task_IssueAmendedPlan");

		open(ISSUE);
		assertThat(tasklist.formText()).contains("Due by " + iso(dayAfterMeeting.plusWeeks(8)));
		tasklist.choose("Field_amendmentOutcome", "Issue the amended plan");
		tasklist.typeDate("Field_amendedPlanIssuedDate", dayAfterMeeting);
		// Issued before the family's 15 days end (reg 22(2)(c)): only on their word that
		// they have nothing to add.
		tasklist.tick("Field_familyHasNothingToAdd");
		assertThat(tasklist.value("Field_settingName")).isEqualTo("Riverside Primary School");
		completeTask(ISSUE, "issue");
		tasklist.waitForTaskCount(0);

		HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
		assertThat(ended.getEndActivityId()).isEqualTo("EndEvent_AmendmentFinished");
		assertThat(historicVariable("amendedPlanIssuedDate")).isEqualTo(iso(dayAfterMeeting));
		assertThat(historicVariable("settingName")).isEqualTo("Riverside Primary School");
		assertThat(historicVariable("settingType")).isEqualTo("PRIMARY");
		assertThat(ProcessTestSupport.recipientsOf(jdbc, caseReference, "amended-plan-issued"))
			.containsExactlyInAnyOrder(PARENT_EMAIL, SCHOOL_EMAIL);
		stepsPassed = 4;
	}

	// --- helpers
	// ------------------------------------------------------------------------------

	/**
	 * Screenshots the filled-in form, completes it, and waits until Tasklist has let it
	 * go; a red notification (the server refused the form) fails the step with its text.
	 */
	void completeTask(String name, String screenshotName) {
		tasklist.tallScreenshot(nextShot(screenshotName), 2200);
		closeNotifications();
		Optional<String> refused = null;
		// A click that lands while form-js is still drawing the form is lost; the task is
		// then still
		// open in the engine, so it is safe to press Complete again.
		for (int attempt = 1; refused == null; attempt++) {
			tasklist.complete();
			try {
				refused = browser.patience()
					.withTimeout(java.time.Duration.ofSeconds(attempt < 3 ? 20 : 60))
					.withMessage(() -> name + " to be completed")
					.until(d -> completedOrRefused(d, name));
			}
			catch (org.openqa.selenium.TimeoutException lost) {
				if (attempt >= 3 || !stillOpen(name)) {
					throw lost;
				}
			}
		}
		refused.ifPresent(message -> {
			tasklist.screenshot(nextShot(screenshotName + "-refused"));
			throw new AssertionError("Tasklist refused \"" + name + "\": " + message);
		});
	}

	boolean stillOpen(String name) {
		return taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).count() > 0;
	}

	/**
	 * A red notification (the server refused the form), or the task gone from the list;
	 * else null.
	 */
	Optional<String> completedOrRefused(org.openqa.selenium.WebDriver d, String name) {
		List<WebElement> errors = d.findElements(By.cssSelector(".page-notifications .alert-danger"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		if (!errors.isEmpty()) {
			return Optional.of(errors.get(0).getText());
		}
		boolean gone = d.findElement(By.cssSelector("[cam-tasklist-task]"))
			.getText()
			.contains("Select a task in the list.") && !tasklist.taskNamesInList().contains(name);
		return gone ? Optional.empty() : null;
	}

	void open(String name) {
		tasklist.waitForTaskInList(name);
		closeNotifications();
		tasklist.openTask(name);
		closeNotifications();
	}

	/**
	 * The last task's "completed" notification would lie over this task's Complete
	 * button.
	 */
	void closeNotifications() {
		for (WebElement notification : browser.findAll(By.cssSelector(".page-notifications .alert-info"))) {
			if (notification.isDisplayed()) {
				tasklist.close(notification, "alert-info");
			}
		}
	}

	String nextShot(String name) {
		return String.format("review-%02d-%s.png", ++screenshots, name);
	}

	void assertWaitingAt(String taskDefinitionKey) {
		List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
		assertThat(open).as("the review's open tasks")
			.extracting(Task::getTaskDefinitionKey)
			.containsExactly(taskDefinitionKey);
	}

	void assertCompletedBy(String taskDefinitionKey) {
		HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(done).as(taskDefinitionKey).isNotNull();
		assertThat(done.getDeleteReason()).isEqualTo("completed");
		assertThat(done.getAssignee()).isEqualTo("caseworker");
	}

	List<Task> adviceTasks() {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(caseReference)
			.taskDefinitionKey("Task_RecordAdvice")
			.list();
	}

	Object historicVariable(String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(name)
			.singleResult()
			.getValue();
	}

	static String iso(LocalDate date) {
		return date.toString();
	}

}
