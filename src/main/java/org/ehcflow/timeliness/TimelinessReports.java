package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The manager measures for a period, as of today, with the cases behind each: what the
 * API, the CSV, the Cockpit dashboard and the metrics all show, so they agree.
 */
@Service
class TimelinessReports {

	private final CaseloadReader reader;

	private final Clock clock;

	private final StatutoryReadings readings;

	TimelinessReports(CaseloadReader reader, Clock clock, StatutoryReadings readings) {
		this.reader = reader;
		this.clock = clock;
		this.readings = readings;
	}

	/** The period from the request's parameters (ISO dates, both optional). */
	record Period(LocalDate start, LocalDate end) {
	}

	/**
	 * The period a request names: by default the 12 months ending today. A date that is
	 * not {@code YYYY-MM-DD}, or a start after the end, is the caller's mistake (400,
	 * each named).
	 */
	Period period(String periodStart, String periodEnd) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate end = parse("periodEnd", periodEnd, problems);
		LocalDate start = parse("periodStart", periodStart, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate today = today();
		if (end == null) {
			end = start != null && start.plusYears(1).minusDays(1).isBefore(today) ? start.plusYears(1).minusDays(1)
					: today;
		}
		if (start == null) {
			start = end.minusYears(1).plusDays(1);
		}
		if (start.isAfter(end)) {
			throw new InvalidInputException(List.of(new FieldProblem("periodStart",
					"must be on or before periodEnd (%s); it is %s".formatted(end, start))));
		}
		return new Period(start, end);
	}

	TimelinessMeasures.Result measure(Period period) {
		return TimelinessMeasures.of(reader.read(), period.start(), period.end(), today(), readings);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static LocalDate parse(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date written YYYY-MM-DD, such as 2026-03-02; got \""
					+ (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "\""));
			return null;
		}
	}

}
