package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.ADVICE_DUE_BY;
import static org.ehcflow.assessment.AssessmentVariables.ADVICE_REQUESTED_DATE;
import static org.ehcflow.assessment.AssessmentVariables.CASE_CLOSED_DATE;
import static org.ehcflow.assessment.AssessmentVariables.CASE_CLOSED_REASON;
import static org.ehcflow.assessment.AssessmentVariables.REQUEST_RECEIVED_DATE;
import static org.ehcflow.assessment.AssessmentVariables.SETTING_CONSULTATION_BY;
import static org.ehcflow.assessment.AssessmentVariables.YEAR_WHEN_ADVICE_SOUGHT;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.AssessmentTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The small automatic steps of the assessment that set dates as the case moves on. */
@Configuration(proxyBeanMethods = false)
class AssessmentSteps {

	private static final Logger log = LoggerFactory.getLogger(AssessmentSteps.class);

	/**
	 * The advice requests go out today; each is due within 6 weeks (SEND Regulations 2014
	 * reg 8(1)).
	 */
	@Bean
	ExecutionListener adviceRequestDates(Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			Variables.setDate(execution, ADVICE_REQUESTED_DATE, today);
			Variables.setDate(execution, ADVICE_DUE_BY, AssessmentTimeLimits.adviceDueBy(today));
		};
	}

	/**
	 * The year group on the day advice is sought, for the DMN {@code requiredAdvice}:
	 * from Year 9, advice on preparing for adulthood (SEND Regulations 2014 reg 6(1)(g),
	 * "in or beyond year 9") is judged on that day, not on the day the request came in.
	 * The year recorded with the request ({@code nationalCurriculumYear}, as at
	 * {@code requestReceivedDate}) moves up on each 1 September in between
	 * ({@link AcademicCalendar#movesUpBetween}); {@code yearWhenAdviceSought} is that
	 * year as a number (-2 and -1 nursery, 0 Reception, 1 to 14), or null for a young
	 * person past school, as the request gives it.
	 */
	@Bean
	ExecutionListener adviceYearGroup(Clock clock) {
		return execution -> {
			String recorded = AcademicCalendar
				.yearGroupOf(execution.getVariable(RequestRules.NATIONAL_CURRICULUM_YEAR));
			LocalDate received = Variables.parseDateOrNull(execution.getVariable(REQUEST_RECEIVED_DATE));
			Integer year = null;
			if (recorded != null) {
				String now = AcademicCalendar.yearGroupAsOn(recorded, received, LocalDate.now(clock));
				year = AcademicCalendar.YEAR_GROUPS.indexOf(now) - AcademicCalendar.YEAR_GROUPS.indexOf("R");
			}
			execution.setVariable(YEAR_WHEN_ADVICE_SOUGHT, year);
		};
	}

	/**
	 * The requested setting is consulted today and should reply within 15 days (Code
	 * 9.83).
	 */
	@Bean
	ExecutionListener settingConsultationDates(Clock clock) {
		return execution -> Variables.setDate(execution, SETTING_CONSULTATION_BY,
				AssessmentTimeLimits.settingConsultationBy(LocalDate.now(clock)));
	}

	/**
	 * Closes a case that ends early: input {@code closedReason}; the date is the one
	 * recorded with the change ({@code changeDate}, sent with the message) or today.
	 */
	@Bean
	JavaDelegate caseClosure(Clock clock) {
		return execution -> {
			String reason = (String) execution.getVariableLocal("closedReason");
			LocalDate closed = Variables.parseDateOrNull(execution.getVariable("changeDate"));
			execution.setVariable(CASE_CLOSED_REASON, reason);
			Variables.setDate(execution, CASE_CLOSED_DATE, closed != null ? closed : LocalDate.now(clock));
			log.info("Case {} closed: {}", execution.getProcessBusinessKey(), reason);
		};
	}

}
