package org.ehcflow.timeliness;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AssessmentDeadlines;
import org.ehcflow.statutory.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * Turns a deadline day into the moments the BPMN needs, in the council's time zone. A
 * statutory deadline day counts as on time all day long, so a task is due at the end of
 * it and a breach is recorded at the first moment of the next day.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

	private final EhcFlowProperties properties;

	DeadlineTimers(EhcFlowProperties properties) {
		this.properties = properties;
	}

	/**
	 * The 20-week deadline for the whole case's timers (SEND Regulations 2014 reg 13(2);
	 * CFA 2014 s36(1): it runs from receipt). The engine creates the process-level timers
	 * before the request is checked and {@code finalPlanDueBy} is recorded, so they count
	 * from the date as given. A date that is missing or malformed gives any day: the
	 * check that follows refuses the request and the timers are rolled back with it.
	 */
	public String finalPlanDueBy(Object requestReceivedDate) {
		LocalDate received = Variables.parseDateOrNull(requestReceivedDate);
		return AssessmentDeadlines.forRequestReceivedOn(received == null ? LocalDate.now() : received)
			.finalPlanDueBy()
			.toString();
	}

	/** A user task's due date: the last minute of the deadline day. */
	public Date dueAt(String deadline) {
		return at(LocalDate.parse(deadline), LocalTime.of(23, 59));
	}

	/**
	 * When the reminder goes out: the start of the day
	 * {@code ehcflow.reminder-days-before} before.
	 */
	public Date reminderAt(String deadline) {
		LocalDate day = TimeLimits.reminderDate(LocalDate.parse(deadline), properties.reminderDaysBefore());
		return at(day, LocalTime.MIDNIGHT);
	}

	/** When a missed deadline is recorded: the start of the day after the deadline. */
	public Date breachAt(String deadline) {
		return at(LocalDate.parse(deadline).plusDays(1), LocalTime.MIDNIGHT);
	}

	private Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(properties.timeZone()).toInstant());
	}

}
