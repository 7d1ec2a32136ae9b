package org.ehcflow.review;

import static org.ehcflow.review.ReviewVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small automatic steps of the annual review that set dates as the review moves on.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSteps {

	private static final Logger log = LoggerFactory.getLogger(ReviewSteps.class);

	/**
	 * What a review records about itself. ehcPlan passes in all its variables, which
	 * after an earlier review include that review's outputs; they are removed at the
	 * start so that this review's history (which the timeline reads) holds only what
	 * happened in it.
	 */
	static final List<String> OWN_OUTCOMES = List.of(REVIEW_MEETING_DATE, REVIEW_DECISION, REVIEW_DECISION_DATE,
			AMENDED_PLAN_ISSUED_DATE, CEASE_NOTICE_DATE, CEASE_REASON, INVITATIONS_SENT_DATE, REVIEW_REPORT_DATE,
			AMENDMENT_NOTICE_DATE, AMENDMENT_REPRESENTATIONS_DATE, REVIEW_DECISION_NOTICE_SENT_DATE,
			FAMILY_HAS_NOTHING_TO_ADD);

	/**
	 * A review starts: until a meeting is chosen, the invitations are due 2 weeks (as
	 * {@code ehcflow.readings.review-notice} counts them) before the latest day the
	 * meeting can be held (reg 20(3), 21(3)). From Year 9 the review must cover preparing
	 * for adulthood (reg 20(6), 21(6)), judged on the meeting's date: until one is
	 * chosen, on the latest day it may be held, the year group moving up on any 1
	 * September before it.
	 */
	@Bean
	ExecutionListener reviewStarted(Clock clock, StatutoryReadings readings) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			LocalDate meetBy = Variables.parseDateOrNull(execution.getVariable(REVIEW_MEETING_BY));
			if (meetBy == null) {
				throw new IllegalStateException("annualReview needs reviewMeetingBy (an ISO date), got "
						+ execution.getVariable(REVIEW_MEETING_BY));
			}
			OWN_OUTCOMES.forEach(execution::removeVariable);
			Variables.setDate(execution, REVIEW_MEETING_BY, meetBy);
			Variables.setDate(execution, REVIEW_STARTED_DATE, today);
			Variables.setDate(execution, REVIEW_INVITATIONS_BY,
					ReviewTimeLimits.invitationsBy(meetBy, readings.reviewNotice().daysBeforeMeeting()));
			execution.setVariable(PREPARING_FOR_ADULTHOOD_REQUIRED, ReviewTimeLimits
				.coversPreparingForAdulthoodOn(execution.getVariable(NATIONAL_CURRICULUM_YEAR), today, meetBy));
			log.info("Case {}: annual review started; meeting by {}", execution.getProcessBusinessKey(), meetBy);
		};
	}

	/**
	 * The school or college the family asked for is consulted today; it should reply
	 * within 15 days (Code 9.83).
	 */
	@Bean
	ExecutionListener newSettingConsultationDates(Clock clock) {
		return execution -> Variables.setDate(execution, NEW_SETTING_CONSULTATION_BY,
				ReviewTimeLimits.newSettingConsultationBy(LocalDate.now(clock)));
	}

}
