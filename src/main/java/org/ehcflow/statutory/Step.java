package org.ehcflow.statutory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the EHC needs assessment and of maintaining a plan that have a time limit.
 * The id is the public name of the step on the timeline and in variable names
 * ({@code <id>By}, {@code <id>BreachedDate}); it never changes.
 */
public enum Step {

	DECIDE_WHETHER_TO_ASSESS("decideWhetherToAssess", "Decide whether to assess",
			"SEND Regulations 2014 reg 4(1), 5(1)"),

	ADVICE("advice", "Advice", "SEND Regulations 2014 reg 8(1)"),

	DECIDE_WHETHER_TO_ISSUE("decideWhetherToIssue", "Decide whether to issue a plan",
			"SEND Regulations 2014 reg 10(1)"),

	DRAFT_REPRESENTATIONS("draftRepresentations", "Family's response to the draft plan",
			"SEND Regulations 2014 reg 13(1)"),

	SETTING_CONSULTATION("settingConsultation", "Consultation with the requested setting",
			"Children and Families Act 2014 s39-40; SEND Code of Practice 9.83"),

	FINAL_PLAN("finalPlan", "Final EHC plan", "SEND Regulations 2014 reg 13(2)"),

	ANNUAL_REVIEW_DECISION("annualReviewDecision", "Annual review of the EHC plan",
			"Children and Families Act 2014 s44(1); SEND Code of Practice 9.169"),

	REVIEW_INVITATIONS("reviewInvitations", "Invitations to the review meeting",
			"SEND Regulations 2014 reg 20(2)-(3), 21(3)"),

	REVIEW_ADVICE_CIRCULATION("reviewAdviceCirculation", "Advice circulated to those invited to the review meeting",
			"SEND Regulations 2014 reg 20(4), 21(4)"),

	REVIEW_REPORT("reviewReport", "Report of the review meeting", "SEND Regulations 2014 reg 20(7), 21(7)"),

	REVIEW_DECISION("reviewDecision", "Decision to maintain, amend or cease the plan",
			"SEND Regulations 2014 reg 20, 21; SEND Code of Practice 9.176"),

	AMENDMENT_REPRESENTATIONS("amendmentRepresentations", "Family's response to the proposed amendments",
			"SEND Regulations 2014 reg 22(2)(c)"),

	AMENDED_PLAN("amendedPlan", "Final amended EHC plan", "SEND Regulations 2014 reg 22(3)-(5)"),

	PHASE_TRANSFER_PLAN("phaseTransferPlan", "Final plan naming the next institution at phase transfer",
			"SEND Regulations 2014 reg 18(1)(a) (before 31 March), 18(1)(b) (before 15 February)"),

	/**
	 * The under-5s' review target: a "should" of the Code, a target with a reminder,
	 * never a breach; the statutory limit stays {@link #ANNUAL_REVIEW_DECISION}.
	 */
	UNDER_FIVE_REVIEW_TARGET("underFiveReviewTarget", "Review of a child under 5 (target, not a statutory limit)",
			"Children and Families Act 2014 s44(1) (the statutory limit); SEND Code of Practice 9.178 (this target)"),

	REVIEW_ADVICE("adviceForReview", "Advice for the review meeting", "SEND Regulations 2014 reg 20(4), 21(4)"),

	PLAN_ENDS_BY_AGE("planEndsByAge", "End of the academic year in which the young person turns 25",
			"Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)");

	private final String id;

	private final String title;

	private final String regulation;

	Step(String id, String title, String regulation) {
		this.id = id;
		this.title = title;
		this.regulation = regulation;
	}

	/**
	 * The public name of the step, as used on the timeline, in variable names and in
	 * {@code exceptionStep}.
	 * @return the id, e.g. {@code decideWhetherToAssess}
	 */
	public String id() {
		return id;
	}

	/**
	 * The step's name in plain English, for people.
	 * @return the title, e.g. "Decide whether to assess"
	 */
	public String title() {
		return title;
	}

	/**
	 * The law (or Code guidance) that sets the step's time limit, to cite wherever the
	 * step's deadline is shown.
	 * @return the citation, e.g. "SEND Regulations 2014 reg 8(1)"
	 */
	public String regulation() {
		return regulation;
	}

	/**
	 * The step with this public id.
	 * @param id a step id such as {@code finalPlan}; exact and case-sensitive, may be
	 * {@code null}
	 * @return the step, or empty when no step has that id
	 */
	public static Optional<Step> byId(String id) {
		return Arrays.stream(values()).filter((step) -> step.id.equals(id)).findFirst();
	}

}
