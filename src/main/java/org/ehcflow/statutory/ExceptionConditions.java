package org.ehcflow.statutory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The conditions a time-limit exception carries in its own words, checked when it is
 * recorded (setting {@code ehcflow.readings.check-exception-conditions}, default on):
 * <ul>
 * <li>away from the area "for a continuous period of not less than 4 weeks": SEND
 * Regulations 2014 reg 5(4)(d), 10(4)(d) (and so 13(3)), 8(2)(b). The absence must last
 * at least 28 days, counting the first and last day away, and fall within the period the
 * step's time limit runs (from the request, or for advice from the day it was asked, to
 * the step's deadline): it must overlap it, for the regulation asks that the absence make
 * the limit impractical, not that all four weeks lie inside it. An absence still going on
 * (no last day yet) counts if it began by the deadline; its end is recorded when
 * known;</li>
 * <li>a school, post-16 institution or early years provider "closed for a continuous
 * period of not less than 4 weeks", the local authority having asked it for advice
 * "during the period beginning one week before [it] closes ... and ending one week before
 * the date on which it re-opens": reg 5(4)(a)-(b), 10(4)(a)-(b). The closure lasts at
 * least 28 days, first and last closed day included; the window runs from the first
 * closed day less 7 days to the reopening day (the day after the last closed day) less 7
 * days, both ends included.</li>
 * </ul>
 */
public final class ExceptionConditions {

	/** "A continuous period of not less than 4 weeks", in days. */
	public static final int FOUR_WEEKS_DAYS = 28;

	/** "One week before" the setting closes or reopens, in days. */
	public static final int WEEK_DAYS = 7;

	private ExceptionConditions() {
	}

	/**
	 * How many days a continuous period lasts, its first and last day both counted.
	 * @param first the first day
	 * @param last the last day, not before {@code first}
	 * @return {@code last - first + 1}
	 */
	public static long daysInclusive(LocalDate first, LocalDate last) {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

	/**
	 * Whether an absence from the area meets reg 5(4)(d), 8(2)(b), 10(4)(d) for a step:
	 * at least 28 days in a row, overlapping the step's period.
	 * @param awayFrom the first day away
	 * @param awayUntil the last day away, or {@code null} while the absence goes on
	 * @param periodStart the first day of the step's period (the request, or the day
	 * advice was asked)
	 * @param periodEnd the step's deadline
	 * @return {@code true} when it lasts (or, going on, may yet last) 4 weeks and touches
	 * the period
	 */
	public static boolean awayForFourWeeksDuring(LocalDate awayFrom, LocalDate awayUntil, LocalDate periodStart,
			LocalDate periodEnd) {
		if (awayFrom.isAfter(periodEnd)) {
			return false;
		}
		if (awayUntil == null) {
			return true;
		}
		return awayForFourWeeks(awayFrom, awayUntil) && !awayUntil.isBefore(periodStart);
	}

	/**
	 * Whether an absence lasts "a continuous period of not less than 4 weeks".
	 * @param awayFrom the first day away
	 * @param awayUntil the last day away
	 * @return {@code true} for 28 days or more, both ends counted
	 */
	public static boolean awayForFourWeeks(LocalDate awayFrom, LocalDate awayUntil) {
		return !awayUntil.isBefore(awayFrom) && daysInclusive(awayFrom, awayUntil) >= FOUR_WEEKS_DAYS;
	}

	/**
	 * Whether a closure lasts "a continuous period of not less than 4 weeks", reg
	 * 5(4)(a)-(b).
	 * @param firstDayClosed the first day the setting was closed
	 * @param lastDayClosed the last day it was closed (it reopens the day after)
	 * @return {@code true} for 28 days or more
	 */
	public static boolean closedForFourWeeks(LocalDate firstDayClosed, LocalDate lastDayClosed) {
		return !lastDayClosed.isBefore(firstDayClosed)
				&& daysInclusive(firstDayClosed, lastDayClosed) >= FOUR_WEEKS_DAYS;
	}

	/**
	 * The first day of the window in which asking the setting for advice excuses the time
	 * limit: one week before it closed, reg 5(4)(a)-(b).
	 * @param firstDayClosed the first day the setting was closed
	 * @return {@code firstDayClosed} less 7 days
	 */
	public static LocalDate closureWindowStart(LocalDate firstDayClosed) {
		return firstDayClosed.minusDays(WEEK_DAYS);
	}

	/**
	 * The last day of that window: one week before the setting reopened, reg 5(4)(a)-(b).
	 * @param lastDayClosed the last day it was closed (it reopens the day after)
	 * @return the reopening day less 7 days
	 */
	public static LocalDate closureWindowEnd(LocalDate lastDayClosed) {
		return lastDayClosed.plusDays(1).minusDays(WEEK_DAYS);
	}

	/**
	 * Whether advice was asked for within the closure window, reg 5(4)(a)-(b).
	 * @param adviceAsked the day the local authority asked the head teacher, principal or
	 * provider
	 * @param firstDayClosed the first day closed
	 * @param lastDayClosed the last day closed
	 * @return {@code true} from {@link #closureWindowStart} to {@link #closureWindowEnd},
	 * both included
	 */
	public static boolean askedWithinClosureWindow(LocalDate adviceAsked, LocalDate firstDayClosed,
			LocalDate lastDayClosed) {
		return !adviceAsked.isBefore(closureWindowStart(firstDayClosed))
				&& !adviceAsked.isAfter(closureWindowEnd(lastDayClosed));
	}

}
