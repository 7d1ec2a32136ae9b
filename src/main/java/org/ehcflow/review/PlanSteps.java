package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.PhaseTransferDuty;
import org.ehcflow.statutory.PlanAgeLimit;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.ehcflow.statutory.TimeLimits;
import org.ehcflow.statutory.TribunalTimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small steps of {@code ehcPlan} around the review schedule ({@link PlanSchedule}).
 */
@Configuration(proxyBeanMethods = false)
class PlanSteps {

	private static final Logger log = LoggerFactory.getLogger(PlanSteps.class);

	/**
	 * "Take over the issued plan": the assessment's variables in the plan's names.
	 * {@code finalPlanIssuedDate} becomes {@code planIssuedDate} (SEN2 StartDate),
	 * {@code namedSettingName} the {@code settingName}, {@code caseOwner} the
	 * {@code caseworker}; the year group recorded with the request moves up for each 1
	 * September since, or comes from the date of birth.
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
					? AcademicCalendar.yearGroupAsOn(recorded, received, today)
					: born != null ? AcademicCalendar.yearGroupOn(born, today) : recorded;
			execution.setVariable(NATIONAL_CURRICULUM_YEAR, yearGroup);
			execution.setVariable(PLAN_SOURCE, "ASSESSMENT");
			recordAgeLimit(execution);
			log.info("Case {}: plan issued {} taken over for maintenance", execution.getProcessBusinessKey(), issued);
		};
	}

	/**
	 * {@code planEndsBy}: the end of the academic year in which the young person turns
	 * 25, CFA 2014 s46.
	 */
	private static void recordAgeLimit(DelegateExecution execution) {
		LocalDate born = Variables.parseDateOrNull(execution.getVariable(CHILD_DATE_OF_BIRTH));
		if (born != null) {
			Variables.setDate(execution, PLAN_ENDS_BY_AGE, PlanAgeLimit.planEndsByAge(born));
		}
	}

	/**
	 * "Start the plan from the import": an imported plan's source; its variables come
	 * with the message.
	 */
	@Bean
	JavaDelegate importedPlanTakeOver() {
		return execution -> {
			execution.setVariable(PLAN_SOURCE, "IMPORT");
			execution.setVariable(CASE_REFERENCE, execution.getProcessBusinessKey());
			recordAgeLimit(execution);
		};
	}

	/**
	 * "Bring the review forward": a parent, the setting or the local authority asked for
	 * an early review (CFA 2014 s44(1) allows a review at any time; Code 9.173). It
	 * starts today, and its meeting is due within 8 weeks, or by the date already set if
	 * that is sooner.
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
	 * "Record the review decision": the decision date becomes
	 * {@code lastReviewDecisionDate} (SEN2 LastReview), from which the next 12 months run
	 * (CFA 2014 s44(1)). A decision to cease opens the family's time to appeal, during
	 * which the plan stays (CFA 2014 s45, reg 31): the later of 2 months after the notice
	 * was sent and 1 month after a mediation certificate, moved by HESC Rules r12
	 * ({@link TribunalTimeLimits#appealBy}).
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
				Variables.setDate(execution, APPEAL_WINDOW_ENDS_ON,
						TribunalTimeLimits.appealBy(notice, Variables.date(execution, MEDIATION_CERTIFICATE_DATE)));
				// While an appeal is pending the plan is in force and must still be
				// reviewed within 12
				// months of this decision (CFA 2014 s44(1)): the due date of recording
				// the appeal's outcome.
				Variables.setDate(execution, REVIEW_DURING_APPEAL_BY,
						TimeLimits.withinMonthsStartingWith(decided, ReviewTimeLimits.REVIEW_MONTHS));
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
	 * "Check for a phase transfer this year", each 1 September after the move-up: the
	 * year group today and the setting's type decide whether the child is now within 12
	 * months of a transfer between phases (SEND Regulations 2014 reg 18(1), reg 2(1)). A
	 * plan waiting for its review is sent {@code PhaseTransferFound} and works out its
	 * schedule again ({@link PlanSchedule}); a review already running gets
	 * {@code phaseTransferPlanBy} and {@code reviewReason} {@code PHASE_TRANSFER}, so
	 * that it prepares the transfer.
	 */
	@Bean
	JavaDelegate phaseTransferCheck(PhaseTransfers phaseTransfers, Clock clock) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			PhaseTransferDuty duty = phaseTransfers.thisYear(execution.getVariables(), today);
			if (duty.state() != PhaseTransferDuty.State.DUE
					|| duty.planBy().equals(Variables.date(execution, PHASE_TRANSFER_PLAN_BY))) {
				return;
			}
			RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
			String plan = execution.getProcessInstanceId();
			log.info("Case {}: phase transfer found on 1 September, plan naming the next setting by {}",
					execution.getProcessBusinessKey(), duty.planBy());
			if (runtime.createEventSubscriptionQuery()
				.processInstanceId(plan)
				.eventName(MESSAGE_PHASE_TRANSFER_FOUND)
				.count() > 0) {
				runtime.createMessageCorrelation(MESSAGE_PHASE_TRANSFER_FOUND).processInstanceId(plan).correlate();
				return;
			}
			Map<String, Object> transfer = PhaseTransfers.transferDue(duty.planBy());
			execution.setVariables(transfer);
			PhaseTransfers.alsoOnRunningReviews(runtime, plan, transfer);
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
	 * "End the plan": SEN2 CeaseDate. The plan stays in force until the time to appeal
	 * has passed or an appeal is decided (CFA 2014 s45; reg 31; HESC Rules r20(1)(c),
	 * r12): it ceases the day after {@code ceaseAppealBy} (the caseworker having
	 * confirmed that no appeal was lodged and no late appeal admitted), or the day after
	 * the Tribunal's decision upholding the decision to cease, however late either is
	 * recorded.
	 */
	@Bean
	JavaDelegate planCeasing(Clock clock) {
		return execution -> {
			LocalDate appealBy = Variables.date(execution, APPEAL_WINDOW_ENDS_ON);
			LocalDate appealDecided = Variables.date(execution, APPEAL_DECISION_DATE);
			LocalDate lastDayInForce = "CEASE_UPHELD".equals(execution.getVariable(APPEAL_OUTCOME))
					&& appealDecided != null ? appealDecided : appealBy;
			Variables.setDate(execution, PLAN_CEASED_DATE,
					lastDayInForce != null ? lastDayInForce.plusDays(1) : LocalDate.now(clock));
			execution.setVariable(PLAN_STATUS, "CEASED");
			log.info("Case {}: plan ceased", execution.getProcessBusinessKey());
		};
	}

	/**
	 * "Record the end of the plan at the age limit": the plan is not maintained after the
	 * end of the academic year in which the young person turns 25 (CFA 2014 s46):
	 * {@code planCeasedDate} = the day after {@code planEndsBy} (SEN2 CeaseDate),
	 * {@code ceaseReason} = MAXIMUM_AGE, {@code planStatus} = CEASED.
	 */
	@Bean
	JavaDelegate planEndedByAge(Clock clock) {
		return execution -> {
			LocalDate endsBy = Variables.date(execution, PLAN_ENDS_BY_AGE);
			Variables.setDate(execution, PLAN_CEASED_DATE, endsBy != null ? endsBy.plusDays(1) : LocalDate.now(clock));
			execution.setVariable(CEASE_REASON, "MAXIMUM_AGE");
			execution.setVariable(PLAN_STATUS, "CEASED");
			log.info("Case {}: plan ends at the age limit on {}", execution.getProcessBusinessKey(), endsBy);
		};
	}

	/**
	 * The form of "End the plan at the age limit": the caseworker confirms the young
	 * person was told.
	 */
	@Bean
	TaskListener ageLimitEndCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			if (!Boolean.parseBoolean(String.valueOf(task.getVariable(AGE_LIMIT_NOTICE_SENT)))) {
				check.problem(AGE_LIMIT_NOTICE_SENT,
						"confirm that the young person (and the setting) were told that the plan ends on "
								+ FormCheck.human(Variables.date(task, PLAN_ENDS_BY_AGE))
								+ " (Children and Families Act 2014 s46)");
			}
			check.maxLength("ageLimitNotes", 4000);
			check.throwIfAny();
		};
	}

	/**
	 * The timer at the start of the day after {@code ceaseAppealBy}: records that the
	 * time to appeal has passed ({@code ceaseAppealWindowPassedDate}). It never ends the
	 * plan by itself: only the caseworker can confirm that no appeal was lodged and no
	 * late appeal admitted.
	 */
	@Bean
	JavaDelegate ceaseAppealWindowPassed(Clock clock) {
		return execution -> {
			Variables.setDate(execution, CEASE_APPEAL_WINDOW_PASSED_DATE, LocalDate.now(clock));
			log.info("Case {}: the time to appeal the decision to cease ended on {}", execution.getProcessBusinessKey(),
					execution.getVariable(APPEAL_WINDOW_ENDS_ON));
		};
	}

	/**
	 * The form of "Confirm the plan has ceased" ({@code ceaseOutcome}):
	 * <ul>
	 * <li>{@code NO_APPEAL}: only after {@code ceaseAppealBy} (HESC Rules r20(1)(c), r12;
	 * CFA 2014 s45, reg 31), and only with {@code noLateAppealConfirmed}, since the plan
	 * is then recorded as ceased on a day that has passed and the Tribunal may admit an
	 * appeal out of time (r5(3)(a));</li>
	 * <li>{@code MEDIATION_CERTIFICATE}: its date, not in the future nor before the
	 * notice; the time to appeal becomes the later of the two, moved by r12, and the task
	 * waits again;</li>
	 * <li>{@code APPEAL_LODGED}: its date, not in the future nor before the notice; the
	 * plan stays until the Tribunal decides.</li>
	 * </ul>
	 * Bad input is refused field by field and changes nothing.
	 */
	@Bean
	TaskListener ceaseConfirmationCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String outcome = check.oneOf(CEASE_OUTCOME, ReviewChoices.CEASE_OUTCOMES);
			LocalDate notice = Variables.date(task, CEASE_NOTICE_DATE);
			LocalDate windowEnds = Variables.date(task, APPEAL_WINDOW_ENDS_ON);
			LocalDate newWindow = null;
			if ("NO_APPEAL".equals(outcome)) {
				if (windowEnds != null && !today.isAfter(windowEnds)) {
					check.problem(CEASE_OUTCOME, "the family may appeal until " + FormCheck.human(windowEnds)
							+ " (HESC Rules r20(1)(c), r12): the plan stays in force until then, so confirm that no appeal was lodged after that day");
				}
				else if (!Boolean.parseBoolean(String.valueOf(task.getVariable(NO_LATE_APPEAL_CONFIRMED)))) {
					check.problem(NO_LATE_APPEAL_CONFIRMED,
							"confirm with the Tribunal that no appeal was lodged and no late appeal was admitted: the plan will be recorded as ceased on "
									+ FormCheck.human(windowEnds != null ? windowEnds.plusDays(1) : today));
				}
			}
			else if ("MEDIATION_CERTIFICATE".equals(outcome)) {
				LocalDate certificate = check.pastDate(MEDIATION_CERTIFICATE_DATE);
				check.notBefore(MEDIATION_CERTIFICATE_DATE, certificate, notice, "the notice of the decision to cease");
				if (certificate != null && notice != null && !certificate.isBefore(notice)) {
					newWindow = TribunalTimeLimits.appealBy(notice, certificate);
				}
			}
			else if ("APPEAL_LODGED".equals(outcome)) {
				LocalDate appealed = check.pastDate(APPEAL_LODGED_DATE);
				check.notBefore(APPEAL_LODGED_DATE, appealed, notice, "the notice of the decision to cease");
			}
			check.maxLength("ceaseConfirmationNotes", 4000);
			check.throwIfAny();
			task.setVariable(APPEAL_LODGED, "APPEAL_LODGED".equals(outcome));
			task.setVariable(NO_LATE_APPEAL_CONFIRMED, "NO_APPEAL".equals(outcome));
			if (newWindow != null) {
				Variables.setDate(task, APPEAL_WINDOW_ENDS_ON, newWindow);
			}
			if ("APPEAL_LODGED".equals(outcome)) {
				task.setVariable(PLAN_STATUS, "UNDER_APPEAL");
			}
		};
	}

	/**
	 * The form of "Record the Tribunal's decision on the appeal": {@code appealOutcome}
	 * and {@code appealDecisionDate} (not in the future, not before the appeal was
	 * lodged). A plan the Tribunal keeps goes back to its review cycle; one whose
	 * cessation is upheld ends the day after the decision (CFA 2014 s45; reg 31).
	 */
	@Bean
	TaskListener appealOutcomeCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			String outcome = check.oneOf(APPEAL_OUTCOME, ReviewChoices.APPEAL_OUTCOMES);
			LocalDate decided = check.pastDate(APPEAL_DECISION_DATE);
			check.notBefore(APPEAL_DECISION_DATE, decided, Variables.date(task, APPEAL_LODGED_DATE),
					"the day the appeal was lodged");
			check.maxLength("appealOutcomeNotes", 4000);
			check.throwIfAny();
			if ("PLAN_CONTINUES".equals(outcome)) {
				task.setVariable(PLAN_STATUS, "MAINTAINED");
			}
		};
	}

}
