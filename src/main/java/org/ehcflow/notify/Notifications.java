package org.ehcflow.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues emails in the outbox, inside whatever transaction is running: for a process step
 * that is the engine's own, so the email exists if and only if the step committed.
 * {@link OutboxSender} delivers it later.
 */
@Component
public class Notifications {

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	/**
	 * The model's name for the day the email was queued, unless the notice names its own.
	 */
	public static final String NOTICE_SENT_DATE = "noticeSentDate";

	private final Clock clock;

	Notifications(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Queues one row per recipient. A key already queued for a recipient is left as it
	 * is.
	 * @return how many new rows were queued
	 */
	public int queue(OutgoingEmail email) {
		Map<String, Object> values = simpleValues(email.model());
		// The day a notice is sent: the rights it explains count from it (reg 33; HESC
		// Rules r20(1)(c)).
		values.putIfAbsent(NOTICE_SENT_DATE, LocalDate.now(clock).toString());
		String model = toJson(values);
		Timestamp now = Timestamp.from(Instant.now(clock));
		int queued = 0;
		for (String recipient : email.recipients().stream().distinct().toList()) {
			if (recipient == null || recipient.isBlank()) {
				continue;
			}
			if (isQueued(email.key(), recipient.trim())) {
				continue;
			}
			queued += jdbc.update("""
					insert into outbox_message (message_key, recipient, case_reference, process_instance_id, template,
					  model_json, status, attempts, next_attempt_at, created_at)
					values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", email.key(), recipient.trim(),
					email.caseReference(), email.processInstanceId(), email.template(), model, now, now);
		}
		return queued;
	}

	/**
	 * Whether an email with this key is already in the outbox for this recipient, sent or
	 * not.
	 */
	public boolean isQueued(String key, String recipient) {
		Integer existing = jdbc.queryForObject(
				"select count(*) from outbox_message where message_key = ? and recipient = ?", Integer.class, key,
				recipient);
		return existing != null && existing > 0;
	}

	/**
	 * Only plain values travel into a template: strings, numbers, booleans and lists of
	 * them. Engine objects (JSON nodes, files) are left out rather than failing the step.
	 */
	private static Map<String, Object> simpleValues(Map<String, Object> model) {
		Map<String, Object> values = new LinkedHashMap<>();
		model.forEach((name, value) -> {
			if (value instanceof String || value instanceof Number || value instanceof Boolean) {
				values.put(name, value);
			}
			else if (value instanceof Collection<?> items
					&& items.stream().allMatch(item -> item instanceof String || item instanceof Number)) {
				values.put(name, items);
			}
		});
		return values;
	}

	private String toJson(Map<String, Object> model) {
		try {
			return json.writeValueAsString(model);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Mail model cannot be written as JSON", ex);
		}
	}

}
