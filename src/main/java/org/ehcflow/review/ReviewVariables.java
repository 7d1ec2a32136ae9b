package org.ehcflow.review;

/**
 * Names of the variables of {@code annualReview}: a public contract, listed in
 * docs/review-process.md. The plan and the timeline read them; never rename one.
 */
public final class ReviewVariables {

	public static final String PROCESS_KEY = "annualReview";

	public static final String CASE_REFERENCE = "caseReference";

	public static final String NATIONAL_CURRICULUM_YEAR = "nationalCurriculumYear";

	public static final String SETTING_NAME = "settingName";

	public static final String SETTING_TYPE = "settingType";

	public static final String CASEWORKER = "caseworker";

	public static final String ANNUAL_REVIEW_DECISION_BY = "annualReviewDecisionBy";

	public static final String PHASE_TRANSFER_PLAN_BY = "phaseTransferPlanBy";

	public static final String REVIEW_MEETING_BY = "reviewMeetingBy";

	public static final String REVIEW_REASON = "reviewReason";

	public static final String REVIEW_STARTED_DATE = "reviewStartedDate";

	public static final String PREPARING_FOR_ADULTHOOD_REQUIRED = "preparingForAdulthoodRequired";

	public static final String REVIEW_MEETING_DATE = "reviewMeetingDate";

	public static final String REVIEW_MEETING_PLACE = "reviewMeetingPlace";

	public static final String LATE_MEETING_REASON = "lateMeetingReason";

	public static final String REVIEW_MEETING_LATE = "reviewMeetingLate";

	public static final String REVIEW_INVITEES = "reviewInvitees";

	public static final String PARENT_EMAIL = "parentEmail";

	public static final String SETTING_EMAIL = "settingEmail";

	public static final String HEALTH_EMAIL = "healthEmail";

	public static final String SOCIAL_CARE_EMAIL = "socialCareEmail";

	public static final String OTHER_ADVICE_EMAIL = "otherAdviceEmail";

	public static final String REVIEW_ADVICE = "reviewAdvice";

	public static final String REVIEW_INVITATIONS_BY = "reviewInvitationsBy";

	public static final String INVITATIONS_SENT_DATE = "invitationsSentDate";

	public static final String ADVICE_REQUESTED_DATE = "adviceRequestedDate";

	public static final String ADVICE_DUE_BY = "adviceDueBy";

	public static final String ADVICE_CIRCULATED_BY = "adviceCirculatedBy";

	/**
	 * The day the notice of a decision to maintain was sent to the family (reg 20, 21).
	 */
	public static final String REVIEW_DECISION_NOTICE_SENT_DATE = "reviewDecisionNoticeSentDate";

	/**
	 * The family said they have nothing more to add to the proposed amendments (reg
	 * 22(2)(c)).
	 */
	public static final String FAMILY_HAS_NOTHING_TO_ADD = "familyHasNothingToAdd";

	public static final String ADVICE_CIRCULATED_DATE = "adviceCirculatedDate";

	public static final String REVIEW_REPORT_BY = "reviewReportBy";

	public static final String REVIEW_REPORT_DATE = "reviewReportDate";

	public static final String PREPARING_FOR_ADULTHOOD_DISCUSSED = "preparingForAdulthoodDiscussed";

	public static final String PREPARING_FOR_ADULTHOOD_NOTES = "preparingForAdulthoodNotes";

	public static final String REVIEW_DECISION_BY = "reviewDecisionBy";

	public static final String REVIEW_DECISION = "reviewDecision";

	public static final String REVIEW_DECISION_DATE = "reviewDecisionDate";

	public static final String REVIEW_DECISION_REASONS = "reviewDecisionReasons";

	public static final String AMENDMENT_NOTICE_DATE = "amendmentNoticeDate";

	public static final String AMENDMENT_SUMMARY = "amendmentSummary";

	public static final String AMENDMENT_REPRESENTATIONS_BY = "amendmentRepresentationsBy";

	public static final String AMENDED_PLAN_DUE_BY = "amendedPlanDueBy";

	public static final String AMENDMENT_RESPONSE = "amendmentResponse";

	public static final String AMENDMENT_REPRESENTATIONS_DATE = "amendmentRepresentationsDate";

	public static final String AMENDMENT_REPRESENTATIONS_SUMMARY = "amendmentRepresentationsSummary";

	public static final String NEW_SETTING_REQUESTED = "newSettingRequested";

	public static final String NEW_SETTING_NAME = "newSettingName";

	public static final String NEW_SETTING_EMAIL = "newSettingEmail";

	public static final String NEW_SETTING_CONSULTATION_BY = "newSettingConsultationBy";

	public static final String NEW_SETTING_CONSULTATION_SENT_DATE = "newSettingConsultationSentDate";

	public static final String NEW_SETTING_CONSULTATION_RESPONSE = "newSettingConsultationResponse";

	public static final String NEW_SETTING_RESPONSE_DATE = "newSettingResponseDate";

	public static final String AMENDMENT_OUTCOME = "amendmentOutcome";

	public static final String AMENDED_PLAN_ISSUED_DATE = "amendedPlanIssuedDate";

	public static final String DECISION_NOT_TO_AMEND_DATE = "decisionNotToAmendDate";

	public static final String AMENDMENT_OUTCOME_REASONS = "amendmentOutcomeReasons";

	public static final String CEASE_NOTICE_DATE = "ceaseNoticeDate";

	public static final String CEASE_REASON = "ceaseReason";

	public static final String CEASE_REASON_DETAILS = "ceaseReasonDetails";

	private ReviewVariables() {
	}

}
