package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the next review of a plan is due and when to start it.
 *
 * @param annualReviewDecisionBy the statutory last day for the review decision: within
 * the 12 months starting with the day the plan was issued or last reviewed, CFA 2014
 * s44(1). Only this date is a breach or an overdue review, also for a child under 5.
 * @param underFiveReviewTargetBy for a child under 5, the target day for the review
 * decision from the configured 3 to 6 months (SEND Code of Practice 9.178: "should"),
 * which only brings the review forward and sends a reminder; {@code null} otherwise
 * @param phaseTransferPlanBy the reg 18 date when this review is the phase-transfer
 * review, else {@code null}
 * @param reviewMeetingBy the latest day for the meeting that still meets the dates above
 * (reg 20, 21; reg 18 with 4 weeks to decide and 8 to finalise)
 * @param nextReviewStartsOn the day the review starts: 8 weeks before the meeting date,
 * or today when that has passed
 * @param overdue whether the statutory review decision is already late on {@code today}
 * @param meetingDayPassed whether {@link #reviewMeetingBy} is already before
 * {@code today}, so the review starts at once and its meeting is late for the plan it
 * must serve
 */
public record ReviewSchedule(LocalDate annualReviewDecisionBy, LocalDate underFiveReviewTargetBy,
		LocalDate phaseTransferPlanBy, LocalDate reviewMeetingBy, LocalDate nextReviewStartsOn, boolean overdue,
		boolean meetingDayPassed) {

	/**
	 * Works out the schedule of the next review.
	 * @param periodStart the day the plan was issued, or the last review decision
	 * @param months the months between reviews: 12 (CFA 2014 s44(1)), or fewer for a
	 * child under 5 (Code 9.178, a target)
	 * @param phaseTransferPlanBy the reg 18 date if this review must name the next
	 * setting, else {@code null}
	 * @param today today in the council's time zone
	 * @return the schedule
	 */
	public static ReviewSchedule of(LocalDate periodStart, int months, LocalDate phaseTransferPlanBy, LocalDate today) {
		Objects.requireNonNull(today, "today");
		LocalDate decisionBy = ReviewTimeLimits.reviewDecisionBy(periodStart);
		LocalDate targetBy = months >= ReviewTimeLimits.REVIEW_MONTHS ? null
				: ReviewTimeLimits.underFiveReviewDecisionBy(periodStart, months);
		LocalDate meetingBy = ReviewTimeLimits.latestMeetingFor(targetBy != null ? targetBy : decisionBy);
		if (phaseTransferPlanBy != null) {
			LocalDate transferMeetingBy = ReviewTimeLimits.latestPhaseTransferMeeting(phaseTransferPlanBy);
			if (transferMeetingBy.isBefore(meetingBy)) {
				meetingBy = transferMeetingBy;
			}
		}
		LocalDate startsOn = ReviewTimeLimits.reviewStartsOn(meetingBy);
		return new ReviewSchedule(decisionBy, targetBy, phaseTransferPlanBy, meetingBy,
				startsOn.isBefore(today) ? today : startsOn, today.isAfter(decisionBy), meetingBy.isBefore(today));
	}

	/**
	 * Whether the review starts today rather than waiting for a later day.
	 * @param today today in the council's time zone
	 * @return {@code true} when {@link #nextReviewStartsOn} is not after today
	 */
	public boolean startsBy(LocalDate today) {
		return !nextReviewStartsOn.isAfter(today);
	}

}
