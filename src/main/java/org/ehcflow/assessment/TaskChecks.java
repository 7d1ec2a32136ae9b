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
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.AssessmentTimeLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side rules of each assessment form, run when the task is completed. A broken rule
 * refuses the submission with every problem named; the task stays open and nothing changes.
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

	/** SEND Regulations 2014 reg 4(1), 5: a decision with reasons, made on or after the request. */
	@Bean
	TaskListener decisionToAssessCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			check.oneOf(DECISION_TO_ASSESS, Set.of("ASSESS", "DO_NOT_ASSESS"));
			LocalDate decided = check.pastDate(DECISION_TO_ASSESS_DATE);
			check.notBefore(DECISION_TO_ASSESS_DATE, decided, Variables.date(task, REQUEST_RECEIVED_DATE),
					"the date the request was received");
			check.requiredText(DECISION_TO_ASSESS_REASONS, 4000);
			check.maxLength(OTHER_ADVICE_REQUESTED, 200);
			check.optionalEmail("otherAdviceEmail");
			check.throwIfAny();
			if (task.getVariable(OTHER_ADVICE_REQUESTED) == null) {
				task.setVariable(OTHER_ADVICE_REQUESTED, "");
			}
		};
	}

	/** SEND Regulations 2014 reg 10: the decision follows the advice and is made with reasons. */
	@Bean
	TaskListener decisionToIssueCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			check.oneOf(DECISION_TO_ISSUE, Set.of("ISSUE", "DO_NOT_ISSUE"));
			LocalDate decided = check.pastDate(DECISION_TO_ISSUE_DATE);
			check.notBefore(DECISION_TO_ISSUE_DATE, decided, Variables.date(task, DECISION_TO_ASSESS_DATE),
					"the decision to assess");
			check.requiredText(DECISION_TO_ISSUE_REASONS, 4000);
			check.throwIfAny();
		};
	}

	/**
	 * A draft has every section A to K, names no school (CFA 2014 s38(2)(b)(ii)) and starts the
	 * family's 15 days (reg 13(1)).
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
				check.problem(DRAFT_NAMES_NO_SETTING, "a draft plan must not name a school or college: confirm it does not");
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
	 * reg 13(1): the family has at least 15 days beginning with service. "No response" can be
	 * recorded only once those days are over.
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

	/** CFA 2014 s39: the requested setting is consulted; it should answer within 15 days. */
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
	 * reg 13(2), 14: the final plan names a setting and is issued no sooner than the family's 15
	 * days allow, unless they have already responded.
	 */
	@Bean
	TaskListener finalPlanCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate issued = check.pastDate(FINAL_PLAN_ISSUED_DATE);
			boolean responded = "RESPONDED".equals(task.getVariable(FAMILY_RESPONSE));
			if (responded) {
				check.notBefore(FINAL_PLAN_ISSUED_DATE, issued, Variables.date(task, REPRESENTATIONS_RECEIVED_DATE),
						"the family's response to the draft");
			}
			else {
				check.notBefore(FINAL_PLAN_ISSUED_DATE, issued, Variables.date(task, EARLIEST_FINAL_PLAN_DATE),
						"the end of the family's 15 days to comment on the draft");
			}
			check.requiredText(NAMED_SETTING_NAME, 200);
			checkNamedSettingType(task, check, LocalDate.now(clock));
			check.throwIfAny();
		};
	}

	/**
	 * The kind of the setting the final plan names (issue 11): the plan's phase transfers (SEND
	 * Regulations 2014 reg 18, reg 2(1)) depend on it. Required for a school-age child (Reception
	 * to Year 11, the year group moved up since the request), who may be left at {@code OTHER}
	 * only with {@code settingTypeOtherReason}.
	 */
	private static void checkNamedSettingType(DelegateTask task, FormCheck check, LocalDate today) {
		String recorded = AcademicCalendar.yearGroupOf(task.getVariable(RequestRules.NATIONAL_CURRICULUM_YEAR));
		LocalDate received = Variables.date(task, REQUEST_RECEIVED_DATE);
		String yearGroup = recorded != null && received != null
				? AcademicCalendar.advance(recorded, AcademicCalendar.movesUpBetween(received, today)) : recorded;
		Object type = task.getVariable(NAMED_SETTING_TYPE);
		if (type == null || type.toString().isBlank()) {
			if (SettingTypes.schoolAge(yearGroup)) {
				check.problem(NAMED_SETTING_TYPE, "is required for a child of school age: the kind of setting the plan names decides "
						+ "its phase transfers (SEND Regulations 2014 reg 18)");
			}
			return;
		}
		String chosen = check.oneOf(NAMED_SETTING_TYPE, SettingTypes.VALUES);
		String misfit = chosen == null ? null
				: SettingTypes.otherNeedsReason(chosen, yearGroup, Variables.string(task, NAMED_SETTING_TYPE_OTHER_REASON));
		if (misfit != null) {
			check.problem(NAMED_SETTING_TYPE, misfit);
		}
		check.maxLength(NAMED_SETTING_TYPE_OTHER_REASON, 4000);
	}

}
