package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines of an EHC needs assessment that are fixed the moment the request is
 * received: the 6, 16 and 20 week clocks all start on the day the local authority
 * receives the request (CFA 2014 s36(1)), never on a later decision.
 *
 * @param requestReceivedDate the day the request was received (day 0); recorded, never
 * derived
 * @param decideWhetherToAssessBy the last day to decide whether to assess and notify: 6
 * weeks, SEND Regulations 2014 reg 4(1), 5(1)
 * @param draftPlanTargetBy the aim for sending the draft plan: 14 weeks, which leaves
 * room for the two 15-day windows before week 20 (not a statutory limit)
 * @param decideWhetherToIssueBy the last day to decide not to issue a plan and notify: 16
 * weeks, reg 10(1)
 * @param finalPlanDueBy the last day to issue the final plan: 20 weeks, reg 13(2)
 */
public record AssessmentDeadlines(LocalDate requestReceivedDate, LocalDate decideWhetherToAssessBy,
		LocalDate draftPlanTargetBy, LocalDate decideWhetherToIssueBy, LocalDate finalPlanDueBy) {

	/** Weeks from receipt to decide whether to assess, SEND Regulations 2014 reg 4(1). */
	public static final int DECIDE_WHETHER_TO_ASSESS_WEEKS = 6;

	/** Weeks from receipt to send the draft plan: the aim, not law. */
	public static final int DRAFT_PLAN_TARGET_WEEKS = 14;

	/**
	 * Weeks from receipt to decide not to issue a plan, SEND Regulations 2014 reg 10(1).
	 */
	public static final int DECIDE_WHETHER_TO_ISSUE_WEEKS = 16;

	/** Weeks from receipt to issue the final plan, SEND Regulations 2014 reg 13(2). */
	public static final int FINAL_PLAN_WEEKS = 20;

	public AssessmentDeadlines {
		Objects.requireNonNull(requestReceivedDate, "requestReceivedDate");
		Objects.requireNonNull(decideWhetherToAssessBy, "decideWhetherToAssessBy");
		Objects.requireNonNull(draftPlanTargetBy, "draftPlanTargetBy");
		Objects.requireNonNull(decideWhetherToIssueBy, "decideWhetherToIssueBy");
		Objects.requireNonNull(finalPlanDueBy, "finalPlanDueBy");
	}

	/**
	 * The deadlines for a request received on the given day, all counted in weeks from
	 * receipt (CFA 2014 s36(1)): 6 weeks to decide whether to assess (reg 4(1)), 14 weeks
	 * to send the draft (the aim), 16 weeks to decide not to issue (reg 10(1)) and 20
	 * weeks to issue the final plan (reg 13(2)).
	 * @param received the day the local authority received the request (day 0)
	 * @return the deadlines
	 */
	public static AssessmentDeadlines forRequestReceivedOn(LocalDate received) {
		Objects.requireNonNull(received, "received");
		return new AssessmentDeadlines(received, TimeLimits.weeksFrom(received, DECIDE_WHETHER_TO_ASSESS_WEEKS),
				TimeLimits.weeksFrom(received, DRAFT_PLAN_TARGET_WEEKS),
				TimeLimits.weeksFrom(received, DECIDE_WHETHER_TO_ISSUE_WEEKS),
				TimeLimits.weeksFrom(received, FINAL_PLAN_WEEKS));
	}

	/**
	 * The statutory deadline of a step that runs from receipt of the request: decide
	 * whether to assess (reg 4(1)), decide whether to issue (reg 10(1)) or the final plan
	 * (reg 13(2)). The draft plan's week-14 target is not a step's deadline and is not
	 * returned here.
	 * @param step any step
	 * @return the deadline, or empty for a step whose deadline does not run from the
	 * request
	 */
	public Optional<LocalDate> dueBy(Step step) {
		Objects.requireNonNull(step, "step");
		return switch (step) {
			case DECIDE_WHETHER_TO_ASSESS -> Optional.of(decideWhetherToAssessBy);
			case DECIDE_WHETHER_TO_ISSUE -> Optional.of(decideWhetherToIssueBy);
			case FINAL_PLAN -> Optional.of(finalPlanDueBy);
			default -> Optional.empty();
		};
	}

}
