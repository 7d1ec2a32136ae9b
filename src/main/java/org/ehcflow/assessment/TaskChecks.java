package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ehcflow.common.Checklists;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.StatutoryReadings.DecisionDoneOn;
import org.ehcflow.common.StatutoryReadings.EarlyFinalPlan;
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.AssessmentTimeLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side rules of each assessment form, run when the task is completed. A broken
 * rule refuses the submission with every problem named; the task stays open and nothing
 * changes.
 */
@Configuration(proxyBeanMethods = false)
class TaskChecks {

	@Bean
	TaskListener gatherViewsCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate notified = check.pastDate(FAMILY_NOTIFIED_DATE);
			check.notBefore(FAMILY_NOTIFIED_DATE, notified, Variables.date(task, REQUEST_RECEIVED_DATE),
					"the date the request was received");
			check.maxLength("familyViews", 4000);
			check.maxLength("settingViews", 4000);
			check.throwIfAny();
		};
	}

	/**
	 * SEND Regulations 2014 reg 4(1), 5: a decision with reasons, made on or after the
	 * request, and the day its notice was sent to the family
	 * ({@code decisionToAssessNoticeSentDate}: not in the future, not before the
	 * decision; left empty, today, the day EHC Flow emails it).
	 */
	@Bean
	TaskListener decisionToAssessCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			check.oneOf(DECISION_TO_ASSESS, Set.of("ASSESS", "DO_NOT_ASSESS"));
			LocalDate decided = check.pastDate(DECISION_TO_ASSESS_DATE);
			check.notBefore(DECISION_TO_ASSESS_DATE, decided, Variables.date(task, REQUEST_RECEIVED_DATE),
					"the date the request was received");
			LocalDate notice = noticeSent(check, task, DECISION_TO_ASSESS_NOTICE_SENT_DATE, decided, today);
			check.requiredText(DECISION_TO_ASSESS_REASONS, 4000);
			check.maxLength(OTHER_ADVICE_REQUESTED, 200);
			check.optionalEmail("otherAdviceEmail");
			check.throwIfAny();
			Variables.setDate(task, DECISION_TO_ASSESS_NOTICE_SENT_DATE, notice);
			if (task.getVariable(OTHER_ADVICE_REQUESTED) == null) {
				task.setVariable(OTHER_ADVICE_REQUESTED, "");
			}
		};
	}

	/**
	 * SEND Regulations 2014 reg 10: the decision follows the advice and is made with
	 * reasons; its notice date is recorded as for the decision to assess. A decision not
	 * to issue notified after the 16 weeks of reg 10(1) ({@code decideWhetherToIssueBy})
	 * sets {@code decisionNotToIssueLate}, and the process records the breach; the date
	 * compared is the notice's, or with
	 * {@code ehcflow.readings.decision-done-on=DECISION_DATE} the decision's. A decision
	 * to issue is never late against the 16 weeks.
	 */
	@Bean
	TaskListener decisionToIssueCheck(Clock clock, StatutoryReadings readings) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String decision = check.oneOf(DECISION_TO_ISSUE, Set.of("ISSUE", "DO_NOT_ISSUE"));
			LocalDate decided = check.pastDate(DECISION_TO_ISSUE_DATE);
			check.notBefore(DECISION_TO_ISSUE_DATE, decided, Variables.date(task, DECISION_TO_ASSESS_DATE),
					"the decision to assess");
			LocalDate notice = noticeSent(check, task, DECISION_TO_ISSUE_NOTICE_SENT_DATE, decided, today);
			check.requiredText(DECISION_TO_ISSUE_REASONS, 4000);
			check.throwIfAny();
			Variables.setDate(task, DECISION_TO_ISSUE_NOTICE_SENT_DATE, notice);
			LocalDate doneOn = readings.decisionDoneOn() == DecisionDoneOn.DECISION_DATE ? decided : notice;
			LocalDate limit = Variables.date(task, DECIDE_WHETHER_TO_ISSUE_BY);
			task.setVariable(DECISION_NOT_TO_ISSUE_LATE,
					"DO_NOT_ISSUE".equals(decision) && limit != null && doneOn.isAfter(limit));
		};
	}

	/**
	 * The day a decision's notice was sent to the family: optional on the form, today
	 * (the day EHC Flow emails it on completing the task) when left empty; never in the
	 * future nor before the decision.
	 */
	private static LocalDate noticeSent(FormCheck check, org.camunda.bpm.engine.delegate.DelegateTask task,
			String field, LocalDate decided, LocalDate today) {
		LocalDate notice = check.optionalDate(field);
		if (notice == null) {
			return today;
		}
		if (notice.isAfter(today)) {
			check.problem(field, "must not be in the future (today is " + FormCheck.human(today) + ")");
		}
		check.notBefore(field, notice, decided, "the date of the decision");
		return notice;
	}

	/**
	 * A draft has every section A to K, names no school (CFA 2014 s38(2)(b)(ii)) and
	 * starts the family's 15 days (reg 13(1)).
	 */
	@Bean
	TaskListener draftPlanCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			List<String> sections = Checklists.ticked(task.getVariable(DRAFT_SECTIONS_COMPLETE));
			List<String> missing = DraftSections.missingFrom(sections);
			if (!missing.isEmpty()) {
				check.problem(DRAFT_SECTIONS_COMPLETE, "sections " + String.join(", ", missing) + " are not complete");
			}
			if (!Variables.isTrue(task, DRAFT_NAMES_NO_SETTING)) {
				check.problem(DRAFT_NAMES_NO_SETTING,
						"a draft plan must not name a school or college: confirm it does not");
			}
			LocalDate served = check.pastDate(DRAFT_SERVED_DATE);
			check.notBefore(DRAFT_SERVED_DATE, served, Variables.date(task, DECISION_TO_ISSUE_DATE),
					"the decision to issue a plan");
			check.throwIfAny();
			Variables.setDate(task, DRAFT_REPRESENTATIONS_BY, AssessmentTimeLimits.draftRepresentationsBy(served));
			Variables.setDate(task, EARLIEST_FINAL_PLAN_DATE, AssessmentTimeLimits.earliestFinalPlanDate(served));
		};
	}

	/**
	 * reg 13(1): the family has at least 15 days beginning with service. "No response"
	 * can be recorded only once those days are over.
	 */
	@Bean
	TaskListener representationsCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String response = check.oneOf(FAMILY_RESPONSE, Set.of("RESPONDED", "NO_RESPONSE"));
			LocalDate windowEnds = Variables.date(task, DRAFT_REPRESENTATIONS_BY);
			if ("RESPONDED".equals(response)) {
				LocalDate received = check.pastDate(REPRESENTATIONS_RECEIVED_DATE);
				check.notBefore(REPRESENTATIONS_RECEIVED_DATE, received, Variables.date(task, DRAFT_SERVED_DATE),
						"the day the draft was served");
			}
			if ("NO_RESPONSE".equals(response) && windowEnds != null && !today.isAfter(windowEnds)) {
				check.problem(FAMILY_RESPONSE, "the family has until " + FormCheck.human(windowEnds)
						+ " to respond (SEND Regulations 2014 reg 13(1)); record no response after that day");
			}
			boolean settingRequested = Variables.isTrue(task, SETTING_REQUESTED);
			if (settingRequested) {
				check.requiredText(REQUESTED_SETTING_NAME, 200);
			}
			check.maxLength("representationsSummary", 4000);
			check.throwIfAny();
			task.setVariable(SETTING_REQUESTED, settingRequested);
		};
	}

	/**
	 * CFA 2014 s39: the requested setting is consulted; it should answer within 15 days.
	 */
	@Bean
	TaskListener settingConsultationCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate sent = check.pastDate(CONSULTATION_SENT_DATE);
			check.notBefore(CONSULTATION_SENT_DATE, sent, Variables.date(task, DRAFT_SERVED_DATE),
					"the day the draft was served");
			String response = check.oneOf(SETTING_CONSULTATION_RESPONSE, Set.of("AGREED", "DECLINED", "NO_REPLY"));
			if (response != null && !"NO_REPLY".equals(response)) {
				LocalDate answered = check.pastDate(SETTING_RESPONSE_DATE);
				check.notBefore(SETTING_RESPONSE_DATE, answered, sent, "the consultation was sent");
			}
			check.throwIfAny();
		};
	}

	/**
	 * reg 13(2), 14: the final plan names a setting and is issued no sooner than the
	 * family's 15 days (reg 13(1)) allow. Before they end ({@code earliestFinalPlanDate})
	 * only as {@code ehcflow.readings.early-final-plan} says: by default when the family
	 * has said they have nothing more to add ({@code familyHasNothingToAdd}), and not
	 * before their response; with {@code NEVER}, not at all.
	 */
	@Bean
	TaskListener finalPlanCheck(Clock clock, StatutoryReadings readings) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate issued = check.pastDate(FINAL_PLAN_ISSUED_DATE);
			LocalDate earliest = Variables.date(task, EARLIEST_FINAL_PLAN_DATE);
			boolean responded = "RESPONDED".equals(task.getVariable(FAMILY_RESPONSE));
			if (responded) {
				check.notBefore(FINAL_PLAN_ISSUED_DATE, issued, Variables.date(task, REPRESENTATIONS_RECEIVED_DATE),
						"the family's response to the draft");
			}
			if (issued != null && earliest != null && issued.isBefore(earliest)) {
				boolean nothingToAdd = Variables.isTrue(task, FAMILY_HAS_NOTHING_TO_ADD);
				if (readings.earlyFinalPlan() == EarlyFinalPlan.NEVER) {
					check.problem(FINAL_PLAN_ISSUED_DATE, "must not be before " + FormCheck.human(earliest)
							+ ": the family has at least 15 days, beginning with the day the draft was served, to comment "
							+ "(SEND Regulations 2014 reg 13(1)), and this council never issues the final plan before they end");
				}
				else if (!nothingToAdd) {
					check.problem(FINAL_PLAN_ISSUED_DATE, "must not be before " + FormCheck.human(earliest)
							+ ", the end of the family's 15 days to comment on the draft (SEND Regulations 2014 reg 13(1)), "
							+ "unless the family has said they have nothing more to add (" + FAMILY_HAS_NOTHING_TO_ADD
							+ ")");
				}
			}
			check.requiredText(NAMED_SETTING_NAME, 200);
			checkNamedSettingType(task, check, LocalDate.now(clock));
			check.throwIfAny();
			task.setVariable(FAMILY_HAS_NOTHING_TO_ADD, Variables.isTrue(task, FAMILY_HAS_NOTHING_TO_ADD));
		};
	}

	/**
	 * The kind of the setting the final plan names, because the plan's phase transfers
	 * (SEND Regulations 2014 reg 18, reg 2(1)) depend on it. Required for a school-age
	 * child (Reception to Year 11, the year group moved up since the request), who may be
	 * left at {@code OTHER} only with {@code settingTypeOtherReason}.
	 */
	private static void checkNamedSettingType(DelegateTask task, FormCheck check, LocalDate today) {
		String recorded = AcademicCalendar.yearGroupOf(task.getVariable(RequestRules.NATIONAL_CURRICULUM_YEAR));
		LocalDate received = Variables.date(task, REQUEST_RECEIVED_DATE);
		String yearGroup = AcademicCalendar.yearGroupAsOn(recorded, received, today);
		Object type = task.getVariable(NAMED_SETTING_TYPE);
		if (type == null || type.toString().isBlank()) {
			if (SettingTypes.schoolAge(yearGroup)) {
				check.problem(NAMED_SETTING_TYPE,
						"is required for a child of school age: the kind of setting the plan names decides "
								+ "its phase transfers (SEND Regulations 2014 reg 18)");
			}
			return;
		}
		String chosen = check.oneOf(NAMED_SETTING_TYPE, SettingTypes.VALUES);
		String misfit = chosen == null ? null : SettingTypes.otherNeedsReason(chosen, yearGroup,
				Variables.string(task, NAMED_SETTING_TYPE_OTHER_REASON));
		if (misfit != null) {
			check.problem(NAMED_SETTING_TYPE, misfit);
		}
		check.maxLength(NAMED_SETTING_TYPE_OTHER_REASON, 4000);
	}

}
