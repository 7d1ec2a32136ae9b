package org.ehcflow.review;

import java.time.LocalDate;
import java.util.Date;

import org.ehcflow.common.EhcFlowProperties;
import org.springframework.stereotype.Component;

/** The review's own timer moments, in the council's time zone. */
@Component("reviewTimers")
public class ReviewTimers {

	private final EhcFlowProperties properties;

	ReviewTimers(EhcFlowProperties properties) {
		this.properties = properties;
	}

	/**
	 * The first moment of the meeting day: the meeting goes ahead with the advice received by then,
	 * rather than wait for advice that is already late (due 2 weeks before, reg 20(4)).
	 */
	public Date meetingDay(String meeting) {
		return Date.from(LocalDate.parse(meeting).atStartOfDay(properties.timeZone()).toInstant());
	}

}
