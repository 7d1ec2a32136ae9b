package org.ehcflow.review;

/**
 * The variables of {@code ehcPlan} (docs/plan-process.md), the contract shared with
 * {@code annualReview} and the timeliness reports. Dates are ISO-8601 strings.
 */
public final class PlanVariables {

	public static final String PROCESS_KEY = "ehcPlan";

	public static final String REVIEW_PROCESS_KEY = "annualReview";

	public static final String MESSAGE_PLAN_ISSUED = "PlanIssued";

	public static final String MESSAGE_PLAN_IMPORTED = "PlanImported";

	public static final String MESSAGE_EARLY_REVIEW_REQUESTED = "EarlyReviewRequested";

	/** Sent by the plan's own 1 September check to its waiting schedule (reg 18). */
	public static final String MESSAGE_PHASE_TRANSFER_FOUND = "PhaseTransferFound";

	/**
	 * Sent by {@code recordPlanChange} to a plan waiting for its review: the year group
	 * or setting was corrected.
	 */
	public static final String MESSAGE_PLAN_RECORD_CORRECTED = "PlanRecordCorrected";

	/**
	 * The process that corrects a maintained plan's year group or setting without
	 * amending it.
	 */
	public static final String PLAN_CHANGE_PROCESS_KEY = "recordPlanChange";

	/**
	 * {@code recordPlanChange}: the day the year group or setting changed, or was found
	 * to be recorded wrongly.
	 */
	public static final String PLAN_CHANGE_DATE = "planChangeDate";

	/** {@code recordPlanChange}: why the record changes. */
	public static final String PLAN_CHANGE_REASON = "planChangeReason";

	public static final String CASE_REFERENCE = "caseReference";

	public static final String CHILD_FIRST_NAME = "childFirstName";

	public static final String CHILD_LAST_NAME = "childLastName";

	public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";

	/** SEN2 {@code StartDate}. */
	public static final String PLAN_ISSUED_DATE = "planIssuedDate";

	/** SEN2 {@code LastReview}; absent until the first review decision. */
	public static final String LAST_REVIEW_DECISION_DATE = "lastReviewDecisionDate";

	/**
	 * {@code N1}, {@code N2}, {@code R}, {@code 1} to {@code 14}; moves up each 1
	 * September.
	 */
	public static final String NATIONAL_CURRICULUM_YEAR = "nationalCurriculumYear";

	public static final String SETTING_NAME = "settingName";

	public static final String SETTING_TYPE = "settingType";

	public static final String CASEWORKER = "caseworker";

	/** {@code ASSESSMENT} or {@code IMPORT}: how the plan came to EHC Flow. */
	public static final String PLAN_SOURCE = "planSource";

	public static final String ANNUAL_REVIEW_DECISION_BY = "annualReviewDecisionBy";

	public static final String PHASE_TRANSFER_PLAN_BY = "phaseTransferPlanBy";

	/**
	 * For a child under 5: the target day for the review decision from the configured 3
	 * to 6 months (SEND Code of Practice 9.178). A target with a reminder, never a breach
	 * or an overdue review; {@code null} from 5.
	 */
	public static final String UNDER_FIVE_REVIEW_TARGET_BY = "underFiveReviewTargetBy";

	/**
	 * The reg 18 date of this academic year's phase transfer when it passed with the plan
	 * not amended for it: the duty was missed (shown as overdue on the timeline).
	 */
	public static final String PHASE_TRANSFER_MISSED_FOR = "phaseTransferMissedFor";

	/**
	 * Import column: {@code true} when this year's phase transfer is already prepared
	 * (the plan names the next setting).
	 */
	public static final String PHASE_TRANSFER_PREPARED = "phaseTransferPrepared";

	/**
	 * Why the review starts when it does, when that is unusual (a passed meeting day, a
	 * missed transfer, an overdue review).
	 */
	public static final String REVIEW_START_NOTE = "reviewStartNote";

	/**
	 * The recorded reason a phase-transfer review ended in "maintain" (the plan already
	 * names the next setting).
	 */
	public static final String PHASE_TRANSFER_MAINTAIN_REASON = "phaseTransferMaintainReason";

	/**
	 * A recorded reason for leaving a school-age child's setting type at {@code OTHER}.
	 */
	public static final String SETTING_TYPE_OTHER_REASON = "settingTypeOtherReason";

	public static final String REVIEW_MEETING_BY = "reviewMeetingBy";

	public static final String NEXT_REVIEW_STARTS_ON = "nextReviewStartsOn";

	public static final String REVIEW_REASON = "reviewReason";

	/** Months between reviews from DMN {@code reviewFrequency}. */
	public static final String REVIEW_MONTHS = "reviewMonths";

	public static final String REVIEW_OVERDUE = "reviewOverdue";

	public static final String REVIEW_STARTS_NOW = "reviewStartsNow";

	public static final String REVIEW_OVERDUE_ON_IMPORT = "reviewOverdueOnImport";

	/** The reg 18 date a completed review already named the next setting for. */
	public static final String PHASE_TRANSFER_REVIEWED_FOR = "phaseTransferReviewedFor";

	public static final String PLAN_STATUS = "planStatus";

	public static final String EARLY_REVIEW_REQUESTED_BY = "earlyReviewRequestedBy";

	public static final String EARLY_REVIEW_REASON = "earlyReviewReason";

	public static final String EARLY_REVIEW_REQUESTED_DATE = "earlyReviewRequestedDate";

	public static final String REVIEW_DECISION = "reviewDecision";

	public static final String REVIEW_DECISION_DATE = "reviewDecisionDate";

	public static final String CEASE_NOTICE_DATE = "ceaseNoticeDate";

	public static final String CEASE_REASON = "ceaseReason";

	public static final String APPEAL_WINDOW_ENDS_ON = "ceaseAppealBy";

	public static final String APPEAL_LODGED = "appealLodged";

	public static final String APPEAL_LODGED_DATE = "appealLodgedDate";

	public static final String PLAN_CEASED_DATE = "planCeasedDate";

	/**
	 * NO_APPEAL | MEDIATION_CERTIFICATE | APPEAL_LODGED, recorded on "Confirm the plan
	 * has ceased".
	 */
	public static final String CEASE_OUTCOME = "ceaseOutcome";

	/**
	 * The mediation certificate's date: 1 month after it, if later, to appeal (HESC
	 * r20(1)(c)).
	 */
	public static final String MEDIATION_CERTIFICATE_DATE = "mediationCertificateDate";

	/**
	 * The caseworker's confirmation that no appeal was lodged and no late appeal was
	 * admitted.
	 */
	public static final String NO_LATE_APPEAL_CONFIRMED = "noLateAppealConfirmed";

	/** The day the timer recorded that the time to appeal had passed. */
	public static final String CEASE_APPEAL_WINDOW_PASSED_DATE = "ceaseAppealWindowPassedDate";

	/**
	 * CEASE_UPHELD | PLAN_CONTINUES: the Tribunal's decision on an appeal against
	 * ceasing.
	 */
	public static final String APPEAL_OUTCOME = "appealOutcome";

	public static final String APPEAL_DECISION_DATE = "appealDecisionDate";

	/**
	 * 12 months from the decision to cease (CFA 2014 s44(1)): the plan is reviewed by
	 * then if the appeal is still pending.
	 */
	public static final String REVIEW_DURING_APPEAL_BY = "reviewDuringAppealBy";

	/** The end of the academic year in which the young person turns 25 (CFA 2014 s46). */
	public static final String PLAN_ENDS_BY_AGE = "planEndsBy";

	/**
	 * The caseworker's confirmation that the young person was told the plan ends at the
	 * age limit.
	 */
	public static final String AGE_LIMIT_NOTICE_SENT = "ageLimitNoticeSent";

	private PlanVariables() {
	}

}
