package org.ehcflow.advice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.ehcflow.common.EhcFlowProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The timer cycles of {@code adviceRequest}, as ISO 8601 repeating intervals the engine
 * reads ({@code R<n>/<start>/<period>}). Days start at midnight in the council's time
 * zone.
 * <ul>
 * <li>The advice giver's reminders, {@code ehcflow.advice.reminder-days-before} days
 * before {@code adviceDueBy} (default 14 and 3): one cycle from the first reminder day to
 * the last, in steps of the greatest common divisor of the gaps, so that it passes every
 * reminder day. With the default the step is 11 days and the timer fires exactly twice;
 * with 14, 7 and 3 it fires daily from the first to the last and the reminder step sends
 * only on the days configured.</li>
 * <li>The escalation: on {@code adviceDueBy} and every 7 days after, for as long as the
 * advice is awaited.</li>
 * </ul>
 */
@Component("adviceTimers")
public class AdviceTimers {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final EhcFlowProperties properties;

	private final Clock clock;

	/** Days before the due date, the earliest reminder first: 14, 3. */
	private final List<Integer> reminderDaysBefore;

	AdviceTimers(EhcFlowProperties properties, Clock clock,
			@Value("${ehcflow.advice.reminder-days-before:14,3}") String reminderDaysBefore) {
		this.properties = properties;
		this.clock = clock;
		this.reminderDaysBefore = parse(reminderDaysBefore);
	}

	static List<Integer> parse(String days) {
		List<Integer> parsed;
		try {
			parsed = Arrays.stream(days.split(","))
				.map(String::strip)
				.filter(day -> !day.isEmpty())
				.map(Integer::valueOf)
				.distinct()
				.sorted(Comparator.reverseOrder())
				.toList();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"ehcflow.advice.reminder-days-before must list whole numbers of days, like 14,3: " + days, ex);
		}
		if (parsed.isEmpty() || parsed.get(parsed.size() - 1) < 1) {
			throw new IllegalArgumentException(
					"ehcflow.advice.reminder-days-before must list at least one number of days, each 1 or more: "
							+ days);
		}
		return parsed;
	}

	/** The reminder days, as days before the due date, the earliest reminder first. */
	public List<Integer> reminderDaysBefore() {
		return reminderDaysBefore;
	}

	/**
	 * The cycle of the advice giver's reminders. Reminder days already begun are left
	 * out, so a request made late in its 6 weeks is not reminded at once. When no
	 * reminder day is left, the cycle fires once on the due date and the reminder step
	 * sends nothing (the escalation takes over that day).
	 */
	public String giverReminderCycle(String adviceDueBy) {
		LocalDate due = LocalDate.parse(adviceDueBy);
		Instant now = Instant.now(clock);
		List<Integer> ahead = reminderDaysBefore.stream()
			.filter(days -> startOf(due.minusDays(days)).toInstant().isAfter(now))
			.toList();
		if (ahead.isEmpty()) {
			return "R0/" + ISO.format(startOf(due)) + "/P1D";
		}
		int first = ahead.get(0);
		int last = ahead.get(ahead.size() - 1);
		int step = 0;
		for (int days : ahead) {
			step = gcd(step, first - days);
		}
		if (step == 0) {
			return "R0/" + ISO.format(startOf(due.minusDays(first))) + "/P1D";
		}
		return "R" + (first - last) / step + "/" + ISO.format(startOf(due.minusDays(first))) + "/P" + step + "D";
	}

	/**
	 * The escalation cycle: the start of the due date, then every 7 days, with no end.
	 */
	public String escalationCycle(String adviceDueBy) {
		return "R/" + ISO.format(startOf(LocalDate.parse(adviceDueBy))) + "/P7D";
	}

	private ZonedDateTime startOf(LocalDate day) {
		return day.atStartOfDay(properties.timeZone());
	}

	private static int gcd(int a, int b) {
		return b == 0 ? a : gcd(b, a % b);
	}

}
