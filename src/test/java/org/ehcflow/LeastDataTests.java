package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.advice.PortalBrowser;
import org.ehcflow.advice.PortalBrowser.Form;
import org.ehcflow.advice.PortalBrowser.Page;
import org.ehcflow.notify.OutboxSender;
import org.ehcflow.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * Least data (UK GDPR art. 5(1)(c)): a whole assessment, from the request to the final
 * plan, with advice sent through the portal and every reminder, breach and email on the
 * way, never puts the child's name in the application's log, in an email subject or in a
 * URL it makes. A case is named by its reference; the portal page and the email bodies
 * may show the first name to those who need it, and are not checked here.
 */
@TestSmtp.PointMailAtIt
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LeastDataTests {

	static final String FIRST_NAME = "Zephyrine";

	static final String LAST_NAME = "Quillfeather";

	static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	OutboxSender sender;

	final List<String> urls = new ArrayList<>();

	String reference;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aWholeAssessmentNeverPutsTheChildsNameInALogAnEmailSubjectOrAUrl(CapturedOutput output) throws Exception {
		today("2026-03-02");
		Map<String, Object> request = request("2026-03-02");
		request.put("childFirstName", FIRST_NAME);
		request.put("childLastName", LAST_NAME);
		request.put("requestSummary", FIRST_NAME + " " + LAST_NAME + " finds reading hard.");
		ResponseEntity<Map> started = rest.withBasicAuth("caseworker", "caseworker")
			.postForEntity("/api/assessments", request, Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		reference = (String) started.getBody().get("caseReference");
		urls.add(started.getHeaders().getLocation().toString());

		step("2026-03-03", "Task_GatherViews", Map.of("familyNotifiedDate", "2026-03-03", "settingNotified", true,
				"healthNotified", true, "socialCareNotified", true, "familyViews", FIRST_NAME + " likes trains."));
		// Past the reminder day of the 6-week decision, so that its reminder goes out
		// too.
		today("2026-04-07");
		fireDueJobs(managementService);
		step("2026-04-08", "Task_DecideWhetherToAssess",
				Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", "2026-04-08", "decisionToAssessReasons",
						"Needs may call for special educational provision.", "otherAdviceRequested", ""));
		deliverEmails();

		adviceThroughThePortal();
		// Past the advice due date: reminders to advice givers, escalations to their
		// managers.
		today("2026-05-28");
		fireDueJobs(managementService);
		for (Task advice : tasks("Task_RecordAdvice")) {
			taskService.complete(advice.getId(), Map.of("adviceReceivedDate", "2026-05-28", "adviceOutcome",
					"NEW_ADVICE", "adviceSummary", "Advice about " + FIRST_NAME + " attached."));
		}
		for (Task check : tasks("Task_CheckSubmittedAdvice")) {
			taskService.complete(check.getId());
		}
		step("2026-06-01", "Task_DecideWhetherToIssue", Map.of("decisionToIssue", "ISSUE", "decisionToIssueDate",
				"2026-06-01", "decisionToIssueReasons", "Provision beyond what the school can make."));
		step("2026-06-08", "Task_DraftPlan",
				Map.of("draftSectionsComplete", List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"),
						"draftServedDate", "2026-06-08", "draftNamesNoSetting", true, "draftSentWithAdvice", true));
		step("2026-06-23", "Task_RecordRepresentations",
				Map.of("familyResponse", "NO_RESPONSE", "settingRequested", false));
		// Past the 20-week date: the breach goes to the managers.
		today("2026-07-22");
		fireDueJobs(managementService);
		step("2026-07-22", "Task_IssueFinalPlan",
				Map.of("finalPlanIssuedDate", "2026-07-22", "namedSettingName", "Riverside Primary School",
						"settingType", "PRIMARY", "finalPlanSentToSetting", true, "finalPlanSentToHealth", true));
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.processInstanceBusinessKey(reference)
			.count()).as("the assessment has ended, its plan handed over to ehcPlan").isZero();
		deliverEmails();

		MimeMessage[] emails = smtp.getReceivedMessages();
		assertThat(emails).as("emails on the way").hasSizeGreaterThan(5);
		for (MimeMessage email : emails) {
			assertThat(email.getSubject()).as("a subject").contains(reference).doesNotContain(FIRST_NAME, LAST_NAME);
			Matcher links = URL.matcher(GreenMailUtil.getBody(email));
			while (links.find()) {
				urls.add(links.group());
			}
		}
		assertThat(urls).as("URLs made")
			.isNotEmpty()
			.allSatisfy(url -> assertThat(url).doesNotContain(FIRST_NAME, LAST_NAME));
		assertThat(output.getAll()).as("the log").contains(reference).doesNotContain(FIRST_NAME, LAST_NAME);
	}

	void step(String day, String taskKey, Map<String, Object> variables) {
		today(day);
		fireDueJobs(managementService);
		List<Task> open = tasks(taskKey);
		assertThat(open).as(taskKey).hasSize(1);
		taskService.complete(open.get(0).getId(), variables);
		fireDueJobs(managementService);
	}

	List<Task> tasks(String taskKey) {
		return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
	}

	void deliverEmails() {
		while (sender.sendDue() > 0) {
			// until the outbox is empty
		}
	}

	/**
	 * The educational psychologist opens the link in their email and sends their advice.
	 */
	void adviceThroughThePortal() throws Exception {
		String link = null;
		for (MimeMessage email : smtp.getReceivedMessages()) {
			Matcher portal = Pattern.compile("https?://[^\\s\"'<>]+/advice/[A-Za-z0-9_-]+")
				.matcher(GreenMailUtil.getBody(email));
			if (portal.find()) {
				link = portal.group();
			}
		}
		assertThat(link).as("a portal link in an advice request").isNotNull();
		String path = link.substring(link.indexOf("/advice/"));
		today("2026-05-01");
		PortalBrowser browser = new PortalBrowser(port);
		Page received = browser.submit(path.substring("/advice/".length()),
				Form.of("outcome", "NEW_ADVICE", "adviceText", FIRST_NAME + " needs help with reading.")
					.noFile("document"));
		assertThat(received.status()).isEqualTo(200);
		fireDueJobs(managementService);
	}

}
