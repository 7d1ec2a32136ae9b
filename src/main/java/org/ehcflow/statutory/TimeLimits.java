package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How EHC Flow counts statutory time limits: the one place that implements the counting
 * policy of docs/statutory-rules.md. A day is a calendar day and a week is 7 of them;
 * weekends and bank holidays never extend a statutory limit. Every method returns the
 * last day that is still on time (or, for {@link #reminderDate}, the day a reminder goes
 * out).
 */
public final class TimeLimits {

	private TimeLimits() {
	}

	/**
	 * The end of "within N weeks of" a date, such as the 6, 16 and 20 week limits that
	 * run from receipt of the request (CFA 2014 s36(1); SEND Regulations 2014 reg 4(1),
	 * 10(1), 13(2)) and the 6 weeks for advice (reg 8(1)). The start day is day 0, so the
	 * deadline is the start plus 7 &times; N days, and that whole day is on time.
	 * @param start the day the clock starts (day 0), e.g. the day the request was
	 * received
	 * @param weeks the number of weeks, zero or more
	 * @return {@code start} plus {@code 7 * weeks} days
	 */
	public static LocalDate weeksFrom(LocalDate start, int weeks) {
		Objects.requireNonNull(start, "start");
		requireNotNegative(weeks, "weeks");
		return start.plusWeeks(weeks);
	}

	/**
	 * The last day of "a period of at least N days beginning with the day on which [the
	 * document] was served", as for representations on a draft plan (SEND Regulations
	 * 2014 reg 13(1)) or on an amendment notice (reg 22(2)(c)). The day of service is day
	 * 1, so the period ends on service plus N &minus; 1 days and the local authority may
	 * act from the day after.
	 * @param served the day the document was served (day 1)
	 * @param days the length of the period in days, one or more
	 * @return {@code served} plus {@code days - 1} days
	 */
	public static LocalDate daysBeginningWith(LocalDate served, int days) {
		Objects.requireNonNull(served, "served");
		if (days < 1) {
			throw new IllegalArgumentException("days must be at least 1, was " + days);
		}
		return served.plusDays(days - 1L);
	}

	/**
	 * The last day of "within N months starting with" a date, as for reviewing a plan
	 * within the 12 months starting with the date it was issued or last reviewed (CFA
	 * 2014 s44(1)). The start day is the first day of the period, so it ends on the start
	 * plus N months, less one day.
	 * <p>
	 * Where the final month has no day corresponding to the start day (29 February, the
	 * 31st), the period ends on that month's last day (the corresponding-date rule, Dodds
	 * v Walker [1981]): 29 February 2028 plus 12 months ends on 28 February 2029, 31
	 * August plus 6 months on the last day of February. A period never ends before the
	 * end of the month it ends in for want of a day.
	 * @param start the first day of the period, e.g. the day the plan was issued
	 * @param months the number of months, one or more
	 * @return the last day of the period
	 */
	public static LocalDate withinMonthsStartingWith(LocalDate start, int months) {
		Objects.requireNonNull(start, "start");
		if (months < 1) {
			throw new IllegalArgumentException("months must be at least 1, was " + months);
		}
		LocalDate sameDayLater = start.plusMonths(months);
		boolean clamped = sameDayLater.getDayOfMonth() < start.getDayOfMonth();
		return clamped ? sameDayLater : sameDayLater.minusDays(1);
	}

	/**
	 * The last day of "within N months after" a date, as for mediation and appeals, which
	 * run within 2 months after a decision notice (SEND Regulations 2014 reg 33; Tribunal
	 * Procedure (HESC) Rules 2008 r20). The same day number N months on; where that month
	 * has no such day, its last day ({@link LocalDate#plusMonths} clamps 31sts).
	 * @param start the day the period runs after, e.g. the date of the decision notice
	 * @param months the number of months, zero or more
	 * @return {@code start.plusMonths(months)}
	 */
	public static LocalDate monthsAfter(LocalDate start, int months) {
		Objects.requireNonNull(start, "start");
		requireNotNegative(months, "months");
		return start.plusMonths(months);
	}

	/**
	 * The day a reminder of a deadline goes out ({@code ehcflow.reminder-days-before},
	 * default 7), so the local authority can act within the statutory limit rather than
	 * after it.
	 * @param dueBy the statutory deadline
	 * @param daysBefore how many days before it, zero or more
	 * @return {@code dueBy} less {@code daysBefore} days
	 */
	public static LocalDate reminderDate(LocalDate dueBy, int daysBefore) {
		Objects.requireNonNull(dueBy, "dueBy");
		requireNotNegative(daysBefore, "daysBefore");
		return dueBy.minusDays(daysBefore);
	}

	private static void requireNotNegative(int value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
	}

}
