package org.ehcflow.notify;

import org.ehcflow.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Emails queued by the assessment reach a real SMTP server (GreenMail) once, survive the
 * server being down, and show as an incident in Cockpit when they keep failing.
 */
@TestSmtp.PointMailAtIt
@SpringBootTest(properties = { "ehcflow.outbox.max-attempts=3" })
class OutboxDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void onTheDayTheRequestArrives() {
		today("2026-03-02");
		// Earlier tests in this context may have left rows; each test here counts only
		// its own.
		jdbc.update("update outbox_message set status = 'SENT' where status = 'PENDING'");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	ProcessInstance startCase() {
		ProcessInstance started = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request("2026-03-02"))
			.execute();
		return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
	}

	String status(String caseReference) {
		return jdbc.queryForObject("select status from outbox_message where case_reference = ?", String.class,
				caseReference);
	}

	@Nested
	class WhenTheServerIsUp {

		@Test
		void theFamilyGetsTheAcknowledgementOnceWithTheCaseReferenceAndNotTheChildsName() throws Exception {
			ProcessInstance instance = startCase();
			String reference = instance.getBusinessKey();

			assertThat(sender.sendDue()).isEqualTo(1);
			assertThat(sender.sendDue()).isZero();

			MimeMessage[] received = smtp.getReceivedMessages();
			assertThat(received).hasSize(1);
			MimeMessage email = received[0];
			assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("parent@example.org");
			assertThat(email.getSubject()).contains(reference).doesNotContain("Sam").doesNotContain("Example");
			String body = GreenMailUtil.getBody(email);
			assertThat(body).contains(reference).contains("13 April 2026").contains("reg 4");
			assertThat(body).doesNotContain("Sam");
			assertThat(status(reference)).isEqualTo("SENT");
			assertThat(jdbc.queryForObject("select model_json from outbox_message where case_reference = ?",
					String.class, reference))
				.as("nothing of the email is kept once it is sent")
				.isEqualTo("{}");
		}

	}

	@Nested
	class AQueueOfHundreds {

		@Test
		void oneTickDrainsTheWholeQueueBatchAfterBatch(@Autowired Notifications notifications) {
			int queued = OutboxSender.BATCH * 2 + 30;
			for (int i = 0; i < queued; i++) {
				notifications.queue(new OutgoingEmail("drain-test:" + i, "EHC-2026-90" + String.format("%03d", i), null,
						List.of("caseworker" + i + "@council.example.org"), "deadline-reminder",
						Map.of("caseReference", "EHC-2026-90" + String.format("%03d", i), "stepTitle",
								"Decide whether to assess", "regulation", "reg 4(1)", "dueBy", "2026-04-13", "taskName",
								"Decide whether to assess")));
			}

			sender.sendOnSchedule();

			assertThat(smtp.getReceivedMessages()).hasSize(queued);
			assertThat(
					jdbc.queryForObject("select count(*) from outbox_message where status = 'PENDING'", Integer.class))
				.isZero();
		}

	}

	@Nested
	class WhenTheServerIsDown {

		@Test
		void theEmailWaitsAndGoesOnceTheServerIsBack() {
			smtp.stop();
			ProcessInstance instance = startCase();
			String reference = instance.getBusinessKey();

			assertThat(sender.sendDue()).isZero();
			assertThat(status(reference)).isEqualTo("PENDING");
			assertThat(jdbc.queryForObject("select attempts from outbox_message where case_reference = ?",
					Integer.class, reference))
				.isEqualTo(1);

			smtp.start();
			assertThat(sender.sendDue()).as("not before its next try").isZero();
			ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 61_000));
			assertThat(sender.sendDue()).isEqualTo(1);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
			assertThat(status(reference)).isEqualTo("SENT");
		}

		@Test
		void anEmailThatKeepsFailingIsGivenUpAndShowsAsAnIncidentOnItsCase() {
			smtp.stop();
			ProcessInstance instance = startCase();
			for (int attempt = 0; attempt < 3; attempt++) {
				sender.sendDue();
				ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3 * 3_600_000));
			}

			assertThat(status(instance.getBusinessKey())).isEqualTo("FAILED");
			Incident incident = runtimeService.createIncidentQuery()
				.processInstanceId(instance.getId())
				.incidentType(OutboxSender.INCIDENT_TYPE)
				.singleResult();
			assertThat(incident).isNotNull();
			assertThat(incident.getIncidentMessage()).contains("request-acknowledgement").doesNotContain("Sam");
			smtp.start();
		}

	}

}
