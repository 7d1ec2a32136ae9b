package org.ehcflow.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds. Each row is claimed by a conditional update before it
 * is sent, so several copies of the application never send the same email twice. A
 * failure is retried with growing pauses; after {@code ehcflow.outbox.max-attempts} the
 * row is marked FAILED and, if its process is still running, an incident of type
 * {@code mailDelivery} shows it in Cockpit.
 */
@Component
public class OutboxSender {

	static final String INCIDENT_TYPE = "mailDelivery";

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** How long a claimed row is left alone by other copies while it is being sent. */
	private static final Duration CLAIM = Duration.ofMinutes(5);

	private static final List<Duration> RETRY_PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));

	private final JdbcTemplate jdbc;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final ObjectMapper json;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int maxAttempts;

	OutboxSender(JdbcTemplate jdbc, MailTemplates templates, MailDelivery delivery, ObjectMapper json,
			RuntimeService runtimeService, Clock clock, MeterRegistry meters,
			@Value("${ehcflow.outbox.max-attempts:8}") int maxAttempts) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.delivery = delivery;
		this.json = json;
		this.runtimeService = runtimeService;
		this.clock = clock;
		this.meters = meters;
		this.maxAttempts = maxAttempts;
	}

	/** How many due rows one pass reads and sends. */
	static final int BATCH = 100;

	/**
	 * Each tick drains the outbox: batch after batch while full ones come, so that a
	 * queue of thousands (the demo's first start, a morning's reminders) goes at the mail
	 * server's pace, not at one batch per tick.
	 */
	@Scheduled(fixedDelayString = "${ehcflow.outbox.poll-interval:10s}",
			initialDelayString = "${ehcflow.outbox.poll-interval:10s}")
	void sendOnSchedule() {
		Batch batch;
		do {
			batch = sendBatch();
		}
		while (batch.taken() == BATCH);
	}

	/**
	 * Sends the rows that are due now, at most {@link #BATCH} at a time.
	 * @return how many emails were delivered
	 */
	public int sendDue() {
		return sendBatch().delivered();
	}

	/**
	 * How many due rows one batch took (delivered or not) and how many of them were
	 * delivered.
	 */
	private record Batch(int taken, int delivered) {
	}

	private Batch sendBatch() {
		Instant now = Instant.now(clock);
		List<DueMessage> due = jdbc.query(
				"""
						select id, recipient, case_reference, process_instance_id, template, model_json, attempts, next_attempt_at
						from outbox_message where status = 'PENDING' and next_attempt_at <= ? order by id
						fetch first %d rows only"""
					.formatted(BATCH),
				(rs, row) -> new DueMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("case_reference"),
						rs.getString("process_instance_id"), rs.getString("template"), rs.getString("model_json"),
						rs.getInt("attempts"), rs.getTimestamp("next_attempt_at")),
				Timestamp.from(now));
		int sent = 0;
		for (DueMessage message : due) {
			if (claim(message, now)) {
				sent += send(message, now) ? 1 : 0;
			}
		}
		return new Batch(due.size(), sent);
	}

	private boolean claim(DueMessage message, Instant now) {
		return jdbc.update(
				"update outbox_message set next_attempt_at = ? where id = ? and status = 'PENDING' and next_attempt_at = ?",
				Timestamp.from(now.plus(CLAIM)), message.id(), message.nextAttemptAt()) == 1;
	}

	private boolean send(DueMessage message, Instant now) {
		try {
			Map<String, Object> model = json.readValue(message.modelJson(), new TypeReference<Map<String, Object>>() {
			});
			delivery.deliver(templates.render(message.template(), message.recipient(), model));
			// Once sent, the model is no longer needed: dropping it removes the personal
			// portal links and
			// the family's details that only the email itself should carry.
			jdbc.update("""
					update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
					  model_json = '{}' where id = ?""", Timestamp.from(now), message.id());
			meters.counter("ehcflow.mail.sent", "template", message.template()).increment();
			log.info("Case {}: email {} sent", message.caseReference(), message.template());
			return true;
		}
		catch (Exception ex) {
			failed(message, now, ex);
			return false;
		}
	}

	private void failed(DueMessage message, Instant now, Exception ex) {
		int attempts = message.attempts() + 1;
		String error = abbreviate(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		meters.counter("ehcflow.mail.failed", "template", message.template()).increment();
		if (attempts >= maxAttempts) {
			jdbc.update("update outbox_message set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
					attempts, error, message.id());
			log.error("Case {}: email {} (outbox row {}) failed {} times and is given up: {}", message.caseReference(),
					message.template(), message.id(), attempts, error);
			raiseIncident(message, error);
			return;
		}
		Duration pause = RETRY_PAUSES.get(Math.min(attempts - 1, RETRY_PAUSES.size() - 1));
		jdbc.update("update outbox_message set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
				attempts, error, Timestamp.from(now.plus(pause)), message.id());
		log.warn("Case {}: email {} not sent (attempt {}), next try in {}: {}", message.caseReference(),
				message.template(), attempts, pause, error);
	}

	private void raiseIncident(DueMessage message, String error) {
		String processInstanceId = message.processInstanceId();
		if (processInstanceId == null
				|| runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
			return;
		}
		runtimeService.createIncident(INCIDENT_TYPE,
				executionAtAnActivity(runtimeService.getActivityInstance(processInstanceId)),
				"outbox_message:" + message.id(), "Email '" + message.template() + "' could not be sent: " + error);
	}

	/**
	 * An incident belongs to an execution waiting at an activity: the first leaf of the
	 * case's tree.
	 */
	private static String executionAtAnActivity(ActivityInstance instance) {
		ActivityInstance[] children = instance.getChildActivityInstances();
		if (children.length > 0) {
			return executionAtAnActivity(children[0]);
		}
		return instance.getExecutionIds()[0];
	}

	private static String abbreviate(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 1000);
	}

	private record DueMessage(long id, String recipient, String caseReference, String processInstanceId,
			String template, String modelJson, int attempts, Timestamp nextAttemptAt) {
	}

}
