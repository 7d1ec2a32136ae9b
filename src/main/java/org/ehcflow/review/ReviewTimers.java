package org.ehcflow.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.PlanAgeLimit;
import org.springframework.stereotype.Component;

/**
 * The moments the timers of {@code ehcPlan} and {@code annualReview} fire, in the
 * council's time zone.
 */
@Component("reviewTimers")
public class ReviewTimers {

	private final EhcFlowProperties properties;

	private final Clock clock;

	ReviewTimers(EhcFlowProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Every 1 September from the next one, at the start of the day: an ISO 8601 repeating
	 * interval ({@code R/2026-09-01T00:00:00+01:00/P1Y}), so the year group moves up in
	 * the council's time zone.
	 */
	public String eachFirstSeptember() {
		LocalDate today = LocalDate.now(clock);
		LocalDate next = today.withMonth(9).withDayOfMonth(1);
		if (!next.isAfter(today)) {
			next = next.plusYears(1);
		}
		return "R/" + next.atStartOfDay(properties.timeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1Y";
	}

	/**
	 * When the caseworker is asked to end the plan at the age limit: the start of the day
	 * {@link PlanAgeLimit#CASEWORKER_TASK_WEEKS_BEFORE} weeks before the end of the
	 * academic year in which the young person turns 25 (CFA 2014 s46). Read from
	 * {@code childDateOfBirth} when the plan starts; without a date of birth, never (31
	 * December 9999).
	 */
	public Date ageLimitTaskAt(Object childDateOfBirth) {
		LocalDate born = Variables.parseDateOrNull(childDateOfBirth);
		LocalDate day = born == null ? LocalDate.of(9999, 12, 31) : PlanAgeLimit.caseworkerTaskOn(born);
		return Date.from(day.atStartOfDay(properties.timeZone()).toInstant());
	}

	/**
	 * The start of a day, such as {@code nextReviewStartsOn} or the end of the appeal
	 * window.
	 */
	public Date startOf(String day) {
		return Date.from(LocalDate.parse(day).atStartOfDay(properties.timeZone()).toInstant());
	}

	/**
	 * The first moment of the meeting day: the meeting goes ahead with the advice
	 * received by then, rather than wait for advice that is already late (due 2 weeks
	 * before, reg 20(4)).
	 */
	public Date meetingDay(String meeting) {
		return startOf(meeting);
	}

	/**
	 * When the reminder of an under-5 review target goes out (SEND Code of Practice
	 * 9.178: a target, never a breach): the start of the day
	 * {@code ehcflow.reminder-days-before} before it. A plan with no target gets the
	 * start of its statutory decision day, where the flow ends at once ("Under-5 target
	 * set?" = no).
	 * @param target {@code underFiveReviewTargetBy}, or {@code null}
	 * @param annualReviewDecisionBy the statutory date, CFA 2014 s44(1)
	 * @return the moment
	 */
	public Date targetReminderAt(Object target, String annualReviewDecisionBy) {
		if (target == null || target.toString().isBlank()) {
			return startOf(annualReviewDecisionBy);
		}
		LocalDate day = org.ehcflow.statutory.TimeLimits.reminderDate(LocalDate.parse(target.toString()),
				properties.reminderDaysBefore());
		return startOf(day.toString());
	}

	/**
	 * The earlier of two days, the second of which may be absent: the amended plan of a
	 * phase-transfer review is due by the reg 18 date when that comes before the 8 weeks
	 * of reg 22(3), so Tasklist shows 14 February (or 30 March).
	 * @param day a date
	 * @param other another date, or {@code null}
	 * @return the earlier, as an ISO date
	 */
	public String earlier(String day, Object other) {
		if (other == null || other.toString().isBlank()) {
			return day;
		}
		LocalDate a = LocalDate.parse(day);
		LocalDate b = LocalDate.parse(other.toString());
		return (b.isBefore(a) ? b : a).toString();
	}

}
