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
import org.ehcflow.statutory.PhaseTransferDuty;
import org.ehcflow.statutory.ReviewSchedule;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Work out when the next review is due": the statutory 12 months (CFA 2014 s44(1)), the
 * under-5s' target from the DMN table {@code reviewFrequency} (Code 9.178, a target with
 * a reminder, never a breach), and the reg 18 duty of this academic year from the DMN
 * table {@code phaseTransfer}, decided from the year group <em>today</em> and the
 * setting's type ({@link PhaseTransfers}): a child "within 12 months of a transfer
 * between phases" (reg 18(1), reg 2(1)) has {@code phaseTransferPlanBy} set to 14
 * February (30 March for secondary school to post-16) of the year of transfer and the
 * review brought forward to meet it, at once when its latest meeting day has already
 * passed ({@code reviewStartNote} says so). Sets {@code annualReviewDecisionBy},
 * {@code underFiveReviewTargetBy}, {@code phaseTransferPlanBy},
 * {@code phaseTransferMissedFor}, {@code reviewMeetingBy}, {@code nextReviewStartsOn} and
 * {@code reviewReason}.
 */
@Component("reviewScheduler")
class PlanSchedule implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(PlanSchedule.class);

	private final DecisionService decisions;

	private final PhaseTransfers phaseTransfers;

	private final Clock clock;

	PlanSchedule(DecisionService decisions, PhaseTransfers phaseTransfers, Clock clock) {
		this.decisions = decisions;
		this.phaseTransfers = phaseTransfers;
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
		String settingType = Variables.string(execution, SETTING_TYPE);
		boolean firstSchedule = !execution.hasVariable(ANNUAL_REVIEW_DECISION_BY);

		int months = reviewMonths(dateOfBirth == null ? null : Period.between(dateOfBirth, periodStart).getYears());
		PhaseTransferDuty duty = phaseTransfers.thisYear(yearGroup, settingType, today,
				Variables.date(execution, PHASE_TRANSFER_REVIEWED_FOR));
		if (firstSchedule && duty.planBy() != null && duty.state() != PhaseTransferDuty.State.PREPARED
				&& "true".equals(String.valueOf(execution.getVariable(PHASE_TRANSFER_PREPARED)))) {
			// The import says this year's transfer is already prepared: the plan names
			// the next setting.
			Variables.setDate(execution, PHASE_TRANSFER_REVIEWED_FOR, duty.planBy());
			duty = new PhaseTransferDuty(PhaseTransferDuty.State.PREPARED, duty.planBy(), duty.secondaryToPost16());
		}
		LocalDate transferBy = duty.state() == PhaseTransferDuty.State.DUE ? duty.planBy() : null;
		if (duty.state() == PhaseTransferDuty.State.MISSED) {
			Variables.setDate(execution, PHASE_TRANSFER_MISSED_FOR, duty.planBy());
			log.warn(
					"Case {}: the reg 18 date {} of this year's phase transfer has passed and the plan was not amended for it",
					execution.getProcessBusinessKey(), duty.planBy());
		}
		ReviewSchedule schedule = ReviewSchedule.of(periodStart, months, transferBy, today);

		Variables.setDate(execution, ANNUAL_REVIEW_DECISION_BY, schedule.annualReviewDecisionBy());
		Variables.setDate(execution, UNDER_FIVE_REVIEW_TARGET_BY, schedule.underFiveReviewTargetBy());
		Variables.setDate(execution, PHASE_TRANSFER_PLAN_BY, schedule.phaseTransferPlanBy());
		Variables.setDate(execution, REVIEW_MEETING_BY, schedule.reviewMeetingBy());
		Variables.setDate(execution, NEXT_REVIEW_STARTS_ON, schedule.nextReviewStartsOn());
		execution.setVariable(REVIEW_MONTHS, months);
		execution.setVariable(REVIEW_REASON, transferBy != null ? "PHASE_TRANSFER"
				: schedule.underFiveReviewTargetBy() != null ? "UNDER_FIVE" : "ANNUAL");
		execution.setVariable(REVIEW_OVERDUE, schedule.overdue());
		execution.setVariable(REVIEW_STARTS_NOW, schedule.startsBy(today));
		execution.setVariable(REVIEW_START_NOTE, startNote(schedule, duty, today));
		execution.setVariable(PLAN_STATUS, "MAINTAINED");
		if ("IMPORT".equals(execution.getVariable(PLAN_SOURCE)) && !execution.hasVariable(REVIEW_OVERDUE_ON_IMPORT)) {
			execution.setVariable(REVIEW_OVERDUE_ON_IMPORT, schedule.overdue());
		}
		log.info("Case {}: next review decision due {}, review starts {}{}", execution.getProcessBusinessKey(),
				schedule.annualReviewDecisionBy(), schedule.nextReviewStartsOn(),
				schedule.overdue() ? " (already overdue)" : "");
	}

	/**
	 * Why the review starts when it does, in plain words, when that is not the usual 8
	 * weeks before its meeting: a phase-transfer meeting day already passed, a missed reg
	 * 18 date, an overdue review. {@code null} otherwise.
	 */
	static String startNote(ReviewSchedule schedule, PhaseTransferDuty duty, LocalDate today) {
		String regulation = duty.secondaryToPost16() ? "reg 18(1)(a)" : "reg 18(1)(b)";
		if (schedule.phaseTransferPlanBy() != null && schedule.meetingDayPassed()) {
			return "Phase transfer: the plan must name the next setting by " + schedule.phaseTransferPlanBy() + " ("
					+ regulation + "), so the review meeting was due by " + schedule.reviewMeetingBy()
					+ " (12 weeks before); that day has passed, so the review starts at once on " + today + ".";
		}
		if (duty.state() == PhaseTransferDuty.State.MISSED) {
			return "Phase transfer: the plan had to name the next setting by " + duty.planBy() + " (" + regulation
					+ ") and was not amended for it: the duty was missed; amend the plan as soon as practicable.";
		}
		if (schedule.overdue()) {
			return "The review decision was due by " + schedule.annualReviewDecisionBy()
					+ " (CFA 2014 s44(1)): the review starts at once.";
		}
		return null;
	}

	/**
	 * DMN {@code reviewFrequency}: 6 months under 5 by default (Code 9.178), else 12 (CFA
	 * s44(1)). An unknown age gets the statutory 12.
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

}
