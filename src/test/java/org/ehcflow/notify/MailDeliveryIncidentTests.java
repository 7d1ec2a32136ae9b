package org.ehcflow.notify;

import org.ehcflow.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Map;

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

/**
 * An email the outbox gave up on shows as a {@code mailDelivery} incident on its case;
 * resolving the incident in Cockpit sends it again.
 */
@TestSmtp.PointMailAtIt
@SpringBootTest(properties = { "ehcflow.outbox.max-attempts=3" })
class MailDeliveryIncidentTests {

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
		jdbc.update("update outbox_message set status = 'SENT' where status = 'PENDING'");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** A case whose acknowledgement the outbox gave up on while the server was down. */
	ProcessInstance caseWithAnEmailGivenUp() {
		smtp.stop();
		ProcessInstance started = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request("2026-03-02"))
			.execute();
		for (int attempt = 0; attempt < 3; attempt++) {
			sender.sendDue();
			ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3 * 3_600_000));
		}
		smtp.start();
		return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
	}

	Map<String, Object> outboxRow(ProcessInstance instance) {
		return jdbc.queryForMap("select id, status, attempts from outbox_message where case_reference = ?",
				instance.getBusinessKey());
	}

	Incident incidentOf(ProcessInstance instance) {
		return runtimeService.createIncidentQuery()
			.processInstanceId(instance.getId())
			.incidentType(OutboxSender.INCIDENT_TYPE)
			.singleResult();
	}

	@Nested
	class WhenTheIncidentIsResolved {

		@Test
		void theEmailIsSentAgain() throws Exception {
			ProcessInstance instance = caseWithAnEmailGivenUp();
			Incident incident = incidentOf(instance);
			assertThat(incident).isNotNull();
			assertThat(outboxRow(instance)).containsEntry("STATUS", "FAILED");
			assertThat(incident.getConfiguration()).isEqualTo("outbox_message:" + outboxRow(instance).get("ID"));

			runtimeService.resolveIncident(incident.getId());

			assertThat(incidentOf(instance)).isNull();
			Map<String, Object> row = outboxRow(instance);
			assertThat(row).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 0);
			assertThat(jdbc
				.queryForObject("select next_attempt_at from outbox_message where id = ?", Timestamp.class,
						row.get("ID"))
				.toInstant()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
			assertThat(sender.sendDue()).isEqualTo(1);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
			assertThat(smtp.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
				.containsExactly("parent@example.org");
			assertThat(outboxRow(instance)).containsEntry("STATUS", "SENT");
		}

		@Test
		void anEmailThatFailsAgainShowsAsANewIncident() {
			ProcessInstance instance = caseWithAnEmailGivenUp();
			runtimeService.resolveIncident(incidentOf(instance).getId());

			smtp.stop();
			for (int attempt = 0; attempt < 3; attempt++) {
				sender.sendDue();
				ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3 * 3_600_000));
			}
			smtp.start();

			assertThat(outboxRow(instance)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
			assertThat(incidentOf(instance)).isNotNull();
		}

	}

}
