package org.ehcflow.review;

import static org.ehcflow.review.ReviewVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ehcflow.common.Checklists;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.advice.AdviceService;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side rules of each review form, run when the task is completed. A broken
 * rule refuses the submission with every problem named by its field; the task stays open
 * and nothing changes. A date that records the past must not be in the future; a date
 * that follows another event must not be before it.
 */
@Configuration(proxyBeanMethods = false)
class ReviewChecks {

	private static final int TEXT = 4000;

	/**
	 * The meeting gives those invited 2 weeks' notice (reg 20(3), 21(3)), counted as
	 * {@code ehcflow.readings.review-notice} says (14 days, or 15 clear days); everyone
	 * reg 20(2) names is invited; the advice to seek is chosen (reg 20(4)). A meeting
	 * after {@code reviewMeetingBy} is allowed, because a late review is better than
	 * none, but only with its reason recorded. Sets the dates every later step is due by,
	 * and whether the review covers preparing for adulthood, judged on the meeting's date
	 * (reg 20(6), 21(6)).
	 */
	@Bean
	TaskListener arrangeReviewMeetingCheck(Clock clock, StatutoryReadings readings) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			int noticeDays = readings.reviewNotice().daysBeforeMeeting();
			FormCheck check = new FormCheck(task, today);
			LocalDate meeting = check.date(REVIEW_MEETING_DATE);
			LocalDate earliest = ReviewTimeLimits.earliestMeeting(today, noticeDays);
			if (meeting != null && meeting.isBefore(earliest)) {
				check.problem(REVIEW_MEETING_DATE, "must be on or after " + FormCheck.human(earliest)
						+ ": those invited must have at least 2 weeks' notice (SEND Regulations 2014 reg 20(3), 21(3); "
						+ noticeText(readings) + ")");
			}
			LocalDate meetBy = Variables.parseDateOrNull(task.getVariable(REVIEW_MEETING_BY));
			boolean late = meeting != null && meetBy != null && meeting.isAfter(meetBy);
			if (late) {
				requireLateReason(task, check, meetBy);
			}
			check.maxLength(LATE_MEETING_REASON, TEXT);
			check.requiredText(REVIEW_MEETING_PLACE, 200);
			List<String> invitees = Checklists.ticked(task.getVariable(REVIEW_INVITEES));
			List<String> missing = ReviewChoices.INVITEES.stream().filter(who -> !invitees.contains(who)).toList();
			if (!missing.isEmpty()) {
				check.problem(REVIEW_INVITEES,
						"must include everyone SEND Regulations 2014 reg 20(2) names; not ticked: "
								+ String.join(", ", missing));
			}
			requiredEmail(task, check, PARENT_EMAIL);
			requiredEmail(task, check, SETTING_EMAIL);
			check.optionalEmail(HEALTH_EMAIL);
			check.optionalEmail(SOCIAL_CARE_EMAIL);
			check.optionalEmail(OTHER_ADVICE_EMAIL);
			List<String> advice = adviceServices(task, check);
			check.throwIfAny();

			task.setVariable(REVIEW_INVITEES, new ArrayList<>(invitees));
			task.setVariable(REVIEW_ADVICE, new ArrayList<>(advice));
			task.setVariable(REVIEW_MEETING_LATE, late);
			Variables.setDate(task, REVIEW_INVITATIONS_BY, ReviewTimeLimits.invitationsBy(meeting, noticeDays));
			Variables.setDate(task, ADVICE_REQUESTED_DATE, today);
			Variables.setDate(task, ADVICE_DUE_BY, ReviewTimeLimits.adviceCirculatedBy(meeting, noticeDays));
			Variables.setDate(task, ADVICE_CIRCULATED_BY, ReviewTimeLimits.adviceCirculatedBy(meeting, noticeDays));
			task.setVariable(PREPARING_FOR_ADULTHOOD_REQUIRED, preparingForAdulthoodOn(task, meeting));
			setDatesAfterMeeting(task, meeting);
		};
	}

	/**
	 * reg 20(4), 21(4): the advice goes to everyone invited at least 2 weeks before the
	 * meeting.
	 */
	@Bean
	TaskListener circulateReviewAdviceCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate circulated = check.pastDate(ADVICE_CIRCULATED_DATE);
			check.notBefore(ADVICE_CIRCULATED_DATE, circulated, Variables.date(task, INVITATIONS_SENT_DATE),
					"the day the invitations were sent");
			check.throwIfAny();
		};
	}

	/**
	 * The meeting was held and its report sent (reg 20(7), 21(7)); from Year 9 it
	 * considered preparing for adulthood and independent living (reg 20(6), 21(6)),
	 * judged on the day it was held. The report and decision deadlines count from the day
	 * it was held.
	 * <p>
	 * With {@code ehcflow.readings.check-meeting-against-notice} (the default) a held
	 * date that gave those invited less than the 2 weeks' notice of reg 20(3), 21(3) (as
	 * {@code ehcflow.readings.review-notice} counts them) from the day the invitations
	 * were sent is refused: the regulation gives no power to hold the meeting on shorter
	 * notice, so the caseworker corrects the date, or rearranges the meeting, rather than
	 * recording an unlawful one.
	 */
	@Bean
	TaskListener holdReviewMeetingCheck(Clock clock, StatutoryReadings readings) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate held = check.pastDate(REVIEW_MEETING_DATE);
			LocalDate invited = Variables.date(task, INVITATIONS_SENT_DATE);
			check.notBefore(REVIEW_MEETING_DATE, held, invited, "the day the invitations were sent");
			if (readings.checkMeetingAgainstNotice() && held != null && invited != null && !held.isBefore(invited)) {
				LocalDate earliest = ReviewTimeLimits.earliestMeeting(invited,
						readings.reviewNotice().daysBeforeMeeting());
				if (held.isBefore(earliest)) {
					check.problem(REVIEW_MEETING_DATE,
							"must be on or after " + FormCheck.human(earliest) + ": the invitations were sent on "
									+ FormCheck.human(invited) + " and those invited must have "
									+ "at least 2 weeks' notice (SEND Regulations 2014 reg 20(3), 21(3); "
									+ noticeText(readings)
									+ "); if the meeting was held sooner, rearrange it with proper notice");
				}
			}
			if (held != null) {
				task.setVariable(PREPARING_FOR_ADULTHOOD_REQUIRED, preparingForAdulthoodOn(task, held));
			}
			LocalDate meetBy = Variables.parseDateOrNull(task.getVariable(REVIEW_MEETING_BY));
			boolean late = held != null && meetBy != null && held.isAfter(meetBy);
			if (late) {
				requireLateReason(task, check, meetBy);
			}
			LocalDate report = check.pastDate(REVIEW_REPORT_DATE);
			check.notBefore(REVIEW_REPORT_DATE, report, held, "the meeting");
			if (Variables.isTrue(task, PREPARING_FOR_ADULTHOOD_REQUIRED)) {
				if (!Variables.isTrue(task, PREPARING_FOR_ADULTHOOD_DISCUSSED)) {
					check.problem(PREPARING_FOR_ADULTHOOD_DISCUSSED,
							"must be confirmed: from Year 9 every review considers "
									+ "preparing for adulthood and independent living (SEND Regulations 2014 reg 20(6), 21(6))");
				}
				check.requiredText(PREPARING_FOR_ADULTHOOD_NOTES, TEXT);
			}
			else {
				check.maxLength(PREPARING_FOR_ADULTHOOD_NOTES, TEXT);
			}
			check.maxLength(LATE_MEETING_REASON, TEXT);
			check.throwIfAny();
			task.setVariable(REVIEW_MEETING_LATE, late);
			task.setVariable(PREPARING_FOR_ADULTHOOD_DISCUSSED,
					Variables.isTrue(task, PREPARING_FOR_ADULTHOOD_DISCUSSED));
			setDatesAfterMeeting(task, held);
		};
	}

	/**
	 * reg 20, 21 and Code 9.176: the decision follows the meeting and is made with
	 * reasons. A decision to maintain is notified as the task completes:
	 * {@code reviewDecisionNoticeSentDate} records the day (today when left empty; not in
	 * the future, not before the decision). A decision to amend or cease is notified by
	 * the next task (the amendment notice, reg 22(2); the cease notice, reg 31), whose
	 * date then counts.
	 */
	@Bean
	TaskListener decideReviewOutcomeCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String decision = check.oneOf(REVIEW_DECISION, ReviewChoices.DECISIONS);
			LocalDate decided = check.pastDate(REVIEW_DECISION_DATE);
			check.notBefore(REVIEW_DECISION_DATE, decided, Variables.date(task, REVIEW_MEETING_DATE),
					"the review meeting");
			LocalDate notice = check.optionalDate(REVIEW_DECISION_NOTICE_SENT_DATE);
			if (notice != null && notice.isAfter(today)) {
				check.problem(REVIEW_DECISION_NOTICE_SENT_DATE,
						"must not be in the future (today is " + FormCheck.human(today) + ")");
			}
			check.notBefore(REVIEW_DECISION_NOTICE_SENT_DATE, notice, decided, "the date of the decision");
			check.requiredText(REVIEW_DECISION_REASONS, TEXT);
			if ("MAINTAIN".equals(task.getVariable(REVIEW_DECISION))
					&& Variables.date(task, PHASE_TRANSFER_PLAN_BY) != null) {
				// reg 18(1): the plan must be reviewed "and amended, where necessary" to
				// name the next
				// setting; maintaining it closes the reg 18 step only with the reason
				// recorded.
				Object reason = task.getVariable(PlanVariables.PHASE_TRANSFER_MAINTAIN_REASON);
				if (reason == null || reason.toString().isBlank()) {
					check.problem(PlanVariables.PHASE_TRANSFER_MAINTAIN_REASON,
							"is required: this review prepares the phase transfer "
									+ "(the plan must name the next setting by "
									+ FormCheck.human(Variables.date(task, PHASE_TRANSFER_PLAN_BY))
									+ ", SEND Regulations 2014 reg 18(1)); say why no amendment is needed, for example that the plan already names it");
				}
			}
			check.maxLength(PlanVariables.PHASE_TRANSFER_MAINTAIN_REASON, TEXT);
			check.throwIfAny();
			if ("MAINTAIN".equals(decision)) {
				Variables.setDate(task, REVIEW_DECISION_NOTICE_SENT_DATE, notice != null ? notice : today);
			}
		};
	}

	/**
	 * reg 22(2): the notice of the proposed amendments goes with the decision to amend
	 * (Devon, [2022] EWHC 493 (Admin)); the family's 15 days and the 8 weeks start on the
	 * day it is sent.
	 */
	@Bean
	TaskListener sendProposedAmendmentsCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate notice = check.pastDate(AMENDMENT_NOTICE_DATE);
			check.notBefore(AMENDMENT_NOTICE_DATE, notice, Variables.date(task, REVIEW_DECISION_DATE),
					"the decision to amend");
			check.requiredText(AMENDMENT_SUMMARY, TEXT);
			check.throwIfAny();
			Variables.setDate(task, AMENDMENT_REPRESENTATIONS_BY, ReviewTimeLimits.amendmentRepresentationsBy(notice));
			Variables.setDate(task, AMENDED_PLAN_DUE_BY, ReviewTimeLimits.amendedPlanBy(notice));
		};
	}

	/**
	 * reg 22(2)(c): the family has at least 15 days beginning with service. "No response"
	 * can be recorded only once those days are over; it records the window's last day.
	 */
	@Bean
	TaskListener recordAmendmentResponseCheck(Clock clock) {
		return task -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(task, today);
			String response = check.oneOf(AMENDMENT_RESPONSE, ReviewChoices.AMENDMENT_RESPONSES);
			LocalDate windowEnds = Variables.date(task, AMENDMENT_REPRESENTATIONS_BY);
			if ("RESPONDED".equals(response)) {
				LocalDate received = check.pastDate(AMENDMENT_REPRESENTATIONS_DATE);
				check.notBefore(AMENDMENT_REPRESENTATIONS_DATE, received, Variables.date(task, AMENDMENT_NOTICE_DATE),
						"the day the amendment notice was sent");
			}
			if ("NO_RESPONSE".equals(response) && windowEnds != null && !today.isAfter(windowEnds)) {
				check.problem(AMENDMENT_RESPONSE, "the family has until " + FormCheck.human(windowEnds)
						+ " to respond (SEND Regulations 2014 reg 22(2)(c)); record no response after that day");
			}
			boolean newSetting = Variables.isTrue(task, NEW_SETTING_REQUESTED);
			if (newSetting) {
				check.requiredText(NEW_SETTING_NAME, 200);
				check.optionalEmail(NEW_SETTING_EMAIL);
			}
			check.maxLength(AMENDMENT_REPRESENTATIONS_SUMMARY, TEXT);
			check.throwIfAny();
			task.setVariable(NEW_SETTING_REQUESTED, newSetting);
			if ("NO_RESPONSE".equals(response)) {
				Variables.setDate(task, AMENDMENT_REPRESENTATIONS_DATE, windowEnds);
			}
		};
	}

	/**
	 * CFA 2014 s39-40: the school or college asked for is consulted; it should answer
	 * within 15 days.
	 */
	@Bean
	TaskListener consultNewSettingCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate sent = check.pastDate(NEW_SETTING_CONSULTATION_SENT_DATE);
			check.notBefore(NEW_SETTING_CONSULTATION_SENT_DATE, sent, Variables.date(task, AMENDMENT_NOTICE_DATE),
					"the day the amendment notice was sent");
			String response = check.oneOf(NEW_SETTING_CONSULTATION_RESPONSE, ReviewChoices.CONSULTATION_RESPONSES);
			if (response != null && !"NO_REPLY".equals(response)) {
				LocalDate answered = check.pastDate(NEW_SETTING_RESPONSE_DATE);
				check.notBefore(NEW_SETTING_RESPONSE_DATE, answered, sent, "the consultation was sent");
			}
			check.throwIfAny();
		};
	}

	/**
	 * reg 22(3)-(5): within 8 weeks of the amendment notice the amended plan is issued,
	 * naming its setting, or the family is told the plan will not be amended; either
	 * after their response or their 15 days. An amended plan issued on or before the last
	 * of those days ({@code amendmentRepresentationsBy}) is allowed only as
	 * {@code ehcflow.readings.early-final-plan} says: by default when the family has said
	 * they have nothing more to add ({@code familyHasNothingToAdd}); with {@code NEVER},
	 * not at all.
	 */
	@Bean
	TaskListener issueAmendedPlanCheck(Clock clock, StatutoryReadings readings) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			String outcome = check.oneOf(AMENDMENT_OUTCOME, ReviewChoices.AMENDMENT_OUTCOMES);
			LocalDate responded = Variables.date(task, AMENDMENT_REPRESENTATIONS_DATE);
			if ("ISSUE_AMENDED_PLAN".equals(outcome)) {
				LocalDate issued = check.pastDate(AMENDED_PLAN_ISSUED_DATE);
				check.notBefore(AMENDED_PLAN_ISSUED_DATE, issued, responded,
						"the family's response or the end of their 15 days");
				LocalDate windowEnds = Variables.date(task, AMENDMENT_REPRESENTATIONS_BY);
				if (issued != null && windowEnds != null && !issued.isAfter(windowEnds)) {
					if (readings.earlyFinalPlan() == StatutoryReadings.EarlyFinalPlan.NEVER) {
						check.problem(AMENDED_PLAN_ISSUED_DATE, "must be after " + FormCheck.human(windowEnds)
								+ ": the family has at least 15 days, beginning with the day the amendment notice was served "
								+ "(SEND Regulations 2014 reg 22(2)(c)), and this council never issues before they end");
					}
					else if (!Variables.isTrue(task, FAMILY_HAS_NOTHING_TO_ADD)) {
						check.problem(AMENDED_PLAN_ISSUED_DATE, "must be after " + FormCheck.human(windowEnds)
								+ ", the end of the family's 15 days (SEND Regulations 2014 reg 22(2)(c)), unless the family "
								+ "has said they have nothing more to add (" + FAMILY_HAS_NOTHING_TO_ADD + ")");
					}
				}
				check.requiredText(SETTING_NAME, 200);
				String type = check.oneOf(SETTING_TYPE, ReviewChoices.SETTING_TYPES);
				String misfit = type == null ? null
						: SettingTypes.otherNeedsReason(type,
								AcademicCalendar.yearGroupOf(task.getVariable(NATIONAL_CURRICULUM_YEAR)),
								Variables.string(task, PlanVariables.SETTING_TYPE_OTHER_REASON));
				if (misfit != null) {
					check.problem(SETTING_TYPE, misfit);
				}
				check.maxLength(PlanVariables.SETTING_TYPE_OTHER_REASON, TEXT);
			}
			if ("DO_NOT_AMEND".equals(outcome)) {
				LocalDate decided = check.pastDate(DECISION_NOT_TO_AMEND_DATE);
				check.notBefore(DECISION_NOT_TO_AMEND_DATE, decided, responded,
						"the family's response or the end of their 15 days");
				check.requiredText(AMENDMENT_OUTCOME_REASONS, TEXT);
			}
			else {
				check.maxLength(AMENDMENT_OUTCOME_REASONS, TEXT);
			}
			check.throwIfAny();
		};
	}

	/**
	 * CFA 2014 s45, reg 31: the notice to cease gives the reason and the right to appeal.
	 */
	@Bean
	TaskListener sendCeaseNoticeCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			LocalDate notice = check.pastDate(CEASE_NOTICE_DATE);
			check.notBefore(CEASE_NOTICE_DATE, notice, Variables.date(task, REVIEW_DECISION_DATE),
					"the decision to cease the plan");
			String reason = check.oneOf(CEASE_REASON, ReviewChoices.CEASE_REASONS);
			if ("OTHER".equals(reason)) {
				check.requiredText(CEASE_REASON_DETAILS, TEXT);
			}
			else {
				check.maxLength(CEASE_REASON_DETAILS, TEXT);
			}
			check.throwIfAny();
		};
	}

	/**
	 * "In or beyond year 9" on the meeting's day, reg 20(6), 21(6): the year group as at
	 * the review's start, moved up.
	 */
	private static boolean preparingForAdulthoodOn(DelegateTask task, LocalDate meeting) {
		LocalDate started = Variables.parseDateOrNull(task.getVariable(REVIEW_STARTED_DATE));
		return ReviewTimeLimits.coversPreparingForAdulthoodOn(task.getVariable(NATIONAL_CURRICULUM_YEAR),
				started != null ? started : meeting, meeting);
	}

	private static String noticeText(StatutoryReadings readings) {
		return readings.reviewNotice() == StatutoryReadings.ReviewNotice.FOURTEEN_DAYS ? "14 days before the meeting"
				: "15 clear days between sending and the meeting";
	}

	private static void requireLateReason(DelegateTask task, FormCheck check, LocalDate meetBy) {
		Object reason = task.getVariable(LATE_MEETING_REASON);
		if (reason == null || reason.toString().isBlank()) {
			check.problem(LATE_MEETING_REASON, "is required: a meeting after " + FormCheck.human(meetBy)
					+ " leaves too little time to decide before the review is due (Children and Families Act 2014 s44(1))");
		}
	}

	private static void requiredEmail(DelegateTask task, FormCheck check, String field) {
		Object value = task.getVariable(field);
		if (value == null || value.toString().isBlank()) {
			check.problem(field, "is required: the invitation goes to this address");
		}
		else {
			check.optionalEmail(field);
		}
	}

	private static List<String> adviceServices(DelegateTask task, FormCheck check) {
		List<String> advice = Checklists.ticked(task.getVariable(REVIEW_ADVICE));
		if (advice.isEmpty()) {
			check.problem(REVIEW_ADVICE, "must name at least one person or service to ask for advice and information "
					+ "(SEND Regulations 2014 reg 20(4))");
		}
		for (String service : advice) {
			try {
				AdviceService.valueOf(service);
			}
			catch (IllegalArgumentException ex) {
				check.problem(REVIEW_ADVICE, "has an unknown service: " + service);
			}
		}
		return advice.stream().distinct().toList();
	}

	private static void setDatesAfterMeeting(DelegateTask task, LocalDate meeting) {
		Variables.setDate(task, REVIEW_REPORT_BY, ReviewTimeLimits.reportBy(meeting));
		Variables.setDate(task, REVIEW_DECISION_BY, ReviewTimeLimits.decisionBy(meeting));
	}

}
