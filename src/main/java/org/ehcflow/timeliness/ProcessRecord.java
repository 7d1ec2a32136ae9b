package org.ehcflow.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.ehcflow.common.Variables;

/**
 * One process instance as the history tables keep it: its ids, when it started and ended,
 * and the variables of its own scope (never those local to a task or a loop). Values, so
 * that the measures can be worked out, and tested, without an engine.
 */
record ProcessRecord(String id, String businessKey, String superProcessInstanceId, Instant started, Instant ended,
		Map<String, Object> variables) {

	ProcessRecord {
		variables = Map.copyOf(variables);
	}

	boolean running() {
		return ended == null;
	}

	LocalDate date(String name) {
		return Variables.parseDateOrNull(variables.get(name));
	}

	String text(String name) {
		Object value = variables.get(name);
		return value == null || value.toString().isBlank() ? null : value.toString();
	}

	boolean isTrue(String name) {
		Object value = variables.get(name);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

}
