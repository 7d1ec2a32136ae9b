package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.CASE_REFERENCE;
import static org.ehcflow.assessment.AssessmentVariables.CHILD_DATE_OF_BIRTH;
import static org.ehcflow.assessment.AssessmentVariables.CHILD_FIRST_NAME;
import static org.ehcflow.assessment.AssessmentVariables.PARENT_EMAIL;
import static org.ehcflow.assessment.AssessmentVariables.REQUEST_RECEIVED_DATE;
import static org.ehcflow.assessment.AssessmentVariables.SETTING_EMAIL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.springframework.stereotype.Component;

/**
 * The rules a request for an EHC needs assessment must keep, the same for Tasklist's
 * start form and {@code POST /api/assessments}. Every problem is reported at once, in
 * plain words.
 */
@Component
public class RequestRules {

	public static final String CHILD_LAST_NAME = "childLastName";

	public static final String NATIONAL_CURRICULUM_YEAR = "nationalCurriculumYear";

	public static final String REQUEST_SOURCE = "requestSource";

	public static final String SENSORY_IMPAIRMENT = "sensoryImpairment";

	/** SEN2 module 2 request sources. */
	public static final List<String> REQUEST_SOURCES = List.of("PARENT", "YOUNG_PERSON", "SETTING", "HEALTH",
			"SOCIAL_CARE", "OTHER");

	static final List<String> SENSORY_IMPAIRMENTS = List.of("NONE", "VISION", "HEARING", "MULTI_SENSORY");

	/** A young person is under 25, Children and Families Act 2014 s83(2). */
	static final int YOUNG_PERSON_AGE_LIMIT = 25;

	/**
	 * The day the EHC system began (CFA 2014 Part 3 in force): no request can predate it.
	 */
	static final LocalDate EHC_SYSTEM_START = LocalDate.of(2014, 9, 1);

	private static final Pattern REFERENCE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

	private static final Set<String> TEXT_FIELDS = Set.of("parentName", "parentPhone", "settingName", "requestSummary");

	/** Every field a request may carry, with the longest text each accepts. */
	private static final Map<String, Integer> FIELDS = fields();

	private final Clock clock;

	RequestRules(Clock clock) {
		this.clock = clock;
	}

	private static Map<String, Integer> fields() {
		Map<String, Integer> fields = new LinkedHashMap<>();
		fields.put(CASE_REFERENCE, 40);
		fields.put(REQUEST_RECEIVED_DATE, 10);
		fields.put(REQUEST_SOURCE, 20);
		fields.put(CHILD_FIRST_NAME, 100);
		fields.put(CHILD_LAST_NAME, 100);
		fields.put(CHILD_DATE_OF_BIRTH, 10);
		fields.put(NATIONAL_CURRICULUM_YEAR, 3);
		fields.put("parentName", 200);
		fields.put(PARENT_EMAIL, 254);
		fields.put("parentPhone", 40);
		fields.put("settingName", 200);
		fields.put(SETTING_EMAIL, 254);
		fields.put("consentToShareInformation", 5);
		fields.put(SENSORY_IMPAIRMENT, 20);
		fields.put("requestSummary", 4000);
		return fields;
	}

	/**
	 * Every problem with a request.
	 * @param request the fields as given
	 * @param rejectUnknownFields whether a field the request does not have is a problem
	 * (the API's JSON), rather than another variable to ignore (a process start)
	 */
	public List<FieldProblem> check(Map<String, Object> request, boolean rejectUnknownFields) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (rejectUnknownFields) {
			request.keySet()
				.stream()
				.filter(field -> !FIELDS.containsKey(field))
				.sorted()
				.forEach(field -> problems.add(new FieldProblem(field, "is not a field of a request")));
		}
		LocalDate received = requiredDate(request, REQUEST_RECEIVED_DATE, problems);
		if (received != null && received.isAfter(today)) {
			problems.add(new FieldProblem(REQUEST_RECEIVED_DATE,
					"must not be in the future (today is " + FormCheck.human(today) + ")"));
		}
		else if (received != null && received.isBefore(EHC_SYSTEM_START)) {
			problems.add(new FieldProblem(REQUEST_RECEIVED_DATE,
					"must not be before 1 September 2014, when EHC plans began"));
		}
		oneOf(request, REQUEST_SOURCE, REQUEST_SOURCES, true, problems);
		requiredText(request, CHILD_FIRST_NAME, problems);
		requiredText(request, CHILD_LAST_NAME, problems);
		LocalDate born = requiredDate(request, CHILD_DATE_OF_BIRTH, problems);
		if (born != null && received != null && born.isAfter(received)) {
			problems.add(new FieldProblem(CHILD_DATE_OF_BIRTH,
					"must not be after the date the request was received (" + FormCheck.human(received) + ")"));
		}
		else if (born != null && received != null && !born.plusYears(YOUNG_PERSON_AGE_LIMIT).isAfter(received)) {
			// CFA 2014 s83(2): a young person is over compulsory school age but under 25;
			// on the 25th
			// birthday (born + 25 years) the request can no longer be made for them.
			problems.add(new FieldProblem(CHILD_DATE_OF_BIRTH,
					"shows someone aged 25 or over on the day the request was " + "received ("
							+ FormCheck.human(received) + "); a request can be made only for a child or a young "
							+ "person under 25 (Children and Families Act 2014 s83(2))"));
		}
		checkYear(request.get(NATIONAL_CURRICULUM_YEAR), born, received, problems);
		email(request, PARENT_EMAIL, true, problems);
		email(request, SETTING_EMAIL, false, problems);
		oneOf(request, SENSORY_IMPAIRMENT, SENSORY_IMPAIRMENTS, false, problems);
		Object consent = request.get("consentToShareInformation");
		if (!isBlank(consent) && !(consent instanceof Boolean)
				&& !Set.of("true", "false").contains(consent.toString())) {
			problems.add(new FieldProblem("consentToShareInformation", "must be true or false"));
		}
		Object reference = request.get(CASE_REFERENCE);
		if (!isBlank(reference) && !REFERENCE.matcher(reference.toString().trim()).matches()) {
			problems.add(new FieldProblem(CASE_REFERENCE,
					"must be 3 to 40 capital letters, digits and hyphens, like EHC-2026-00042, or left empty"));
		}
		for (String field : TEXT_FIELDS) {
			maxLength(request, field, problems);
		}
		maxLength(request, CHILD_FIRST_NAME, problems);
		maxLength(request, CHILD_LAST_NAME, problems);
		return problems;
	}

	/**
	 * The request's fields with text trimmed, the year as a number and defaults filled
	 * in.
	 */
	public Map<String, Object> normalise(Map<String, Object> request) {
		Map<String, Object> normalised = new LinkedHashMap<>();
		for (String field : FIELDS.keySet()) {
			Object value = request.get(field);
			if (value instanceof String text) {
				value = text.trim();
			}
			normalised.put(field, value);
		}
		normalised.put(NATIONAL_CURRICULUM_YEAR, yearOrNull(request.get(NATIONAL_CURRICULUM_YEAR)));
		if (isBlank(normalised.get(SENSORY_IMPAIRMENT))) {
			normalised.put(SENSORY_IMPAIRMENT, "NONE");
		}
		Object consent = normalised.get("consentToShareInformation");
		normalised.put("consentToShareInformation", consent != null && Boolean.parseBoolean(consent.toString()));
		for (String date : List.of(REQUEST_RECEIVED_DATE, CHILD_DATE_OF_BIRTH)) {
			normalised.put(date, Variables.parseDateOrNull(normalised.get(date)).toString());
		}
		normalised.remove(CASE_REFERENCE);
		if (!isBlank(request.get(CASE_REFERENCE))) {
			normalised.put(CASE_REFERENCE, request.get(CASE_REFERENCE).toString().trim());
		}
		return normalised;
	}

	/**
	 * -2 and -1 are the nursery years, 0 Reception, 1 to 14 the school and college years;
	 * empty for a young person past compulsory schooling. A year more than two away from
	 * the one the child's age gives is almost certainly a typing error.
	 */
	private static void checkYear(Object value, LocalDate born, LocalDate received, List<FieldProblem> problems) {
		if (isBlank(value)) {
			return;
		}
		Integer year = yearOrNull(value);
		if (year == null || year < -2 || year > 14) {
			problems.add(new FieldProblem(NATIONAL_CURRICULUM_YEAR,
					"must be a whole number from -2 to 14 (-2 and -1 nursery, 0 Reception), or empty for a young person past school"));
			return;
		}
		String misfit = born == null || received == null ? null : yearDoesNotFit(year, born, received);
		if (misfit != null) {
			problems.add(new FieldProblem(NATIONAL_CURRICULUM_YEAR, misfit));
		}
	}

	/**
	 * The cross-check of a year group against the date of birth, shared by the request
	 * and the plan import: a year more than two away from the one the child's age gives
	 * on {@code on} is almost certainly a typing error.
	 * @param year the year group as a number (-2 and -1 nursery, 0 Reception, 1 to 14)
	 * @param born the date of birth
	 * @param on the day the year group was true (the request's receipt, or today for an
	 * import)
	 * @return the problem in plain words, or {@code null} when the year fits
	 */
	public static String yearDoesNotFit(int year, LocalDate born, LocalDate on) {
		if (born.isAfter(on)) {
			return null;
		}
		int expected = expectedYear(born, on);
		if (Math.abs(year - expected) <= 2) {
			return null;
		}
		return "Year " + year + " does not fit a child born on " + FormCheck.human(born) + " (expected about "
				+ (expected <= 0 ? "Reception or nursery" : "Year " + expected) + ")";
	}

	/**
	 * Children start Reception in the September after they turn 4; years move up each 1
	 * September.
	 */
	static int expectedYear(LocalDate born, LocalDate on) {
		int academicYearStart = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
		int birthCohort = born.getMonthValue() >= 9 ? born.getYear() + 1 : born.getYear();
		return academicYearStart - birthCohort - 4;
	}

	static Integer yearOrNull(Object value) {
		if (isBlank(value)) {
			return null;
		}
		if (value instanceof Integer number) {
			return number;
		}
		try {
			BigDecimal number = new BigDecimal(value.toString().trim());
			return number.stripTrailingZeros().scale() <= 0 ? number.intValueExact() : null;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	private static LocalDate requiredDate(Map<String, Object> request, String field, List<FieldProblem> problems) {
		Object value = request.get(field);
		if (isBlank(value)) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		LocalDate date = Variables.parseDateOrNull(value);
		if (date == null) {
			problems.add(new FieldProblem(field, "must be a date like 2026-03-02"));
		}
		return date;
	}

	private static void requiredText(Map<String, Object> request, String field, List<FieldProblem> problems) {
		if (isBlank(request.get(field))) {
			problems.add(new FieldProblem(field, "is required"));
		}
	}

	private static void oneOf(Map<String, Object> request, String field, List<String> allowed, boolean required,
			List<FieldProblem> problems) {
		Object value = request.get(field);
		if (isBlank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: one of " + String.join(", ", allowed)));
			}
			return;
		}
		if (!allowed.contains(value.toString().trim())) {
			problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed)));
		}
	}

	private static void email(Map<String, Object> request, String field, boolean required,
			List<FieldProblem> problems) {
		Object value = request.get(field);
		if (isBlank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return;
		}
		String address = value.toString().trim();
		if (!FormCheck.isEmail(address)) {
			problems.add(new FieldProblem(field, "must be an email address like name@example.org"));
		}
	}

	private static void maxLength(Map<String, Object> request, String field, List<FieldProblem> problems) {
		Object value = request.get(field);
		int max = FIELDS.get(field);
		if (value != null && value.toString().trim().length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
