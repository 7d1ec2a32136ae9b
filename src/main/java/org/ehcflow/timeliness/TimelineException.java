package org.ehcflow.timeliness;

import java.time.LocalDate;

import org.ehcflow.assessment.TimeLimitException;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recorded lawful exception to a step's time limit (SEND Regulations 2014 reg 5(4),
 * 8(2), 10(4), 13(3)), as the timeline shows it. It explains lateness; it never moves the
 * date. The evidence and who recorded it stay in the record and are not repeated here.
 *
 * @param step the step it excuses
 * @param reason the {@link org.ehcflow.statutory.ExceptionReason} name
 * @param regulation the paragraph that makes it lawful
 * @param startDate the first day it covers
 * @param endDate the last day it covers, or {@code null} while it goes on
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineException(String step, String reason, String regulation, LocalDate startDate, LocalDate endDate) {

	static TimelineException of(TimeLimitException recorded) {
		return new TimelineException(recorded.step(), recorded.reason(), recorded.regulation(), recorded.startDate(),
				recorded.endDate());
	}

}
