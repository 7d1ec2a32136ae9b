package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ehcflow.common.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.assessment.RequestRules;
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports plans the council already maintains from a CSV file: one {@code ehcPlan} per
 * valid line, started by the message {@code PlanImported} with the case reference as
 * business key. Every line is checked on its own: a bad line is reported by line and
 * column and starts nothing; a case reference that already has a running plan is skipped,
 * so importing the same file again creates no duplicates. A review that is already
 * overdue is flagged by the plan at once.
 */
@Service
public class PlanImport {

	/**
	 * The columns a council's existing plans are given in, in the template's order; any
	 * order is read.
	 */
	public static final List<String> COLUMNS = List.of(CASE_REFERENCE, CHILD_FIRST_NAME, CHILD_LAST_NAME,
			CHILD_DATE_OF_BIRTH, NATIONAL_CURRICULUM_YEAR, PLAN_ISSUED_DATE, LAST_REVIEW_DECISION_DATE, SETTING_NAME,
			SETTING_TYPE, CASEWORKER);

	/**
	 * Columns a file may add: {@code phaseTransferPrepared}, {@code true} when this
	 * academic year's phase transfer is already prepared (the plan names the next
	 * setting, reg 18), so the reg 18 step is recorded done and the review is not brought
	 * forward; empty or {@code false} otherwise. {@code settingTypeOtherReason}: why a
	 * child of school age is at a setting of type {@code OTHER} (required then, as on the
	 * final and amended plan).
	 */
	public static final List<String> OPTIONAL_COLUMNS = List.of(PHASE_TRANSFER_PREPARED, SETTING_TYPE_OTHER_REASON);

	/**
	 * The kinds of setting ({@link SettingTypes}); the old {@code SPECIAL} is still read,
	 * as {@code SPECIAL_ALL_THROUGH}.
	 */
	public static final List<String> SETTING_TYPES = SettingTypes.ALL;

	/**
	 * Far more than a council maintains in one go would be a mistake; larger files are
	 * split.
	 */
	public static final int MAX_ROWS = 5000;

	/** As the case reference of the assessment's forms. */
	private static final Pattern CASE_REFERENCE_PATTERN = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

	private static final Logger log = LoggerFactory.getLogger(PlanImport.class);

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final Clock clock;

	PlanImport(RuntimeService runtimeService, IdentityService identityService, Clock clock) {
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.clock = clock;
	}

	/**
	 * Reads the file and starts a plan for each valid line not already maintained.
	 * @param csv the file's text, header first
	 * @return what was created, skipped and refused, each by line
	 */
	public Result importCsv(String csv) {
		LocalDate today = LocalDate.now(clock);
		List<Created> created = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		if (csv == null || csv.isBlank()) {
			errors.add(new RowError(1, "file",
					"is empty: send a header line " + String.join(",", COLUMNS) + " and one line per plan"));
			return new Result(created, skipped, errors);
		}
		String content = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		long started = System.nanoTime();
		try (CSVParser parser = CSVParser.parse(new StringReader(content), CsvFiles.WITH_HEADER)) {
			Map<String, String> header = new HashMap<>();
			parser.getHeaderNames().forEach(name -> header.put(name.toLowerCase(Locale.ROOT), name));
			List<String> missing = COLUMNS.stream()
				.filter(column -> !header.containsKey(column.toLowerCase(Locale.ROOT)))
				.toList();
			List<String> optional = OPTIONAL_COLUMNS.stream()
				.filter(column -> header.containsKey(column.toLowerCase(Locale.ROOT)))
				.toList();
			if (!missing.isEmpty() || header.size() != COLUMNS.size() + optional.size()) {
				errors.add(new RowError(1, "header",
						"must name the columns " + String.join(",", COLUMNS) + " (and may add "
								+ String.join(",", OPTIONAL_COLUMNS) + ")"
								+ (missing.isEmpty() ? "" : " (missing " + String.join(",", missing) + ")")));
				return new Result(created, skipped, errors);
			}
			Set<String> running = runningPlans();
			Set<String> users = new HashSet<>();
			Map<String, Integer> seen = new HashMap<>();
			int rows = 0;
			int[] lines = lineStarts(content);
			for (CSVRecord record : parser) {
				int line = lineOf(lines, record.getCharacterPosition());
				if (++rows > MAX_ROWS) {
					errors.add(new RowError(line, "file", "a file may hold at most " + MAX_ROWS + " plans: split it"));
					break;
				}
				if (!record.isConsistent()) {
					errors.add(new RowError(line, "row",
							"must have " + (COLUMNS.size() + optional.size()) + " values, has " + record.size()));
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (String column : java.util.stream.Stream.concat(COLUMNS.stream(), optional.stream()).toList()) {
					String value = record.get(header.get(column.toLowerCase(Locale.ROOT)));
					row.put(column, value == null || value.isBlank() ? null : value.trim());
				}
				List<RowError> problems = check(row, line, today, users);
				if (!problems.isEmpty()) {
					errors.addAll(problems);
					continue;
				}
				String reference = row.get(CASE_REFERENCE);
				Integer earlier = seen.putIfAbsent(reference, line);
				if (earlier != null) {
					skipped.add(new Skipped(line, reference, "the same case reference is already on line " + earlier));
					continue;
				}
				if (running.contains(reference)) {
					skipped.add(new Skipped(line, reference, "a plan with this case reference is already maintained"));
					continue;
				}
				created.add(start(line, row));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			errors.add(new RowError(1, "file", "is not valid CSV: " + CsvFiles.whyNotCsv(ex)));
		}
		log.info("Plan import: {} created, {} skipped, {} problems in {} ms", created.size(), skipped.size(),
				errors.size(), (System.nanoTime() - started) / 1_000_000);
		return new Result(created, skipped, errors);
	}

	private Created start(int line, Map<String, String> row) {
		String reference = row.get(CASE_REFERENCE);
		Map<String, Object> variables = new HashMap<>();
		row.forEach((name, value) -> {
			if (value != null) {
				variables.put(name, value);
			}
		});
		variables.put(SETTING_TYPE, SettingTypes.normalise(row.get(SETTING_TYPE)));
		variables.put(PHASE_TRANSFER_PREPARED, "true".equalsIgnoreCase(row.get(PHASE_TRANSFER_PREPARED)));
		variables.put(NATIONAL_CURRICULUM_YEAR, yearGroup(row.get(NATIONAL_CURRICULUM_YEAR)));
		ProcessInstance plan = runtimeService.createMessageCorrelation(MESSAGE_PLAN_IMPORTED)
			.processInstanceBusinessKey(reference)
			.setVariables(variables)
			.correlateStartMessage();
		Map<String, Object> schedule = runtimeService.getVariables(plan.getId(),
				List.of(ANNUAL_REVIEW_DECISION_BY, PHASE_TRANSFER_PLAN_BY, REVIEW_MEETING_BY, NEXT_REVIEW_STARTS_ON,
						REVIEW_REASON, REVIEW_OVERDUE_ON_IMPORT));
		return new Created(line, reference, plan.getId(), text(schedule.get(ANNUAL_REVIEW_DECISION_BY)),
				text(schedule.get(PHASE_TRANSFER_PLAN_BY)), text(schedule.get(REVIEW_MEETING_BY)),
				text(schedule.get(NEXT_REVIEW_STARTS_ON)), text(schedule.get(REVIEW_REASON)),
				Boolean.TRUE.equals(schedule.get(REVIEW_OVERDUE_ON_IMPORT)));
	}

	/** Every rule of one line; the problems name the column. */
	private List<RowError> check(Map<String, String> row, int line, LocalDate today, Set<String> knownUsers) {
		List<RowError> problems = new ArrayList<>();
		String reference = row.get(CASE_REFERENCE);
		if (reference == null) {
			problems.add(new RowError(line, CASE_REFERENCE, "is required"));
		}
		else if (!CASE_REFERENCE_PATTERN.matcher(reference).matches()) {
			problems.add(new RowError(line, CASE_REFERENCE,
					"must be 3 to 40 capital letters, digits and hyphens, like EHC-2026-00042"));
		}
		text(row, CHILD_FIRST_NAME, 100, line, problems);
		text(row, CHILD_LAST_NAME, 100, line, problems);
		LocalDate born = pastDate(row, CHILD_DATE_OF_BIRTH, true, line, today, problems);
		if (born != null && Period.between(born, today).getYears() > 25) {
			problems.add(new RowError(line, CHILD_DATE_OF_BIRTH, "is more than 25 years ago: a plan ends at 25"));
		}
		String year = row.get(NATIONAL_CURRICULUM_YEAR);
		if (year != null && yearGroup(year) == null) {
			problems.add(new RowError(line, NATIONAL_CURRICULUM_YEAR,
					"must be one of " + String.join(", ", AcademicCalendar.YEAR_GROUPS)
							+ " (or empty to work it out from the date of birth)"));
		}
		else if (year != null && born != null) {
			// The same cross-check as a request for an assessment (RequestRules), on
			// today's date.
			int number = AcademicCalendar.YEAR_GROUPS.indexOf(yearGroup(year))
					- AcademicCalendar.YEAR_GROUPS.indexOf("R");
			String misfit = RequestRules.yearDoesNotFit(number, born, today);
			if (misfit != null) {
				problems.add(new RowError(line, NATIONAL_CURRICULUM_YEAR, yearGroup(year) + " today: " + misfit
						+ "; correct the year group or the date of birth (a child taught out of year needs the year group taught)"));
			}
		}
		String prepared = row.get(PHASE_TRANSFER_PREPARED);
		if (prepared != null && !prepared.equalsIgnoreCase("true") && !prepared.equalsIgnoreCase("false")) {
			problems.add(new RowError(line, PHASE_TRANSFER_PREPARED,
					"must be true (this year's phase transfer is already prepared: the plan names the next setting) or false"));
		}
		LocalDate issued = pastDate(row, PLAN_ISSUED_DATE, true, line, today, problems);
		if (issued != null && born != null && issued.isBefore(born)) {
			problems.add(new RowError(line, PLAN_ISSUED_DATE, "must not be before the date of birth"));
		}
		LocalDate reviewed = pastDate(row, LAST_REVIEW_DECISION_DATE, false, line, today, problems);
		if (reviewed != null && issued != null && reviewed.isBefore(issued)) {
			problems.add(new RowError(line, LAST_REVIEW_DECISION_DATE, "must not be before the plan was issued"));
		}
		text(row, SETTING_NAME, 200, line, problems);
		String type = row.get(SETTING_TYPE);
		if (type == null) {
			problems.add(new RowError(line, SETTING_TYPE, "is required"));
		}
		else if (!SETTING_TYPES.contains(SettingTypes.normalise(type))) {
			problems.add(new RowError(line, SETTING_TYPE, "must be one of " + String.join(", ", SETTING_TYPES)
					+ " (special schools by phase; the old SPECIAL is read as SPECIAL_ALL_THROUGH)"));
		}
		else {
			String yearToday = year != null ? yearGroup(year)
					: born != null ? AcademicCalendar.yearGroupOn(born, today) : null;
			String misfit = yearToday == null ? null
					: SettingTypes.otherNeedsReason(type, yearToday, row.get(SETTING_TYPE_OTHER_REASON));
			if (misfit != null) {
				problems.add(new RowError(line, SETTING_TYPE, misfit + " (column " + SETTING_TYPE_OTHER_REASON + ")"));
			}
		}
		String otherReason = row.get(SETTING_TYPE_OTHER_REASON);
		if (otherReason != null && otherReason.length() > 2000) {
			problems.add(new RowError(line, SETTING_TYPE_OTHER_REASON, "must be at most 2000 characters"));
		}
		String caseworker = row.get(CASEWORKER);
		if (caseworker != null && !knownUsers.contains(caseworker)) {
			if (identityService.createUserQuery().userId(caseworker).count() == 0) {
				problems.add(new RowError(line, CASEWORKER, "no EHC Flow user has the id " + caseworker));
			}
			else {
				knownUsers.add(caseworker);
			}
		}
		return problems;
	}

	private static void text(Map<String, String> row, String column, int maxLength, int line, List<RowError> problems) {
		String value = row.get(column);
		if (value == null) {
			problems.add(new RowError(line, column, "is required"));
		}
		else if (value.length() > maxLength) {
			problems.add(new RowError(line, column, "must be at most " + maxLength + " characters"));
		}
	}

	private static LocalDate pastDate(Map<String, String> row, String column, boolean required, int line,
			LocalDate today, List<RowError> problems) {
		String value = row.get(column);
		if (value == null) {
			if (required) {
				problems.add(new RowError(line, column, "is required"));
			}
			return null;
		}
		LocalDate date = Variables.parseDateOrNull(value);
		if (date == null) {
			problems.add(new RowError(line, column, "must be a date like 2026-03-02"));
			return null;
		}
		if (date.isAfter(today)) {
			problems.add(new RowError(line, column, "must not be in the future"));
			return null;
		}
		return date;
	}

	/**
	 * A year group as the column may give it: {@code Y6}, {@code 6}, {@code r},
	 * {@code N2}.
	 */
	private static String yearGroup(String value) {
		if (value == null) {
			return null;
		}
		String text = value.trim().toUpperCase(Locale.ROOT);
		if (text.startsWith("Y") && text.length() > 1) {
			text = text.substring(1).trim();
		}
		return AcademicCalendar.isYearGroup(text) ? text : null;
	}

	private Set<String> runningPlans() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static int[] lineStarts(String content) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < content.length(); i++) {
			if (content.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The line (from 1) on which the character at {@code position} stands. */
	private static int lineOf(int[] lineStarts, long position) {
		int low = 0;
		int high = lineStarts.length - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (lineStarts[mid] <= position) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low + 1;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/**
	 * The outcome of one file.
	 *
	 * @param created one per plan started
	 * @param skipped lines whose plan is already maintained (or repeated in the file)
	 * @param errors every problem of every refused line, by line and column
	 */
	public record Result(List<Created> created, List<Skipped> skipped, List<RowError> errors) {
	}

	/**
	 * A plan started from a line, with its schedule.
	 *
	 * @param reviewOverdueOnImport the review decision was already due: recorded as a
	 * breach, the review started at once
	 */
	public record Created(int line, String caseReference, String processInstanceId, String annualReviewDecisionBy,
			String phaseTransferPlanBy, String reviewMeetingBy, String nextReviewStartsOn, String reviewReason,
			boolean reviewOverdueOnImport) {
	}

	public record Skipped(int line, String caseReference, String reason) {
	}

	/**
	 * One problem of a refused line: its column (or {@code row}, {@code header},
	 * {@code file}).
	 */
	public record RowError(int line, String field, String message) {
	}

}
