package org.ehcflow.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reading and writing of process variables. Dates travel as ISO-8601 strings
 * ({@code 2026-03-02}) so that forms, REST and Cockpit show the same thing; Java turns
 * them into {@link LocalDate} here, at the edge.
 */
public final class Variables {

	private Variables() {
	}

	/** The date in the variable, or null when it is absent or blank. */
	public static LocalDate date(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		return LocalDate.parse(value.toString().trim());
	}

	/** Parses a date a person entered; null when absent, blank or not an ISO date. */
	public static LocalDate parseDateOrNull(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.toString().trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public static void setDate(VariableScope scope, String name, LocalDate date) {
		scope.setVariable(name, date == null ? null : date.toString());
	}

	public static String string(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

	public static boolean isTrue(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

}
