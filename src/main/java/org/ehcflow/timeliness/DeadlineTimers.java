package org.ehcflow.timeliness;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.statutory.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * Turns a deadline day into the moments the BPMN needs, in the council's time zone. A statutory
 * deadline day counts as on time all day long, so a task is due at the end of it and a breach is
 * recorded at the first moment of the next day.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

	private final EhcFlowProperties properties;

	DeadlineTimers(EhcFlowProperties properties) {
		this.properties = properties;
	}

	/** A user task's due date: the last minute of the deadline day. */
	public Date dueAt(String deadline) {
		return at(LocalDate.parse(deadline), LocalTime.of(23, 59));
	}

	/** When the reminder goes out: the start of the day {@code ehcflow.reminder-days-before} before. */
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
