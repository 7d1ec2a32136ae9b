package org.ehcflow.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of what a person entered in a form. Collects every problem, then
 * {@link #throwIfAny()} refuses the whole submission: the transaction rolls back, the
 * task stays open and Tasklist shows the message.
 */
public final class FormCheck {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

	private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final VariableScope scope;

	private final LocalDate today;

	private final List<FieldProblem> problems = new ArrayList<>();

	public FormCheck(VariableScope scope, LocalDate today) {
		this.scope = scope;
		this.today = today;
	}

	/**
	 * A date that must be given, in ISO form, and not in the future. Null when it is not
	 * valid.
	 */
	public LocalDate pastDate(String field) {
		Object value = scope.getVariable(field);
		if (value == null || value.toString().isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		LocalDate date = Variables.parseDateOrNull(value);
		if (date == null) {
			problems.add(new FieldProblem(field, "must be a date like 2026-03-02"));
			return null;
		}
		if (date.isAfter(today)) {
			problems.add(new FieldProblem(field, "must not be in the future (today is " + human(today) + ")"));
			return null;
		}
		return date;
	}

	/**
	 * A date that must be given in ISO form; it may lie in the future. Null when it is
	 * not valid.
	 */
	public LocalDate date(String field) {
		Object value = scope.getVariable(field);
		if (value == null || value.toString().isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		return optionalDate(field);
	}

	/** A date that may be left empty; null when empty or not valid. */
	public LocalDate optionalDate(String field) {
		Object value = scope.getVariable(field);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		LocalDate date = Variables.parseDateOrNull(value);
		if (date == null) {
			problems.add(new FieldProblem(field, "must be a date like 2026-03-02"));
		}
		return date;
	}

	/**
	 * Adds a problem when {@code date} is before {@code earliest}; {@code what} names the
	 * earlier event.
	 */
	public void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
		if (date != null && earliest != null && date.isBefore(earliest)) {
			problems.add(new FieldProblem(field, "must not be before " + what + " (" + human(earliest) + ")"));
		}
	}

	public String oneOf(String field, Set<String> allowed) {
		Object value = scope.getVariable(field);
		if (value == null || !allowed.contains(value.toString())) {
			problems.add(
					new FieldProblem(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
			return null;
		}
		return value.toString();
	}

	public void requiredText(String field, int maxLength) {
		Object value = scope.getVariable(field);
		if (value == null || value.toString().isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else {
			maxLength(field, maxLength);
		}
	}

	public void maxLength(String field, int maxLength) {
		Object value = scope.getVariable(field);
		if (value != null && value.toString().length() > maxLength) {
			problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
		}
	}

	/** An email address that may be left empty. */
	public void optionalEmail(String field) {
		Object value = scope.getVariable(field);
		if (value != null && !value.toString().isBlank() && !isEmail(value.toString())) {
			problems.add(new FieldProblem(field, "must be an email address like name@example.org"));
		}
	}

	/**
	 * Whether the text is an email address: one @, a dot in the domain, no spaces, at
	 * most 254 characters.
	 */
	public static boolean isEmail(String text) {
		String address = text.trim();
		return address.length() <= 254 && EMAIL.matcher(address).matches();
	}

	public void problem(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	/** Whether a problem was already found with this field. */
	public boolean hasProblem(String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public static String human(LocalDate date) {
		return date.format(HUMAN_DATE);
	}

}
