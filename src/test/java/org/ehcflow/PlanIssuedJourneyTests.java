package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The README's "Try a case in Tasklist", to the end: a request is recorded, and from then
 * on a caseworker and a panel member walk the case through the real forms in Tasklist
 * (headless Chromium) until the final plan is issued. Gather views; the panel decides to
 * assess; the five pieces of advice a Year 3 child with no sensory impairment needs; the
 * panel decides to issue; the draft with every section A to K; the family's response; the
 * final plan. Every date is today on the real clock. After each step the engine must have
 * moved on; at the end the case has ended at "Plan issued" and the family's email waits
 * in the outbox. Screenshots of each form, filled in, go to
 * {@code target/screenshots/journey-*.png}.
 *
 * <p>
 * The request itself is recorded through the engine, to save time:
 * {@link TasklistJourneyTests} drives the start form.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class PlanIssuedJourneyTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final String GATHER_VIEWS = "Gather views and tell health and social care";

	static final String DECIDE_WHETHER_TO_ASSESS = "Decide whether to assess";

	static final String DECIDE_WHETHER_TO_ISSUE = "Decide whether to issue an EHC plan";

	static final String DRAFT_PLAN = "Draft the plan and send it to the family";

	static final String RECORD_REPRESENTATIONS = "Record the family's response to the draft";

	static final String ISSUE_FINAL_PLAN = "Issue the final EHC plan";

	/**
	 * The advice SEND Regulations 2014 reg 6(1)(a)-(e) require for a Year 3 child with no
	 * sensory impairment.
	 */
	static final Map<String, String> ADVICE = Map.of("PARENT", "the parent or young person", "EDUCATIONAL",
			"the school or setting (educational advice)", "MEDICAL", "health (medical advice)", "PSYCHOLOGICAL",
			"educational psychology", "SOCIAL_CARE", "social care");

	static final List<String> ADVICE_ORDER = List.of("PARENT", "EDUCATIONAL", "MEDICAL", "PSYCHOLOGICAL",
			"SOCIAL_CARE");

	static final String PARENT_EMAIL = "alex.journey@example.org";

	static final String SCHOOL = "Riverside Primary School";

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

	String caseReference;

	String processInstanceId;

	int stepsPassed;

	int screenshots;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.failureEvidence("journey-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void onTheRealClock() throws IOException {
		// Every date of the journey is today, as a caseworker would type it; the rules
		// check them
		// against the engine clock, so it must be the real one.
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
	@Order(1)
	void aRequestIsRecordedAndTheCaseworkerGathersViews() {
		Map<String, Object> request = ProcessTestSupport.request(iso(today));
		request.put("childLastName", "Journey");
		request.put("childDateOfBirth", iso(bornInYear3(today)));
		request.put("nationalCurriculumYear", 3);
		request.put("parentName", "Alex Journey");
		request.put("parentEmail", PARENT_EMAIL);
		request.put("requestSummary", "Falling behind in reading; the school has used its own SEN support for a year.");
		ProcessInstance started = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request)
			.execute();
		processInstanceId = started.getId();
		caseReference = runtimeService.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getBusinessKey();
		assertThat(caseReference).matches("EHC-\\d{4}-\\d{5}");
		assertWaitingAt("Task_GatherViews");

		browser = Browser.open();
		tasklist = new Tasklist(browser, port).open();
		tasklist.logIn("caseworker");
		assertThat(browser.account()).contains("Casey Worker");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(1);
		tasklist.openTask(GATHER_VIEWS);
		assertThat(tasklist.loadedValue("Field_caseReference")).isEqualTo(caseReference);
		tasklist.claim("Casey Worker");

		tasklist.typeDate("Field_familyNotifiedDate", today);
		tasklist.tick("Field_healthNotified");
		tasklist.tick("Field_socialCareNotified");
		tasklist.tick("Field_settingNotified");
		tasklist.type("Field_familyViews", "Alex wants an assessment; Sam says reading is hard.");
		tasklist.type("Field_settingViews", "The school supports the request.");
		completeTask(GATHER_VIEWS, "gather-views");

		assertCompletedBy("Task_GatherViews", "caseworker");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("familyNotifiedDate", iso(today))
			.containsEntry("healthNotified", true)
			.containsEntry("socialCareNotified", true)
			.containsEntry("settingNotified", true);
		assertWaitingAt("Task_DecideWhetherToAssess");
		tasklist.waitForTaskCount(0);
		stepsPassed = 1;
	}

	@Test
	@Order(2)
	void thePanelDecidesToAssessAndFiveRequestsForAdviceGoOut() {
		assumeTrue(stepsPassed >= 1, "views were not gathered");
		panelOpens(DECIDE_WHETHER_TO_ASSESS);
		assertThat(tasklist.optionLabels("Field_decisionToAssess"))
			.containsExactly("Assess: an EHC needs assessment is necessary", "Do not assess");

		tasklist.choose("Field_decisionToAssess", "Assess");
		tasklist.typeDate("Field_decisionToAssessDate", today);
		tasklist.type("Field_decisionToAssessReasons",
				"Sam may have special educational needs that call for provision the school cannot make from its own resources.");
		completeTask(DECIDE_WHETHER_TO_ASSESS, "decide-whether-to-assess");

		assertCompletedBy("Task_DecideWhetherToAssess", "panel");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("decisionToAssess", "ASSESS")
			.containsEntry("decisionToAssessDate", iso(today))
			.containsEntry("adviceRequestedDate", iso(today))
			.containsEntry("adviceDueBy", iso(today.plusWeeks(6)));
		List<Task> advice = adviceTasks();
		assertThat(advice).extracting(Task::getName)
			.containsExactlyInAnyOrderElementsOf(
					ADVICE_ORDER.stream().map(code -> "Record advice from " + ADVICE.get(code)).toList());
		assertThat(advice).allSatisfy(task -> assertThat(
				taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("send-caseworkers").count())
			.isOne());
		stepsPassed = 2;
	}

	@Test
	@Order(3)
	void theCaseworkerRecordsEachPieceOfAdvice() {
		assumeTrue(stepsPassed >= 2, "the panel did not decide to assess");
		tasklist.switchTo("caseworker");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(ADVICE.size());
		assertThat(tasklist.taskNamesInList()).allMatch(name -> name.startsWith("Record advice from "));
		shot("advice-requested");

		int left = ADVICE.size();
		for (String code : ADVICE_ORDER) {
			String name = "Record advice from " + ADVICE.get(code);
			tasklist.openTask(name);
			assertThat(tasklist.loadedValue("Field_adviceServiceName")).isEqualTo(ADVICE.get(code));
			assertThat(tasklist.value("Field_caseReference")).isEqualTo(caseReference);
			tasklist.claim("Casey Worker");
			tasklist.choose("Field_adviceOutcome", "New advice received");
			tasklist.typeDate("Field_adviceReceivedDate", today);
			tasklist.type("Field_adviceSummary", "Advice from " + ADVICE.get(code) + " received and filed.");
			completeTask(name, "record-advice-" + code.toLowerCase().replace('_', '-'));
			tasklist.waitForTaskCount(--left);

			HistoricTaskInstance recorded = historyService.createHistoricTaskInstanceQuery()
				.processInstanceBusinessKey(caseReference)
				.taskDefinitionKey("Task_RecordAdvice")
				.taskName(name)
				.finished()
				.singleResult();
			assertThat(recorded).as(name + " is done").isNotNull();
			assertThat(recorded.getAssignee()).isEqualTo("caseworker");
			assertThat(adviceTasks()).hasSize(left);
		}

		assertThat(historyService.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(processInstanceId)
			.processDefinitionKey("adviceRequest")
			.completed()
			.count()).as("advice requests done").isEqualTo(ADVICE.size());
		assertWaitingAt("Task_DecideWhetherToIssue");
		stepsPassed = 3;
	}

	@Test
	@Order(4)
	void thePanelDecidesToIssueAPlan() {
		assumeTrue(stepsPassed >= 3, "the advice was not recorded");
		panelOpens(DECIDE_WHETHER_TO_ISSUE);
		tasklist.choose("Field_decisionToIssue", "Issue an EHC plan");
		tasklist.typeDate("Field_decisionToIssueDate", today);
		tasklist.type("Field_decisionToIssueReasons", "The advice shows Sam needs provision beyond SEN support.");
		completeTask(DECIDE_WHETHER_TO_ISSUE, "decide-whether-to-issue");

		assertCompletedBy("Task_DecideWhetherToIssue", "panel");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("decisionToIssue", "ISSUE")
			.containsEntry("decisionToIssueDate", iso(today));
		assertWaitingAt("Task_DraftPlan");
		stepsPassed = 4;
	}

	@Test
	@Order(5)
	void theCaseworkerDraftsThePlanWithEverySection() {
		assumeTrue(stepsPassed >= 4, "the panel did not decide to issue");
		tasklist.switchTo("caseworker");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(1);
		tasklist.openTask(DRAFT_PLAN);
		tasklist.claim("Casey Worker");

		List<String> sections = tasklist.tickAllOptions("Field_draftSectionsComplete");
		assertThat(sections).hasSize(11);
		assertThat(sections.get(0)).startsWith("A:");
		assertThat(sections.get(10)).startsWith("K:");
		tasklist.typeDate("Field_draftServedDate", today);
		tasklist.tick("Field_draftNamesNoSetting");
		tasklist.tick("Field_draftSentWithAdvice");
		completeTask(DRAFT_PLAN, "draft-plan");

		assertCompletedBy("Task_DraftPlan", "caseworker");
		assertThat(draftSections(runtimeService.getVariable(processInstanceId, "draftSectionsComplete")))
			.containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("draftServedDate", iso(today))
			.containsEntry("draftNamesNoSetting", true)
			.containsEntry("draftSentWithAdvice", true)
			.containsEntry("draftRepresentationsBy", iso(today.plusDays(14)))
			.containsEntry("earliestFinalPlanDate", iso(today.plusDays(15)));
		assertWaitingAt("Task_RecordRepresentations");
		stepsPassed = 5;
	}

	@Test
	@Order(6)
	void theCaseworkerRecordsTheFamilysResponse() {
		assumeTrue(stepsPassed >= 5, "no draft was served");
		tasklist.waitForTaskInList(RECORD_REPRESENTATIONS);
		tasklist.openTask(RECORD_REPRESENTATIONS);
		tasklist.claim("Casey Worker");
		tasklist.choose("Field_familyResponse", "The family responded");
		tasklist.typeDate("Field_representationsReceivedDate", today);
		tasklist.type("Field_representationsSummary", "Alex agrees with the draft and asks for no particular school.");
		assertThat(tasklist.field("Field_settingRequested").isSelected()).isFalse();
		completeTask(RECORD_REPRESENTATIONS, "record-representations");

		assertCompletedBy("Task_RecordRepresentations", "caseworker");
		assertThat(runtimeService.getVariables(processInstanceId)).containsEntry("familyResponse", "RESPONDED")
			.containsEntry("representationsReceivedDate", iso(today))
			.containsEntry("settingRequested", false);
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityId("Task_ConsultSetting")
			.count()).as("no setting to consult").isZero();
		assertWaitingAt("Task_IssueFinalPlan");
		stepsPassed = 6;
	}

	@Test
	@Order(7)
	void theCaseworkerIssuesTheFinalPlanAndTheFamilyIsEmailed() {
		assumeTrue(stepsPassed >= 6, "the family's response was not recorded");
		tasklist.waitForTaskInList(ISSUE_FINAL_PLAN);
		tasklist.openTask(ISSUE_FINAL_PLAN);
		tasklist.claim("Casey Worker");
		assertThat(tasklist.formText()).contains("Due by " + iso(today.plusWeeks(20)));
		tasklist.typeDate("Field_finalPlanIssuedDate", today);
		// Issued before the family's 15 days end (reg 13(1)): only on their word that
		// they have nothing to add.
		tasklist.tick("Field_familyHasNothingToAdd");
		tasklist.type("Field_namedSettingName", SCHOOL);
		tasklist.pick("Field_settingType", "Primary school");
		tasklist.tick("Field_finalPlanSentToSetting");
		tasklist.tick("Field_finalPlanSentToHealth");
		completeTask(ISSUE_FINAL_PLAN, "issue-final-plan");
		tasklist.waitForTaskCount(0);
		shot("case-done");

		assertCompletedBy("Task_IssueFinalPlan", "caseworker");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
			.as("the case is still open")
			.isZero();
		HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
		assertThat(ended.getEndActivityId()).isEqualTo("EndEvent_PlanIssued");
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityId("Task_SendFinalPlan")
			.finished()
			.count()).isOne();
		assertThat(draftSections(historicVariable("draftSectionsComplete"))).containsExactly("A", "B", "C", "D", "E",
				"F", "G", "H", "I", "J", "K");
		assertThat(historicVariable("finalPlanIssuedDate")).isEqualTo(iso(today));
		assertThat(historicVariable("namedSettingName")).isEqualTo(SCHOOL);
		assertThat(historicVariable("finalPlanSentToSetting")).isEqualTo(true);
		assertThat(historicVariable("finalPlanSentToHealth")).isEqualTo(true);

		assertThat(jdbc.queryForObject(
				"select count(*) from outbox_message where case_reference = ? and template = 'final-plan-issued'",
				Integer.class, caseReference))
			.isOne();
		assertThat(ProcessTestSupport.recipientsOf(jdbc, caseReference, "final-plan-issued"))
			.containsExactly(PARENT_EMAIL);
		stepsPassed = 7;
	}

	// --- steps in Tasklist
	// --------------------------------------------------------------------

	/**
	 * The panel member signs in (in the caseworker's place), finds the case and claims
	 * its task.
	 */
	void panelOpens(String taskName) {
		tasklist.switchTo("panel");
		assertThat(browser.account()).contains("Pat Panel");
		tasklist.showCase(caseReference);
		tasklist.waitForTaskCount(1);
		tasklist.openTask(taskName);
		assertThat(tasklist.loadedValue("Field_caseReference")).isEqualTo(caseReference);
		tasklist.claim("Pat Panel");
	}

	/**
	 * Screenshots the filled-in form, completes it, and waits until Tasklist has let it
	 * go; a red notification (the server refused the form) fails the step with its text.
	 */
	void completeTask(String name, String screenshotName) {
		tasklist.tallScreenshot(nextShot(screenshotName), 2200);
		tasklist.complete();
		Optional<String> refused = browser.patience().withMessage(() -> name + " to be completed").until(d -> {
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
			return gone ? Optional.<String>empty() : null;
		});
		refused.ifPresent(message -> {
			tasklist.screenshot(nextShot(screenshotName + "-refused"));
			throw new AssertionError("Tasklist refused \"" + name + "\": " + message);
		});
	}

	void shot(String name) {
		tasklist.screenshot(nextShot(name));
	}

	String nextShot(String name) {
		return String.format("journey-%02d-%s.png", ++screenshots, name);
	}

	// --- the engine
	// ---------------------------------------------------------------------------

	void assertWaitingAt(String taskDefinitionKey) {
		List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
		assertThat(open).as("the case's open tasks")
			.extracting(Task::getTaskDefinitionKey)
			.containsExactly(taskDefinitionKey);
	}

	void assertCompletedBy(String taskDefinitionKey, String user) {
		HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(done).as(taskDefinitionKey).isNotNull();
		assertThat(done.getEndTime()).as(taskDefinitionKey + " is finished").isNotNull();
		assertThat(done.getDeleteReason()).isEqualTo("completed");
		assertThat(done.getAssignee()).isEqualTo(user);
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

	/**
	 * A Camunda Forms checklist is stored as a JSON array (a Spin value); a REST client
	 * may send a list.
	 */
	static List<String> draftSections(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(Object::toString).toList();
		}
		assertThat(value).as("draftSectionsComplete").isNotNull();
		try {
			JsonNode array = new ObjectMapper().readTree(value.toString());
			assertThat(array.isArray()).as("draftSectionsComplete is a JSON array: " + value).isTrue();
			List<String> sections = new ArrayList<>();
			array.forEach(section -> sections.add(section.asText()));
			return sections;
		}
		catch (IOException e) {
			throw new AssertionError("draftSectionsComplete is not JSON: " + value, e);
		}
	}

	static String iso(LocalDate date) {
		return date.toString();
	}

	/**
	 * A birthday that puts a child in Year 3 this school year (aged 7 on the 31 August it
	 * began).
	 */
	static LocalDate bornInYear3(LocalDate today) {
		int schoolYearStarts = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		return LocalDate.of(schoolYearStarts - 7, 3, 14);
	}

}
