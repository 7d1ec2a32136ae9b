package org.ehcflow.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ehcflow.common.FieldProblem;

/**
 * The rules every way into the directory keeps (the API, the CSV import, the admin page):
 * a known service code, a name, an intake address and, if given, a manager's address that
 * look like email addresses. The caller names the fields as its own input does
 * ({@code intakeEmail} in JSON, {@code intake_email} in CSV).
 */
final class AdviceDirectoryRules {

	/**
	 * The services the directory holds: every kind of advice but the case's own parent
	 * and setting.
	 */
	static final Set<String> CODES = Arrays.stream(AdviceService.values())
		.filter(service -> service != AdviceService.PARENT && service != AdviceService.EDUCATIONAL)
		.map(AdviceService::name)
		.collect(Collectors.toCollection(java.util.LinkedHashSet::new));

	/**
	 * Something, an @, a domain with a dot; no spaces. Enough to catch typing mistakes.
	 */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AdviceDirectoryRules() {
	}

	static boolean isEmail(String value) {
		return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
	}

	/**
	 * The problems of one service.
	 * @param fieldName turns {@code code}, {@code name}, {@code intakeEmail},
	 * {@code managerEmail} into the caller's own names for them
	 */
	static List<FieldProblem> check(AdviceDirectory.Service service, UnaryOperator<String> fieldName) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = service.code();
		if (code == null || code.isBlank()) {
			problems.add(new FieldProblem(fieldName.apply("code"), "is required"));
		}
		else if (AdviceService.PARENT.name().equals(code) || AdviceService.EDUCATIONAL.name().equals(code)) {
			problems.add(new FieldProblem(fieldName.apply("code"),
					code + " advice goes to the case's own address and has no directory entry"));
		}
		else if (!CODES.contains(code)) {
			problems.add(new FieldProblem(fieldName.apply("code"), "must be one of " + String.join(", ", CODES)));
		}
		text(problems, fieldName.apply("name"), service.name(), true, 200);
		email(problems, fieldName.apply("intakeEmail"), service.intakeEmail(), true);
		email(problems, fieldName.apply("managerEmail"), service.managerEmail(), false);
		return problems;
	}

	/**
	 * The problems of a service's named people, as {@code contacts[0].email} and so on.
	 */
	static List<FieldProblem> checkContacts(List<AdviceDirectory.Contact> contacts) {
		List<FieldProblem> problems = new ArrayList<>();
		if (contacts == null) {
			return problems;
		}
		for (int i = 0; i < contacts.size(); i++) {
			AdviceDirectory.Contact contact = contacts.get(i);
			String prefix = "contacts[" + i + "].";
			if (contact == null) {
				problems.add(new FieldProblem("contacts[" + i + "]", "must be a contact with name and email"));
				continue;
			}
			text(problems, prefix + "name", contact.name(), true, 200);
			email(problems, prefix + "email", contact.email(), true);
			text(problems, prefix + "role", contact.role(), false, 200);
		}
		return problems;
	}

	/**
	 * Trims text and turns blank into null, so that what is stored is what a person
	 * meant.
	 */
	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static void text(List<FieldProblem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static void email(List<FieldProblem> problems, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
		}
		else if (!isEmail(value)) {
			problems.add(new FieldProblem(field, "must be an email address"));
		}
	}

}
