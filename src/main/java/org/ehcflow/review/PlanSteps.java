package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.PhaseTransferDuty;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The small steps of {@code ehcPlan} around the review schedule ({@link PlanSchedule}). */
@Configuration(proxyBeanMethods = false)
class PlanSteps {

	private static final Logger log = LoggerFactory.getLogger(PlanSteps.class);

	/**
	 * "Take over the issued plan": the assessment's variables in the plan's names.
	 * {@code finalPlanIssuedDate} becomes {@code planIssuedDate} (SEN2 StartDate),
	 * {@code namedSettingName} the {@code settingName}, {@code caseOwner} the {@code caseworker}; the
	 * year group recorded with the request moves up for each 1 September since, or comes from the
	 * date of birth.
	 */
	@Bean
	JavaDelegate issuedPlanTakeOver(Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			LocalDate issued = Variables.date(execution, "finalPlanIssuedDate");
			if (issued == null) {
				issued = today;
			}
			Variables.setDate(execution, PLAN_ISSUED_DATE, issued);
			execution.setVariable(CASE_REFERENCE, execution.getProcessBusinessKey());
			String named = Variables.string(execution, "namedSettingName");
			if (named != null && !named.isBlank()) {
				execution.setVariable(SETTING_NAME, named);
			}
			String owner = Variables.string(execution, "caseOwner");
			if (owner != null && !owner.isBlank()) {
				execution.setVariable(CASEWORKER, owner);
			}
			if (Variables.string(execution, SETTING_TYPE) == null) {
				execution.setVariable(SETTING_TYPE, "OTHER");
			}
			String recorded = AcademicCalendar.yearGroupOf(execution.getVariable(NATIONAL_CURRICULUM_YEAR));
			LocalDate received = Variables.parseDateOrNull(execution.getVariable("requestReceivedDate"));
			LocalDate born = Variables.parseDateOrNull(execution.getVariable(CHILD_DATE_OF_BIRTH));
			String yearGroup = recorded != null && received != null
					? AcademicCalendar.advance(recorded, AcademicCalendar.movesUpBetween(received, today))
					: born != null ? AcademicCalendar.yearGroupOn(born, today) : recorded;
			execution.setVariable(NATIONAL_CURRICULUM_YEAR, yearGroup);
			execution.setVariable(PLAN_SOURCE, "ASSESSMENT");
			log.info("Case {}: plan issued {} taken over for maintenance", execution.getProcessBusinessKey(), issued);
		};
	}

	/** "Start the plan from the import": an imported plan's source; its variables come with the message. */
	@Bean
	JavaDelegate importedPlanTakeOver() {
		return execution -> {
			execution.setVariable(PLAN_SOURCE, "IMPORT");
			execution.setVariable(CASE_REFERENCE, execution.getProcessBusinessKey());
		};
	}

	/**
	 * "Bring the review forward": a parent, the setting or the local authority asked for an early
	 * review (CFA 2014 s44(1) allows a review at any time; Code 9.173). It starts today, and its
	 * meeting is due within 8 weeks, or by the date already set if that is sooner.
	 */
	@Bean
	JavaDelegate earlyReviewRecorder(Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			LocalDate meetingBy = today.plusWeeks(ReviewTimeLimits.REVIEW_STARTS_WEEKS_BEFORE_MEETING);
			LocalDate scheduled = Variables.date(execution, REVIEW_MEETING_BY);
			if (scheduled != null && scheduled.isBefore(meetingBy)) {
				meetingBy = scheduled;
			}
			execution.setVariable(REVIEW_REASON, "EARLY_REVIEW");
			Variables.setDate(execution, EARLY_REVIEW_REQUESTED_DATE, today);
			Variables.setDate(execution, REVIEW_MEETING_BY, meetingBy);
			Variables.setDate(execution, NEXT_REVIEW_STARTS_ON, today);
			log.info("Case {}: early review requested by {}", execution.getProcessBusinessKey(),
					execution.getVariable(EARLY_REVIEW_REQUESTED_BY));
		};
	}

	/** Marks the plan under review as the review starts. */
	@Bean
	JavaDelegate reviewStarter() {
		return execution -> execution.setVariable(PLAN_STATUS, "UNDER_REVIEW");
	}

	/**
	 * "Record the review decision": the decision date becomes {@code lastReviewDecisionDate} (SEN2
	 * LastReview), from which the next 12 months run (CFA 2014 s44(1)). A decision to cease opens
	 * the family's 2 months to appeal (HESC Rules r20), during which the plan stays (reg 31).
	 */
	@Bean
	JavaDelegate reviewOutcomeRecorder(Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			LocalDate decided = Variables.date(execution, REVIEW_DECISION_DATE);
			if (decided == null) {
				decided = today;
				Variables.setDate(execution, REVIEW_DECISION_DATE, decided);
			}
			Variables.setDate(execution, LAST_REVIEW_DECISION_DATE, decided);
			LocalDate transferBy = Variables.date(execution, PHASE_TRANSFER_PLAN_BY);
			if (transferBy != null) {
				Variables.setDate(execution, PHASE_TRANSFER_REVIEWED_FOR, transferBy);
			}
			if ("CEASE".equals(execution.getVariable(REVIEW_DECISION))) {
				LocalDate notice = Variables.date(execution, CEASE_NOTICE_DATE);
				if (notice == null) {
					notice = decided;
					Variables.setDate(execution, CEASE_NOTICE_DATE, notice);
				}
				Variables.setDate(execution, APPEAL_WINDOW_ENDS_ON, ReviewTimeLimits.ceaseAppealWindowEnds(notice));
				execution.setVariable(PLAN_STATUS, "CEASING");
			}
			else {
				execution.setVariable(PLAN_STATUS, "MAINTAINED");
			}
			log.info("Case {}: review decision {} on {}", execution.getProcessBusinessKey(),
					execution.getVariable(REVIEW_DECISION), decided);
		};
	}

	/**
	 * "Check for a phase transfer this year", each 1 September after the move-up: the year group
	 * today and the setting's type decide whether the child is now within 12 months of a transfer
	 * between phases (SEND Regulations 2014 reg 18(1), reg 2(1)). A plan waiting for its review is
	 * sent {@code PhaseTransferFound} and works out its schedule again ({@link PlanSchedule}); a
	 * review already running gets {@code phaseTransferPlanBy} and {@code reviewReason}
	 * {@code PHASE_TRANSFER}, so that it prepares the transfer.
	 */
	@Bean
	JavaDelegate phaseTransferCheck(PhaseTransfers phaseTransfers, Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			PhaseTransferDuty duty = phaseTransfers.thisYear(
					AcademicCalendar.yearGroupOf(execution.getVariable(NATIONAL_CURRICULUM_YEAR)),
					Variables.string(execution, SETTING_TYPE), today, Variables.date(execution, PHASE_TRANSFER_REVIEWED_FOR));
			if (duty.state() != PhaseTransferDuty.State.DUE || duty.planBy().equals(Variables.date(execution, PHASE_TRANSFER_PLAN_BY))) {
				return;
			}
			RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
			String plan = execution.getProcessInstanceId();
			log.info("Case {}: phase transfer found on 1 September, plan naming the next setting by {}",
					execution.getProcessBusinessKey(), duty.planBy());
			if (runtime.createEventSubscriptionQuery().processInstanceId(plan).eventName(MESSAGE_PHASE_TRANSFER_FOUND).count() > 0) {
				runtime.createMessageCorrelation(MESSAGE_PHASE_TRANSFER_FOUND).processInstanceId(plan).correlate();
				return;
			}
			Variables.setDate(execution, PHASE_TRANSFER_PLAN_BY, duty.planBy());
			execution.setVariable(REVIEW_REASON, "PHASE_TRANSFER");
			runtime.createProcessInstanceQuery().superProcessInstanceId(plan).list().forEach(review -> {
				runtime.setVariable(review.getId(), PHASE_TRANSFER_PLAN_BY, duty.planBy().toString());
				runtime.setVariable(review.getId(), REVIEW_REASON, "PHASE_TRANSFER");
			});
		};
	}

	/** "Move up a year group": each 1 September. */
	@Bean
	JavaDelegate yearGroupAdvance() {
		return execution -> {
			String yearGroup = AcademicCalendar.yearGroupOf(execution.getVariable(NATIONAL_CURRICULUM_YEAR));
			if (yearGroup != null) {
				execution.setVariable(NATIONAL_CURRICULUM_YEAR, AcademicCalendar.advance(yearGroup, 1));
			}
		};
	}

	/**
	 * "End the plan": SEN2 CeaseDate. The plan stays in force until the time to appeal has passed
	 * (CFA 2014 s45; reg 31; HESC Rules r20), so it ceases the day after {@code ceaseAppealBy}, however
	 * late the caseworker confirms it.
	 */
	@Bean
	JavaDelegate planCeasing(Clock clock) {
		return execution -> {
			LocalDate appealBy = Variables.date(execution, APPEAL_WINDOW_ENDS_ON);
			Variables.setDate(execution, PLAN_CEASED_DATE, appealBy != null ? appealBy.plusDays(1) : LocalDate.now(clock));
			execution.setVariable(PLAN_STATUS, "CEASED");
			log.info("Case {}: plan ceased", execution.getProcessBusinessKey());
		};
	}

	/**
	 * The form of "Confirm the plan has ceased": whether an appeal was lodged. With no appeal the
	 * plan can end only once the 2 months to appeal have passed (HESC Rules r20; CFA 2014 s45,
	 * reg 31); an appeal has a date, within that window.
	 */
	@Bean
	TaskListener ceaseConfirmationCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String lodged = check.oneOf(APPEAL_LODGED, Set.of("true", "false"));
			LocalDate windowEnds = Variables.date(task, APPEAL_WINDOW_ENDS_ON);
			if ("true".equals(lodged)) {
				LocalDate appealed = check.pastDate(APPEAL_LODGED_DATE);
				check.notBefore(APPEAL_LODGED_DATE, appealed, Variables.date(task, CEASE_NOTICE_DATE),
						"the notice of the decision to cease");
			}
			else if ("false".equals(lodged) && windowEnds != null && !today.isAfter(windowEnds)) {
				check.problem(APPEAL_LODGED, "the family may appeal until " + FormCheck.human(windowEnds)
						+ " (HESC Rules r20): the plan stays in force until then, so confirm that no appeal was lodged after that day");
			}
			check.maxLength("ceaseConfirmationNotes", 4000);
			check.throwIfAny();
			task.setVariable(APPEAL_LODGED, "true".equals(lodged));
		};
	}

}
