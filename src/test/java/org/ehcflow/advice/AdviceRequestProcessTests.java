package org.ehcflow.advice;

import org.ehcflow.support.TestSmtp;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.recipientsOf;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.ehcflow.notify.OutboxSender;
import org.ehcflow.support.ProcessCoverage;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Every path of {@code adviceRequest}: the request by email with a personal portal link
 * (through a real SMTP server, GreenMail), the advice giver's reminders, the escalation
 * to the service's manager and the caseworker, advice recorded by a caseworker or sent
 * through the portal, and the case closing under it. Advice asked for on Monday 13 April
 * 2026 is due by Monday 25 May 2026 (SEND Regulations 2014 reg 8(1)); timers fire by
 * moving the engine clock.
 */
@TestSmtp.PointMailAtIt
@SpringBootTest(properties = { "ehcflow.advice-contacts.SOCIAL_CARE=cwd-intake@council.example.org" })
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class AdviceRequestProcessTests {

	static final String REQUESTED = "2026-04-13";

	static final String DUE = "2026-05-25";

	static final String EP_INTAKE = "ep-requests@eps.example.org";

	static final String EP_MANAGER = "principal-ep@eps.example.org";

	static final String DCO_INTAKE = "dco@health.example.org";

	static final String CASEWORKER = "caseworker@ehcflow.invalid";

	static final Pattern LINK = Pattern.compile("http://localhost:8080/advice/([A-Za-z0-9_-]{43})");

	static final AtomicInteger CASE_NUMBERS = new AtomicInteger(90000);

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OutboxSender sender;

	@Autowired
	AdviceLinks links;

	@Autowired
	AdviceDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void onTheDayTheAdviceIsAskedFor() {
		AbstractAssertions.init(engine);
		today(REQUESTED);
		// Exactly these services in the directory (on PostgreSQL the database outlives
		// each test class).
		jdbc.update("delete from advice_contact");
		jdbc.update("delete from advice_service");
		directory.save(new AdviceDirectory.Service("PSYCHOLOGICAL", "Educational Psychology Service", EP_INTAKE,
				EP_MANAGER, true), null, "test");
		directory.save(new AdviceDirectory.Service("MEDICAL", "Designated Clinical Officer", DCO_INTAKE, null, true),
				null, "test");
		directory.save(new AdviceDirectory.Service("PREPARING_FOR_ADULTHOOD", "Preparing for Adulthood team",
				"pfa@council.example.org", "pfa-manager@council.example.org", false), null, "test");
		// Earlier tests in this context may have left rows; each test here sends only its
		// own.
		jdbc.update("update outbox_message set status = 'SENT' where status = 'PENDING'");
	}

	@AfterEach
	void resetClockSignOutAndEmptyTheDirectory() {
		ClockUtil.reset();
		identityService.clearAuthentication();
		jdbc.update("delete from advice_contact");
		jdbc.update("delete from advice_service");
	}

	/**
	 * Runs after every group: the groups together must pass every flow node of the advice
	 * request.
	 */
	@AfterAll
	static void everyFlowNodeOfTheAdviceRequestIsCovered() throws IOException {
		ProcessCoverage coverage = ProcessCoverage.of("adviceRequest", AdviceRequestProcessTests.class);
		LoggerFactory.getLogger(AdviceRequestProcessTests.class)
			.info("Flow-node coverage of adviceRequest: {}", coverage);
		Assertions.assertThat(coverage.missed()).as("flow nodes no test passes").isEmpty();
	}

	/**
	 * An advice request as the assessment's call activity starts it, for a case of its
	 * own.
	 */
	ProcessInstance requestAdvice(String service, String adviceContact, String caseOwner) {
		return requestAdvice(service, adviceContact, caseOwner, REQUESTED, DUE);
	}

	ProcessInstance requestAdvice(String service, String adviceContact, String caseOwner, String requested,
			String due) {
		String reference = "EHC-2026-" + CASE_NUMBERS.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseReference", reference);
		variables.put("adviceService", service);
		variables.put("adviceContact", adviceContact);
		variables.put("adviceRequestedDate", requested);
		variables.put("adviceDueBy", due);
		variables.put("childFirstName", "Sam");
		variables.put("childDateOfBirth", "2016-05-14");
		variables.put("caseOwner", caseOwner);
		return runtimeService.createProcessInstanceByKey("adviceRequest")
			.businessKey(reference)
			.setVariables(variables)
			.execute();
	}

	Object variable(ProcessInstance instance, String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	int linkCount(ProcessInstance instance) {
		return jdbc.queryForObject("select count(*) from advice_link where process_instance_id = ?", Integer.class,
				instance.getId());
	}

	List<String> messageKeys(String caseReference, String template) {
		return jdbc.queryForList(
				"select message_key from outbox_message where case_reference = ? and template = ? order by id",
				String.class, caseReference, template);
	}

	/** Leaves in the outbox, to be sent, only this request's emails of this template. */
	void onlyToBeSent(ProcessInstance instance, String template) {
		jdbc.update(
				"update outbox_message set status = 'SENT' where status = 'PENDING' and not (case_reference = ? and template = ?)",
				instance.getBusinessKey(), template);
	}

	/** The start of the day in London, as the engine and our deadlines count days. */
	static Instant startOf(String isoDay) {
		return LocalDate.parse(isoDay).atStartOfDay(ProcessTestSupport.LONDON).toInstant();
	}

	static String part(MimeMessage email, String type) throws Exception {
		MimeMultipart alternative = (MimeMultipart) email.getContent();
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
		}
		throw new AssertionError("no " + type + " part in " + email.getSubject());
	}

	static String tokenIn(String text) {
		Matcher link = LINK.matcher(text);
		Assertions.assertThat(link.find()).as("a portal link in:%n%s", text).isTrue();
		return link.group(1);
	}

	/**
	 * The portal's side: a stored submission and the message with the contract's
	 * variables.
	 */
	void submitThroughThePortal(ProcessInstance instance, String outcome, String documentName) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into advice_submission (process_instance_id, case_reference, advice_service, outcome,
					  advice_text, document_name, document_type, document_size, document, submitted_via, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PORTAL', ?)""", new String[] { "id" });
			insert.setString(1, instance.getId());
			insert.setString(2, instance.getBusinessKey());
			insert.setString(3, (String) runtimeService.getVariable(instance.getId(), "adviceService"));
			insert.setString(4, outcome);
			insert.setString(5, "Sam reads below the expected level; advice attached.");
			insert.setString(6, documentName);
			insert.setString(7, documentName == null ? null : "application/pdf");
			if (documentName == null) {
				insert.setNull(8, java.sql.Types.INTEGER);
				insert.setNull(9, java.sql.Types.BINARY);
			}
			else {
				insert.setInt(8, 4);
				insert.setBytes(9, "%PDF".getBytes());
			}
			insert.setTimestamp(10, Timestamp.from(Instant.now(clock)));
			return insert;
		}, key);
		long submissionId = key.getKey().longValue();
		runtimeService.createMessageCorrelation("AdviceSubmitted")
			.processInstanceId(instance.getId())
			.setVariables(Map.of("adviceReceivedDate", LocalDate.now(clock).toString(), "adviceOutcome", outcome,
					"adviceSummary", "Sam reads below the expected level; advice attached.", "adviceSubmissionId",
					submissionId, "adviceReceivedVia", "PORTAL"))
			.correlateWithResult();
	}

	@Nested
	class WhenTheRequestGoesOut {

		@Test
		void theAdviceGiverGetsOneEmailWithAPersonalLinkToTheirRequestAndNotTheChildsName() throws Exception {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", null);

			assertThat(instance).hasPassed("Task_SendAdviceRequest").isWaitingAt("Task_RecordAdvice");
			Assertions.assertThat(variable(instance, "adviceContact")).isEqualTo(EP_INTAKE);
			Assertions.assertThat(variable(instance, "adviceContactMissing")).isEqualTo(false);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request"))
				.containsExactly(EP_INTAKE);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-request"))
				.containsExactly(instance.getId() + ":advice-request");

			Assertions.assertThat(sender.sendDue()).isEqualTo(1);
			MimeMessage[] received = smtp.getReceivedMessages();
			Assertions.assertThat(received).hasSize(1);
			MimeMessage email = received[0];
			Assertions.assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly(EP_INTAKE);
			Assertions.assertThat(email.getSubject())
				.contains(instance.getBusinessKey())
				.contains("25 May 2026")
				.doesNotContain("Sam");
			Assertions.assertThat(email.getContentType()).startsWith("multipart/alternative");
			String text = part(email, "text/plain");
			String html = part(email, "text/html");
			Assertions.assertThat(text)
				.contains("Dear Educational Psychology Service")
				.contains("psychological advice from an educational psychologist")
				.contains("SEND Regulations 2014 reg 6(1)(d)")
				.contains("25 May 2026")
				.contains("reg 8(1)")
				.contains("send-team@ehcflow.invalid")
				.doesNotContain("Sam")
				.doesNotContain("2016-05-14");
			String token = tokenIn(text);
			Assertions.assertThat(html)
				.contains("href=\"http://localhost:8080/advice/" + token + "\"")
				.contains("25 May 2026")
				.doesNotContain("Sam");

			AdviceLinks.AdviceLink link = links.find(token).orElseThrow();
			Assertions.assertThat(link.processInstanceId()).isEqualTo(instance.getId());
			Assertions.assertThat(link.recipient()).isEqualTo(EP_INTAKE);
			Assertions.assertThat(link.isUsed()).isFalse();
			Assertions.assertThat(link.isExpiredAt(Instant.now(clock))).isFalse();
			Assertions.assertThat(link.expiresAt())
				.as("the end of the day 26 weeks after the due date")
				.isEqualTo(startOf("2026-11-24"));
			Assertions.assertThat(linkCount(instance)).isOne();
		}

		@Test
		void theCaseworkerIsTheContactWhenTheCaseHasAnOwner() throws Exception {
			ProcessInstance instance = requestAdvice("PARENT", "parent@example.org", "caseworker");

			Assertions.assertThat(sender.sendDue()).isEqualTo(1);
			String text = part(smtp.getReceivedMessages()[0], "text/plain");
			Assertions.assertThat(text).contains("Dear parent or carer").contains(CASEWORKER);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request"))
				.containsExactly("parent@example.org");
		}

		@Test
		void aServiceTheDirectoryDoesNotListGetsTheConfiguredAddress() {
			ProcessInstance instance = requestAdvice("SOCIAL_CARE", "", null);

			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request"))
				.containsExactly("cwd-intake@council.example.org");
		}

		@Test
		void withNoAddressTheRequestWaitsForTheCaseworkerToAskByHand() {
			ProcessInstance noAddress = requestAdvice("SENSORY", "", null);
			ProcessInstance inactive = requestAdvice("PREPARING_FOR_ADULTHOOD", "", null);

			for (ProcessInstance instance : List.of(noAddress, inactive)) {
				assertThat(instance).hasPassed("Task_SendAdviceRequest").isWaitingAt("Task_RecordAdvice");
				Assertions.assertThat(variable(instance, "adviceContactMissing")).isEqualTo(true);
				Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request")).isEmpty();
				Assertions.assertThat(linkCount(instance)).isZero();
			}

			today("2026-05-11");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, noAddress.getBusinessKey(), "advice-reminder"))
				.as("no reminder to nobody")
				.isEmpty();
			today(DUE);
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, noAddress.getBusinessKey(), "advice-escalation"))
				.as("the caseworkers still hear, having no owner to tell")
				.contains(CASEWORKER, "demo@ehcflow.invalid");
		}

		@Test
		void aStepRunAgainQueuesNoSecondEmailAndIssuesNoSecondLink() {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", null);

			runtimeService.createProcessInstanceModification(instance.getId())
				.startBeforeActivity("Task_SendAdviceRequest")
				.execute();

			Assertions
				.assertThat(historyService.createHistoricActivityInstanceQuery()
					.processInstanceId(instance.getId())
					.activityId("Task_SendAdviceRequest")
					.count())
				.isEqualTo(2);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request")).hasSize(1);
			Assertions.assertThat(linkCount(instance)).isOne();
		}

		@Test
		void aFailedJobRolledBackLeavesNeitherEmailNorLinkAndItsRetrySendsExactlyOne() {
			Deployment deployment = repositoryService.createDeployment()
				.addModelInstance("advice-request-retried.bpmn",
						Bpmn.createExecutableProcess("adviceRequestRetried")
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.serviceTask("Task_SendAdviceRequest")
							.camundaAsyncBefore()
							.camundaDelegateExpression("${adviceRequestSender}")
							.serviceTask("Task_FailsUntilReady")
							.camundaExpression("${ready}")
							.userTask("Task_Wait")
							.endEvent()
							.done())
				.deploy();
			try {
				ProcessInstance instance = runtimeService.createProcessInstanceByKey("adviceRequestRetried")
					.businessKey("EHC-2026-" + CASE_NUMBERS.incrementAndGet())
					.setVariables(Map.of("caseReference", "EHC-2026-" + CASE_NUMBERS.get(), "adviceService",
							"PSYCHOLOGICAL", "adviceContact", "", "adviceRequestedDate", REQUESTED, "adviceDueBy", DUE))
					.execute();
				Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

				Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId()))
					.hasMessageContaining("ready");
				Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request")).isEmpty();
				Assertions.assertThat(linkCount(instance)).isZero();

				runtimeService.setVariable(instance.getId(), "ready", true);
				managementService.executeJob(job.getId());
				Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-request"))
					.containsExactly(EP_INTAKE);
				Assertions.assertThat(linkCount(instance)).isOne();
			}
			finally {
				repositoryService.deleteDeployment(deployment.getId(), true);
			}
		}

		@Test
		void aStepRolledBackLeavesNeitherEmailNorLink() {
			String reference = "EHC-2026-" + CASE_NUMBERS.incrementAndGet();
			Assertions.assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				runtimeService.createProcessInstanceByKey("adviceRequest")
					.businessKey(reference)
					.setVariables(Map.of("caseReference", reference, "adviceService", "PSYCHOLOGICAL", "adviceContact",
							"", "adviceRequestedDate", REQUESTED, "adviceDueBy", DUE))
					.execute();
				throw new IllegalStateException("the step after fails");
			})).hasMessage("the step after fails");

			Assertions.assertThat(recipientsOf(jdbc, reference, "advice-request")).isEmpty();
			Assertions
				.assertThat(jdbc.queryForObject("select count(*) from advice_link where case_reference = ?",
						Integer.class, reference))
				.isZero();
		}

	}

	@Nested
	class WhileTheAdviceIsAwaited {

		@Test
		void remindsTheAdviceGiverFourteenAndThreeDaysBeforeTheDueDateEachTimeWithAWorkingLink() throws Exception {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", "caseworker");
			sender.sendDue();
			String requestToken = tokenIn(part(smtp.getReceivedMessages()[0], "text/plain"));

			today("2026-05-10");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-reminder")).isEmpty();

			today("2026-05-11");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder"))
				.containsExactly(instance.getId() + ":advice-reminder:14");
			Assertions.assertThat(variable(instance, "adviceGiverRemindedDate")).isEqualTo("2026-05-11");

			today("2026-05-18");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RemindAdvice");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-reminder"))
				.as("the caseworkers' own reminder, 7 days before")
				.contains(CASEWORKER);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder")).hasSize(1);

			today("2026-05-22");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder"))
				.containsExactly(instance.getId() + ":advice-reminder:14", instance.getId() + ":advice-reminder:3");
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-reminder"))
				.containsOnly(EP_INTAKE);

			onlyToBeSent(instance, "advice-reminder");
			Assertions.assertThat(sender.sendDue()).isEqualTo(2);
			List<String> tokens = new ArrayList<>();
			for (MimeMessage email : smtp.getReceivedMessages()) {
				if (email.getSubject().startsWith("Reminder")) {
					Assertions.assertThat(email.getSubject())
						.contains(instance.getBusinessKey())
						.contains("25 May 2026");
					String text = part(email, "text/plain");
					Assertions.assertThat(text).contains("We have not received it yet");
					tokens.add(tokenIn(text));
				}
			}
			Assertions.assertThat(tokens).hasSize(2).doesNotHaveDuplicates().doesNotContain(requestToken);
			tokens.add(requestToken);
			Assertions.assertThat(tokens)
				.allSatisfy(token -> Assertions.assertThat(links.find(token)).hasValueSatisfying(link -> {
					Assertions.assertThat(link.processInstanceId()).isEqualTo(instance.getId());
					Assertions.assertThat(link.isExpiredAt(Instant.now(clock))).isFalse();
				}));
			assertThat(instance).hasPassed("Task_RemindAdviceGiver", "EndEvent_AdviceGiverReminded")
				.isWaitingAt("Task_RecordAdvice");
		}

		/**
		 * Asked for on Thursday 24 September 2026, due Thursday 5 November 2026: reminded
		 * on 22 October (British Summer Time) and 2 November (after it ends on 25
		 * October). The engine adds the 11 days between in the JVM's zone; on UTC the
		 * second would fall due at 23:00 on 1 November, a day that is no reminder day,
		 * and never be sent.
		 */
		@Test
		void remindsOnTheRightDayWhenBritishSummerTimeEndsBetweenTheTwoReminders() {
			today("2026-09-24");
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", "caseworker", "2026-09-24", "2026-11-05");

			today("2026-10-22");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder"))
				.containsExactly(instance.getId() + ":advice-reminder:14");
			Job next = managementService.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId("Timer_AdviceGiverReminder")
				.singleResult();
			Assertions.assertThat(next.getDuedate().toInstant()).isEqualTo(startOf("2026-11-02"));

			ClockUtil.setCurrentTime(java.util.Date
				.from(LocalDate.parse("2026-11-01").atTime(23, 30).atZone(ProcessTestSupport.LONDON).toInstant()));
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder")).hasSize(1);

			today("2026-11-02");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder"))
				.containsExactly(instance.getId() + ":advice-reminder:14", instance.getId() + ":advice-reminder:3");
		}

		@Test
		void escalatesToTheManagerAndTheCaseOwnerOnTheDueDateAndEveryWeekAfter() throws Exception {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", "caseworker");

			today("2026-05-24");
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-escalation")).isEmpty();

			today(DUE);
			fireDueJobs(managementService);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-escalation"))
				.containsExactly(CASEWORKER, EP_MANAGER);
			Assertions.assertThat(variable(instance, "adviceEscalatedDate")).isEqualTo(DUE);

			today("2026-05-26");
			fireDueJobs(managementService);
			assertThat(instance).hasPassed("Task_RecordAdviceBreach").isWaitingAt("Task_RecordAdvice");
			Assertions.assertThat(variable(instance, "adviceBreachedDate")).isEqualTo("2026-05-26");

			today("2026-05-31");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-escalation")).hasSize(2);

			today("2026-06-01");
			fireDueJobs(managementService);
			today("2026-06-08");
			fireDueJobs(managementService);
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-escalation"))
				.containsExactly(instance.getId() + ":advice-escalation:2026-05-25",
						instance.getId() + ":advice-escalation:2026-05-25",
						instance.getId() + ":advice-escalation:2026-06-01",
						instance.getId() + ":advice-escalation:2026-06-01",
						instance.getId() + ":advice-escalation:2026-06-08",
						instance.getId() + ":advice-escalation:2026-06-08");

			onlyToBeSent(instance, "advice-escalation");
			Assertions.assertThat(sender.sendDue()).isEqualTo(6);
			MimeMessage first = smtp.getReceivedMessages()[0];
			Assertions.assertThat(first.getSubject())
				.startsWith("Advice due today")
				.contains(instance.getBusinessKey());
			Assertions.assertThat(part(first, "text/plain")).contains("reg 8(1)").contains("s31").doesNotContain("Sam");
			Assertions.assertThat(smtp.getReceivedMessages()[5].getSubject()).startsWith("Advice 14 days late");
			assertThat(instance).hasPassed("Task_EscalateAdvice", "EndEvent_AdviceEscalated",
					"EndEvent_AdviceBreachRecorded", "EndEvent_AdviceReminded");
		}

		@Test
		void withoutACaseOwnerTheEscalationGoesToTheCaseworkersGroup() {
			ProcessInstance instance = requestAdvice("MEDICAL", "", null);

			today(DUE);
			fireDueJobs(managementService);

			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-escalation"))
				.as("the directory names no manager; every caseworker hears")
				.containsExactly(CASEWORKER, "demo@ehcflow.invalid");
		}

		@Test
		void nothingMoreIsSentOnceACaseworkerRecordsTheAdviceAndTheLinksCloseAfterTheGracePeriod() {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", "caseworker");
			today("2026-05-11");
			fireDueJobs(managementService);

			today("2026-05-12");
			Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
			taskService.complete(task.getId(), Map.of("adviceReceivedDate", "2026-05-12", "adviceOutcome", "NEW_ADVICE",
					"adviceSummary", "Report received by post."));

			assertThat(instance).isEnded().hasPassed("EndEvent_AdviceReceived");
			Assertions.assertThat(variable(instance, "adviceReceivedVia")).isEqualTo("CASEWORKER");
			Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
				.isZero();
			Instant graceEnds = Instant.now(clock).plus(Duration.ofDays(7));
			Assertions
				.assertThat(jdbc.queryForList("select expires_at from advice_link where process_instance_id = ?",
						Timestamp.class, instance.getId()))
				.hasSize(2)
				.allSatisfy(expires -> Assertions.assertThat(expires.toInstant()).isEqualTo(graceEnds));

			for (String day : List.of("2026-05-22", DUE, "2026-06-01", "2026-06-08")) {
				today(day);
				fireDueJobs(managementService);
			}
			Assertions.assertThat(messageKeys(instance.getBusinessKey(), "advice-reminder")).hasSize(1);
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-escalation")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "deadline-breached")).isEmpty();
		}

	}

	@Nested
	class WhenAdviceComesThroughThePortal {

		@Test
		void theCaseworkerChecksItWithItsDocumentAndTheRequestEnds() {
			ProcessInstance instance = requestAdvice("PSYCHOLOGICAL", "", "caseworker");
			today("2026-05-20");
			submitThroughThePortal(instance, "NEW_ADVICE", "ep-advice.pdf");

			assertThat(instance).hasPassed("Message_AdviceSubmitted").isWaitingAt("Task_CheckSubmittedAdvice");
			Task check = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
			Assertions.assertThat(check.getName()).isEqualTo("Check the advice from educational psychology");
			Assertions.assertThat(check.getDueDate()).isEqualTo(ProcessTestSupport.endOfDay(DUE));
			assertThat(check).hasCandidateGroup("send-caseworkers");
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "adviceDocumentName"))
				.isEqualTo("ep-advice.pdf");
			Assertions.assertThat(runtimeService.getVariable(instance.getId(), "adviceReused")).isEqualTo(false);
			Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
				.as("reminders and escalations went with the task")
				.isZero();

			today("2026-05-21");
			taskService.complete(check.getId());
			assertThat(instance).isEnded().hasPassed("EndEvent_PortalAdviceReceived");
			Assertions.assertThat(variable(instance, "adviceReceivedDate")).isEqualTo("2026-05-20");
			Assertions.assertThat(variable(instance, "adviceReceivedVia")).isEqualTo("PORTAL");
			Assertions
				.assertThat(jdbc.queryForObject("select expires_at from advice_link where process_instance_id = ?",
						Timestamp.class, instance.getId())
					.toInstant())
				.isEqualTo(Instant.now(clock).plus(Duration.ofDays(7)));

			for (String day : List.of("2026-05-22", DUE, "2026-06-01")) {
				today(day);
				fireDueJobs(managementService);
			}
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-reminder")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, instance.getBusinessKey(), "advice-escalation")).isEmpty();
		}

		@Test
		void theAssessmentMovesOnOnceEveryPieceOfAdviceIsInAndKnowsWhichWasReused() {
			ProcessInstance assessment = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(request("2026-03-02"))
				.execute();
			String reference = runtimeService.createProcessInstanceQuery()
				.processInstanceId(assessment.getId())
				.singleResult()
				.getBusinessKey();
			today("2026-03-03");
			identityService.setAuthentication("caseworker", List.of("send-caseworkers"));
			taskService.complete(
					taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult().getId(),
					Map.of("familyNotifiedDate", "2026-03-03", "settingNotified", true, "healthNotified", true,
							"socialCareNotified", true));
			identityService.clearAuthentication();
			Assertions.assertThat(runtimeService.getVariable(assessment.getId(), "caseOwner")).isEqualTo("caseworker");
			today(REQUESTED);
			taskService
				.complete(taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult().getId(),
						Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", REQUESTED,
								"decisionToAssessReasons", "Needs may call for special educational provision.",
								"otherAdviceRequested", ""));

			List<ProcessInstance> requests = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("adviceRequest")
				.processInstanceBusinessKey(reference)
				.list();
			Assertions.assertThat(requests)
				.hasSize(5)
				.allSatisfy(request -> Assertions.assertThat(runtimeService.getVariable(request.getId(), "caseOwner"))
					.isEqualTo("caseworker"));
			Assertions.assertThat(recipientsOf(jdbc, reference, "advice-request"))
				.containsExactlyInAnyOrder("parent@example.org", "senco@riverside.example.org", DCO_INTAKE, EP_INTAKE,
						"cwd-intake@council.example.org");

			today("2026-05-20");
			for (ProcessInstance request : requests) {
				if ("PSYCHOLOGICAL".equals(runtimeService.getVariable(request.getId(), "adviceService"))) {
					submitThroughThePortal(request, "EXISTING_ADVICE_APPLIES", null);
					Task check = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
					Assertions.assertThat(runtimeService.getVariable(request.getId(), "adviceDocumentName")).isNull();
					taskService.complete(check.getId());
				}
				else {
					Task record = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
					taskService.complete(record.getId(), Map.of("adviceReceivedDate", "2026-05-20", "adviceOutcome",
							"NEW_ADVICE", "adviceSummary", "Advice attached."));
				}
			}

			assertThat(assessment).isWaitingAt("Task_DecideWhetherToIssue");
			Assertions
				.assertThat(historyService.createHistoricVariableInstanceQuery()
					.processInstanceId(assessment.getId())
					.variableName("adviceReused")
					.list())
				.extracting(variable -> variable.getValue())
				.containsExactlyInAnyOrder(true, false, false, false, false);
		}

	}

	@Nested
	class WhenTheCaseCloses {

		@Test
		void aWithdrawnCaseSendsNoMoreAdviceEmailsAndItsLinksCloseAfterTheGracePeriod() {
			ProcessInstance assessment = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(request("2026-03-02"))
				.execute();
			String reference = runtimeService.createProcessInstanceQuery()
				.processInstanceId(assessment.getId())
				.singleResult()
				.getBusinessKey();
			today("2026-03-03");
			taskService.complete(
					taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult().getId(),
					Map.of("familyNotifiedDate", "2026-03-03"));
			Assertions.assertThat(runtimeService.getVariable(assessment.getId(), "caseOwner"))
				.as("no one signed in: no owner")
				.isNull();
			today(REQUESTED);
			taskService
				.complete(taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult().getId(),
						Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", REQUESTED,
								"decisionToAssessReasons", "Needs may call for special educational provision.",
								"otherAdviceRequested", ""));
			Assertions
				.assertThat(jdbc.queryForObject("select count(*) from advice_link where case_reference = ?",
						Integer.class, reference))
				.isEqualTo(5);

			today("2026-04-20");
			runtimeService.createProcessInstanceByKey("recordCaseChange")
				.setVariables(Map.of("caseReference", reference, "changeType", "WITHDRAWN", "changeDate", "2026-04-20"))
				.execute();

			assertThat(assessment).isEnded().hasPassed("EndEvent_Withdrawn");
			Assertions
				.assertThat(runtimeService.createProcessInstanceQuery()
					.processDefinitionKey("adviceRequest")
					.processInstanceBusinessKey(reference)
					.count())
				.isZero();
			Instant graceEnds = Instant.now(clock).plus(Duration.ofDays(7));
			Assertions
				.assertThat(jdbc.queryForList("select expires_at from advice_link where case_reference = ?",
						Timestamp.class, reference))
				.hasSize(5)
				.allSatisfy(expires -> Assertions.assertThat(expires.toInstant()).isEqualTo(graceEnds));

			for (String day : List.of("2026-05-11", "2026-05-22", DUE, "2026-06-01")) {
				today(day);
				fireDueJobs(managementService);
			}
			Assertions.assertThat(recipientsOf(jdbc, reference, "advice-reminder")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, reference, "advice-escalation")).isEmpty();
			Assertions.assertThat(recipientsOf(jdbc, reference, "deadline-breached")).isEmpty();
		}

	}

}
