package org.ehcflow.assessment;

/**
 * Names of the variables of {@code ehcNeedsAssessment}: a public contract, listed in
 * docs/assessment-process.md.
 */
public final class AssessmentVariables {

	public static final String PROCESS_KEY = "ehcNeedsAssessment";

	public static final String CASE_REFERENCE = "caseReference";

	public static final String REQUEST_RECEIVED_DATE = "requestReceivedDate";

	public static final String CHILD_FIRST_NAME = "childFirstName";

	public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";

	public static final String PARENT_EMAIL = "parentEmail";

	public static final String SETTING_EMAIL = "settingEmail";

	public static final String DECIDE_WHETHER_TO_ASSESS_BY = "decideWhetherToAssessBy";

	public static final String DRAFT_PLAN_TARGET_BY = "draftPlanTargetBy";

	public static final String DECIDE_WHETHER_TO_ISSUE_BY = "decideWhetherToIssueBy";

	public static final String FINAL_PLAN_DUE_BY = "finalPlanDueBy";

	public static final String FAMILY_NOTIFIED_DATE = "familyNotifiedDate";

	public static final String DECISION_TO_ASSESS = "decisionToAssess";

	public static final String DECISION_TO_ASSESS_DATE = "decisionToAssessDate";

	/**
	 * The day the notice of the decision whether to assess was sent to the family (reg
	 * 4(1), 5(1)).
	 */
	public static final String DECISION_TO_ASSESS_NOTICE_SENT_DATE = "decisionToAssessNoticeSentDate";

	public static final String DECISION_TO_ASSESS_REASONS = "decisionToAssessReasons";

	public static final String OTHER_ADVICE_REQUESTED = "otherAdviceRequested";

	public static final String REQUIRED_ADVICE = "requiredAdvice";

	/**
	 * The year group on the day advice is sought (reg 6(1)(g)), the DMN requiredAdvice's
	 * input.
	 */
	public static final String YEAR_WHEN_ADVICE_SOUGHT = "yearWhenAdviceSought";

	public static final String ADVICE_REQUESTED_DATE = "adviceRequestedDate";

	public static final String ADVICE_DUE_BY = "adviceDueBy";

	public static final String DECISION_TO_ISSUE = "decisionToIssue";

	public static final String DECISION_TO_ISSUE_DATE = "decisionToIssueDate";

	/**
	 * The day the notice of the decision whether to issue was sent to the family (reg
	 * 10(1)).
	 */
	public static final String DECISION_TO_ISSUE_NOTICE_SENT_DATE = "decisionToIssueNoticeSentDate";

	/** Set when a decision not to issue was notified after the 16 weeks of reg 10(1). */
	public static final String DECISION_NOT_TO_ISSUE_LATE = "decisionNotToIssueLate";

	/**
	 * The family said they have nothing more to add to the draft (reg 13(1)): the final
	 * plan may go before the 15 days end.
	 */
	public static final String FAMILY_HAS_NOTHING_TO_ADD = "familyHasNothingToAdd";

	public static final String DECISION_TO_ISSUE_REASONS = "decisionToIssueReasons";

	public static final String DRAFT_SECTIONS_COMPLETE = "draftSectionsComplete";

	public static final String DRAFT_SERVED_DATE = "draftServedDate";

	public static final String DRAFT_NAMES_NO_SETTING = "draftNamesNoSetting";

	public static final String DRAFT_REPRESENTATIONS_BY = "draftRepresentationsBy";

	public static final String EARLIEST_FINAL_PLAN_DATE = "earliestFinalPlanDate";

	public static final String FAMILY_RESPONSE = "familyResponse";

	public static final String REPRESENTATIONS_RECEIVED_DATE = "representationsReceivedDate";

	public static final String SETTING_REQUESTED = "settingRequested";

	public static final String REQUESTED_SETTING_NAME = "requestedSettingName";

	public static final String SETTING_CONSULTATION_BY = "settingConsultationBy";

	public static final String CONSULTATION_SENT_DATE = "consultationSentDate";

	public static final String SETTING_CONSULTATION_RESPONSE = "settingConsultationResponse";

	public static final String SETTING_RESPONSE_DATE = "settingResponseDate";

	public static final String FINAL_PLAN_ISSUED_DATE = "finalPlanIssuedDate";

	public static final String NAMED_SETTING_NAME = "namedSettingName";

	/**
	 * The kind of the named setting ({@code common.SettingTypes}); the plan's
	 * {@code settingType}.
	 */
	public static final String NAMED_SETTING_TYPE = "settingType";

	/** Why a school-age child's setting type is left at {@code OTHER}. */
	public static final String NAMED_SETTING_TYPE_OTHER_REASON = "settingTypeOtherReason";

	public static final String CASE_CLOSED_REASON = "caseClosedReason";

	public static final String CASE_CLOSED_DATE = "caseClosedDate";

	private AssessmentVariables() {
	}

}
