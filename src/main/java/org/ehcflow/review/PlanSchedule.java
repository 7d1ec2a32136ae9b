package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.ReviewSchedule;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Work out when the next review is due": the months between reviews from the DMN table
 * {@code reviewFrequency} (CFA 2014 s44(1); Code 9.178 for children under 5), whether the review
 * must also prepare a phase transfer from the DMN table {@code phaseTransfer} (reg 18), and from
 * them {@code annualReviewDecisionBy}, {@code phaseTransferPlanBy}, {@code reviewMeetingBy},
 * {@code nextReviewStartsOn} and {@code reviewReason}. The year group used for the phase transfer
 * is the one the child will be in by the latest day for the review meeting (it moves up each 1
 * September): a review whose meeting falls in the last year of a phase prepares the transfer, and
 * is brought forward so that the amended plan can be issued by the reg 18 date.
 */
@Component("reviewScheduler")
class PlanSchedule implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(PlanSchedule.class);

	private final DecisionService decisions;

	private final Clock clock;

	PlanSchedule(DecisionService decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate today = LocalDate.now(clock);
		LocalDate dateOfBirth = Variables.parseDateOrNull(execution.getVariable(CHILD_DATE_OF_BIRTH));
		LocalDate lastDecision = Variables.parseDateOrNull(execution.getVariable(LAST_REVIEW_DECISION_DATE));
		LocalDate periodStart = lastDecision != null ? lastDecision
				: Objects.requireNonNullElse(Variables.parseDateOrNull(execution.getVariable(PLAN_ISSUED_DATE)), today);
		String yearGroup = AcademicCalendar.yearGroupOf(execution.getVariable(NATIONAL_CURRICULUM_YEAR));
		if (yearGroup == null && dateOfBirth != null) {
			yearGroup = AcademicCalendar.yearGroupOn(dateOfBirth, today);
			execution.setVariable(NATIONAL_CURRICULUM_YEAR, yearGroup);
		}
		String settingType = Objects.requireNonNullElse(Variables.string(execution, SETTING_TYPE), "OTHER");

		int months = reviewMonths(dateOfBirth == null ? null : Period.between(dateOfBirth, periodStart).getYears());
		LocalDate meetingBy = ReviewSchedule.of(periodStart, months, null, today).reviewMeetingBy();
		LocalDate transferBy = yearGroup == null ? null
				: phaseTransferPlanBy(AcademicCalendar.advance(yearGroup, AcademicCalendar.movesUpBetween(today, meetingBy)),
						settingType, meetingBy);
		if (transferBy != null && transferBy.equals(Variables.date(execution, PHASE_TRANSFER_REVIEWED_FOR))) {
			transferBy = null;
		}
		ReviewSchedule schedule = ReviewSchedule.of(periodStart, months, transferBy, today);

		Variables.setDate(execution, ANNUAL_REVIEW_DECISION_BY, schedule.annualReviewDecisionBy());
		Variables.setDate(execution, PHASE_TRANSFER_PLAN_BY, schedule.phaseTransferPlanBy());
		Variables.setDate(execution, REVIEW_MEETING_BY, schedule.reviewMeetingBy());
		Variables.setDate(execution, NEXT_REVIEW_STARTS_ON, schedule.nextReviewStartsOn());
		execution.setVariable(REVIEW_MONTHS, months);
		execution.setVariable(REVIEW_REASON, transferBy != null ? "PHASE_TRANSFER"
				: months < ReviewTimeLimits.REVIEW_MONTHS ? "UNDER_FIVE" : "ANNUAL");
		execution.setVariable(REVIEW_OVERDUE, schedule.overdue());
		execution.setVariable(REVIEW_STARTS_NOW, schedule.startsBy(today));
		execution.setVariable(PLAN_STATUS, "MAINTAINED");
		if ("IMPORT".equals(execution.getVariable(PLAN_SOURCE)) && !execution.hasVariable(REVIEW_OVERDUE_ON_IMPORT)) {
			execution.setVariable(REVIEW_OVERDUE_ON_IMPORT, schedule.overdue());
		}
		log.info("Case {}: next review decision due {}, review starts {}{}", execution.getProcessBusinessKey(),
				schedule.annualReviewDecisionBy(), schedule.nextReviewStartsOn(),
				schedule.overdue() ? " (already overdue)" : "");
	}

	/**
	 * DMN {@code reviewFrequency}: 6 months under 5 by default (Code 9.178), else 12 (CFA s44(1)).
	 * An unknown age gets the statutory 12.
	 */
	private int reviewMonths(Integer ageInYears) {
		if (ageInYears == null) {
			return ReviewTimeLimits.REVIEW_MONTHS;
		}
		Object months = decisions.evaluateDecisionTableByKey("reviewFrequency", Map.of("ageInYears", ageInYears))
			.getSingleResult()
			.getEntry("reviewMonths");
		int value = ((Number) months).intValue();
		return Math.max(1, Math.min(ReviewTimeLimits.REVIEW_MONTHS, value));
	}

	/**
	 * DMN {@code phaseTransfer} for the year group the child is in by the meeting: the reg 18 date
	 * of a move the September after that academic year, or {@code null}.
	 */
	private LocalDate phaseTransferPlanBy(String yearGroupAtReview, String settingType, LocalDate meetingBy) {
		Map<String, Object> result = decisions
			.evaluateDecisionTableByKey("phaseTransfer",
					Map.of(NATIONAL_CURRICULUM_YEAR, yearGroupAtReview, SETTING_TYPE, settingType))
			.getSingleResult()
			.getEntryMap();
		if (!Boolean.TRUE.equals(result.get("transfersNextSeptember"))) {
			return null;
		}
		return ReviewTimeLimits.phaseTransferPlanBy(AcademicCalendar.yearOfTransferAfter(meetingBy),
				Boolean.TRUE.equals(result.get("secondaryToPost16")));
	}

}
