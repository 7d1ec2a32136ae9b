package org.ehcflow.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The time limits of maintaining an EHC plan: the annual review, its meeting, report and
 * decision, amendments and phase transfer.
 */
public final class ReviewTimeLimits {

	/** Months within which a plan must be reviewed, CFA 2014 s44(1). */
	public static final int REVIEW_MONTHS = 12;

	/**
	 * Days after the review meeting for the local authority's decision (4 weeks), reg 20,
	 * 21.
	 */
	public static final int DECISION_DAYS_AFTER_MEETING = 28;

	/**
	 * Days' notice of the review meeting and for circulating advice (2 weeks), reg
	 * 20(2)-(4).
	 */
	public static final int NOTICE_DAYS_BEFORE_MEETING = 14;

	/** Days after the meeting for its report (2 weeks), reg 20(7), 21(7). */
	public static final int REPORT_DAYS_AFTER_MEETING = 14;

	/**
	 * Days, beginning with service, the family has to respond to an amendment notice, reg
	 * 22(2)(c).
	 */
	public static final int AMENDMENT_REPRESENTATIONS_DAYS = 15;

	/** Weeks from the amendment notice to the final amended plan, reg 22(3). */
	public static final int AMENDED_PLAN_WEEKS = 8;

	/**
	 * Weeks before the phase-transfer date by which the review meeting should be held: 4
	 * weeks to decide and 8 weeks to finalise (planning guidance from the timeline, not
	 * law).
	 */
	public static final int PHASE_TRANSFER_MEETING_WEEKS_BEFORE = 12;

	/**
	 * Weeks before the latest meeting date on which the review starts: 6 weeks for those
	 * asked for advice to give it (as reg 8(1) allows at assessment) and then the 2
	 * weeks' notice of reg 20(2)-(4). Planning, not law.
	 */
	public static final int REVIEW_STARTS_WEEKS_BEFORE_MEETING = 8;

	/**
	 * Months after the notice of a decision to cease within which the family may appeal,
	 * HESC Rules r20(1)(c); the last day, with a mediation certificate and r12, is
	 * {@link TribunalTimeLimits#appealBy}.
	 */
	public static final int CEASE_APPEAL_MONTHS = TribunalTimeLimits.APPEAL_MONTHS_AFTER_NOTICE;

	/**
	 * Months between reviews of a child under 5 unless configured, SEND Code of Practice
	 * 9.178.
	 */
	public static final int DEFAULT_UNDER_FIVE_REVIEW_MONTHS = 6;

	/**
	 * The national curriculum year from which every review covers preparing for
	 * adulthood, reg 20(6), 21(6).
	 */
	public static final int PREPARING_FOR_ADULTHOOD_FROM_YEAR = 9;

	private ReviewTimeLimits() {
	}

	/**
	 * The earliest day the review meeting can be held when the invitations go out on
	 * {@code invitationsSent}: those invited must have at least 2 weeks' notice, SEND
	 * Regulations 2014 reg 20(3), 21(3).
	 * @param invitationsSent the day the invitations are sent
	 * @return {@code invitationsSent} plus 14 days
	 */
	public static LocalDate earliestMeeting(LocalDate invitationsSent) {
		return earliestMeeting(invitationsSent, NOTICE_DAYS_BEFORE_MEETING);
	}

	/**
	 * The earliest meeting day for invitations sent on {@code invitationsSent}, the 2
	 * weeks of reg 20(3), 21(3) counted as the council reads them: 14 days (sent by the
	 * meeting less 14) or 15 clear days (less 16); setting
	 * {@code ehcflow.readings.review-notice}.
	 * @param invitationsSent the day the invitations are sent
	 * @param noticeDays how many days before the meeting they must be sent at the latest
	 * @return {@code invitationsSent} plus {@code noticeDays}
	 */
	public static LocalDate earliestMeeting(LocalDate invitationsSent, int noticeDays) {
		Objects.requireNonNull(invitationsSent, "invitationsSent");
		return invitationsSent.plusDays(noticeDays);
	}

	/**
	 * Whether a review must consider what provision helps the child or young person
	 * prepare for adulthood and independent living: every review from Year 9, SEND
	 * Regulations 2014 reg 20(6), 21(6). A young person past Year 14 (no year group) is
	 * reviewed with it too.
	 * @param nationalCurriculumYear the current year group: {@code N1}, {@code N2},
	 * {@code R}, {@code 1} to {@code 14} (a number is read as such); {@code null} or
	 * blank for a young person past school
	 * @return {@code true} from Year 9 on
	 */
	public static boolean coversPreparingForAdulthood(Object nationalCurriculumYear) {
		if (nationalCurriculumYear == null || nationalCurriculumYear.toString().isBlank()) {
			return true;
		}
		String year = nationalCurriculumYear.toString().strip();
		if (!year.matches("-?\\d{1,2}")) {
			return false;
		}
		return Integer.parseInt(year) >= PREPARING_FOR_ADULTHOOD_FROM_YEAR;
	}

	/**
	 * Whether a review whose meeting is on {@code meetingDay} must consider preparing for
	 * adulthood: "in or beyond year 9" is judged on the meeting's date, reg 20(6), 21(6),
	 * after the year group moved up on each 1 September between the day it was recorded
	 * and the meeting ({@link AcademicCalendar#movesUpBetween},
	 * {@link AcademicCalendar#advance}). A review started in August in Year 8 for an
	 * October meeting covers it.
	 * @param yearGroup the year group as recorded ({@code N1} ... {@code 14}, or a
	 * number); {@code null} or blank for a young person past school
	 * @param recordedOn the day the year group was right (e.g. the day the review
	 * started)
	 * @param meetingDay the day of the meeting (or the latest day it may be held, until
	 * one is set)
	 * @return {@code true} when the child is in Year 9 or beyond on {@code meetingDay}
	 */
	public static boolean coversPreparingForAdulthoodOn(Object yearGroup, LocalDate recordedOn, LocalDate meetingDay) {
		String recorded = AcademicCalendar.yearGroupOf(yearGroup);
		if (recorded == null) {
			return coversPreparingForAdulthood(yearGroup);
		}
		return coversPreparingForAdulthood(AcademicCalendar.yearGroupAsOn(recorded, recordedOn, meetingDay));
	}

	/**
	 * The day a school or college the family asked for in response to proposed amendments
	 * should have replied to its consultation: 15 days, SEND Code of Practice 9.83
	 * (consultation under CFA 2014 s39-40 as for a new plan).
	 * @param consultationSent the day the consultation was sent
	 * @return {@code consultationSent} plus 15 days
	 */
	public static LocalDate newSettingConsultationBy(LocalDate consultationSent) {
		return AssessmentTimeLimits.settingConsultationBy(consultationSent);
	}

	/**
	 * The last day for the review decision: within the 12 months starting with the date
	 * the plan was issued (first review) or the date of the last review decision (later
	 * reviews), CFA 2014 s44(1) and SEND Code of Practice 9.169. Counted by
	 * {@link TimeLimits#withinMonthsStartingWith}.
	 * @param planIssuedOrLastReviewDecision the day the plan was issued, or the last
	 * review decision (SEN2 {@code LastReview})
	 * @return that day plus 12 months, less one day
	 */
	public static LocalDate reviewDecisionBy(LocalDate planIssuedOrLastReviewDecision) {
		Objects.requireNonNull(planIssuedOrLastReviewDecision, "planIssuedOrLastReviewDecision");
		return TimeLimits.withinMonthsStartingWith(planIssuedOrLastReviewDecision, REVIEW_MONTHS);
	}

	/**
	 * The last day the review meeting can be held and still leave the local authority its
	 * 4 weeks to decide before the review is due (reg 20, 21; Code 9.176): the decision
	 * deadline less 28 days.
	 * @param reviewDecisionBy the review's deadline, from {@link #reviewDecisionBy}
	 * @return {@code reviewDecisionBy} less 28 days
	 */
	public static LocalDate latestMeetingFor(LocalDate reviewDecisionBy) {
		Objects.requireNonNull(reviewDecisionBy, "reviewDecisionBy");
		return reviewDecisionBy.minusDays(DECISION_DAYS_AFTER_MEETING);
	}

	/**
	 * The last day to invite the parent or young person, the setting's head, the SEN
	 * officer, health and social care to the review meeting: at least 2 weeks before it,
	 * SEND Regulations 2014 reg 20(2)-(3), 21(3).
	 * @param meeting the day of the review meeting
	 * @return {@code meeting} less 14 days
	 */
	public static LocalDate invitationsBy(LocalDate meeting) {
		return invitationsBy(meeting, NOTICE_DAYS_BEFORE_MEETING);
	}

	/**
	 * The last day to send the invitations, the 2 weeks of reg 20(2)-(3), 21(3) counted
	 * as the council reads them (14 days, or 15 clear days = 16); setting
	 * {@code ehcflow.readings.review-notice}.
	 * @param meeting the day of the review meeting
	 * @param noticeDays how many days before the meeting they must be sent at the latest
	 * @return {@code meeting} less {@code noticeDays}
	 */
	public static LocalDate invitationsBy(LocalDate meeting, int noticeDays) {
		Objects.requireNonNull(meeting, "meeting");
		return meeting.minusDays(noticeDays);
	}

	/**
	 * The last day to gather advice and information and circulate it to those invited: at
	 * least 2 weeks before the meeting, SEND Regulations 2014 reg 20(4), 21(4).
	 * @param meeting the day of the review meeting
	 * @return {@code meeting} less 14 days
	 */
	public static LocalDate adviceCirculatedBy(LocalDate meeting) {
		return adviceCirculatedBy(meeting, NOTICE_DAYS_BEFORE_MEETING);
	}

	/**
	 * The last day to circulate the advice, the 2 weeks of reg 20(4), 21(4) counted as
	 * the council reads them (14 days, or 15 clear days = 16); setting
	 * {@code ehcflow.readings.review-notice}.
	 * @param meeting the day of the review meeting
	 * @param noticeDays how many days before the meeting it must be circulated at the
	 * latest
	 * @return {@code meeting} less {@code noticeDays}
	 */
	public static LocalDate adviceCirculatedBy(LocalDate meeting, int noticeDays) {
		Objects.requireNonNull(meeting, "meeting");
		return meeting.minusDays(noticeDays);
	}

	/**
	 * The last day to send the report of the review meeting to everyone invited: within 2
	 * weeks of the meeting, SEND Regulations 2014 reg 20(7), 21(7).
	 * @param meeting the day of the review meeting
	 * @return {@code meeting} plus 14 days
	 */
	public static LocalDate reportBy(LocalDate meeting) {
		Objects.requireNonNull(meeting, "meeting");
		return meeting.plusDays(REPORT_DAYS_AFTER_MEETING);
	}

	/**
	 * The last day to decide to maintain, amend or cease the plan and notify the family:
	 * within 4 weeks of the meeting, SEND Regulations 2014 reg 20, 21 and SEND Code of
	 * Practice 9.176. A decision to amend comes with the proposed amendments (reg 22(2)).
	 * @param meeting the day of the review meeting
	 * @return {@code meeting} plus 28 days
	 */
	public static LocalDate decisionBy(LocalDate meeting) {
		Objects.requireNonNull(meeting, "meeting");
		return meeting.plusDays(DECISION_DAYS_AFTER_MEETING);
	}

	/**
	 * The last day of the family's window to make representations on proposed amendments,
	 * request a school or ask for a meeting: at least 15 days beginning with the day the
	 * amendment notice was served, SEND Regulations 2014 reg 22(2)(c). The day of service
	 * is day 1.
	 * @param noticeServed the day the amendment notice was served
	 * @return {@code noticeServed} plus 14 days
	 */
	public static LocalDate amendmentRepresentationsBy(LocalDate noticeServed) {
		Objects.requireNonNull(noticeServed, "noticeServed");
		return TimeLimits.daysBeginningWith(noticeServed, AMENDMENT_REPRESENTATIONS_DAYS);
	}

	/**
	 * The last day to issue the final amended plan, or a notice of the decision not to
	 * amend with appeal rights: within 8 weeks of the amendment notice, SEND Regulations
	 * 2014 reg 22(3)-(5). There are no exceptions.
	 * @param amendmentNotice the day of the amendment notice (day 0)
	 * @return {@code amendmentNotice} plus 8 weeks
	 */
	public static LocalDate amendedPlanBy(LocalDate amendmentNotice) {
		Objects.requireNonNull(amendmentNotice, "amendmentNotice");
		return TimeLimits.weeksFrom(amendmentNotice, AMENDED_PLAN_WEEKS);
	}

	/**
	 * The last day to review and amend the plan so that it names the next school or
	 * institution at a phase transfer. SEND Regulations 2014 reg 18(1) says "before": 15
	 * February, reg 18(1)(b) ("in any other case"), and 31 March, reg 18(1)(a) (secondary
	 * school to a post-16 institution), are the first unlawful days, so the last lawful
	 * days are 14 February and 30 March of the calendar year of transfer (the year of the
	 * September in which the child moves).
	 * @param calendarYearOfTransfer the calendar year of the September in which the child
	 * moves
	 * @param secondaryToPost16 {@code true} for a move from secondary school to a post-16
	 * institution (reg 18(1)(a))
	 * @return 30 March of that year for secondary to post-16, otherwise 14 February
	 */
	public static LocalDate phaseTransferPlanBy(int calendarYearOfTransfer, boolean secondaryToPost16) {
		return secondaryToPost16 ? LocalDate.of(calendarYearOfTransfer, Month.MARCH, 30)
				: LocalDate.of(calendarYearOfTransfer, Month.FEBRUARY, 14);
	}

	/**
	 * The reg 18(1) date of a transfer between phases (reg 2(1)) decided from the year
	 * group <em>today</em>: a child "within 12 months of a transfer" is one whose current
	 * academic year ends with the move, so the transfer is in September of the calendar
	 * year after today's academic year began.
	 * @param today today in the council's time zone
	 * @param secondaryToPost16 {@code true} for a move from secondary school to post-16,
	 * reg 18(1)(a)
	 * @return 14 February (or 30 March) of the year of the coming September's transfer
	 */
	public static LocalDate phaseTransferPlanByForTransferThisAcademicYear(LocalDate today, boolean secondaryToPost16) {
		Objects.requireNonNull(today, "today");
		return phaseTransferPlanBy(AcademicCalendar.yearOfTransferAfter(today), secondaryToPost16);
	}

	/**
	 * The latest day to hold a phase-transfer review meeting so that the 4 weeks to
	 * decide and the 8 weeks to finalise (reg 20, 22(3)) both fit before the reg 18 date:
	 * 12 weeks before it. This is planning guidance from the timeline, not a statutory
	 * limit; invitations go 2 weeks earlier still ({@link #invitationsBy}).
	 * @param phaseTransferPlanBy the reg 18 date, from {@link #phaseTransferPlanBy}
	 * @return {@code phaseTransferPlanBy} less 12 weeks
	 */
	public static LocalDate latestPhaseTransferMeeting(LocalDate phaseTransferPlanBy) {
		Objects.requireNonNull(phaseTransferPlanBy, "phaseTransferPlanBy");
		return phaseTransferPlanBy.minusWeeks(PHASE_TRANSFER_MEETING_WEEKS_BEFORE);
	}

	/**
	 * The target day for the next review decision of a child under 5: local authorities
	 * should consider reviewing at least every 3 to 6 months, SEND Code of Practice
	 * 9.178. A target with a reminder, never a breach: the statutory limit stays
	 * {@link #reviewDecisionBy} (CFA 2014 s44(1)) (default
	 * {@value #DEFAULT_UNDER_FIVE_REVIEW_MONTHS}). Counted like the annual review, within
	 * the months starting with the last decision
	 * ({@link TimeLimits#withinMonthsStartingWith}).
	 * @param lastDecision the day of the last review decision, or the day the plan was
	 * issued
	 * @param months the interval in months, 1 to 12 (the Code expects 3 to 6; 12 is the
	 * statutory limit of CFA 2014 s44(1))
	 * @return {@code lastDecision} plus {@code months} months, less one day
	 */
	public static LocalDate underFiveReviewDecisionBy(LocalDate lastDecision, int months) {
		Objects.requireNonNull(lastDecision, "lastDecision");
		if (months < 1 || months > REVIEW_MONTHS) {
			throw new IllegalArgumentException("months must be from 1 to " + REVIEW_MONTHS + ", was " + months);
		}
		return TimeLimits.withinMonthsStartingWith(lastDecision, months);
	}

	/**
	 * The day to start a review (ask for advice, then invite):
	 * {@value #REVIEW_STARTS_WEEKS_BEFORE_MEETING} weeks before the latest day for its
	 * meeting, so that advice can come back and be circulated 2 weeks before it (reg
	 * 20(4)). Planning, not law.
	 * @param reviewMeetingBy the latest day for the meeting
	 * @return {@code reviewMeetingBy} less 8 weeks
	 */
	public static LocalDate reviewStartsOn(LocalDate reviewMeetingBy) {
		Objects.requireNonNull(reviewMeetingBy, "reviewMeetingBy");
		return reviewMeetingBy.minusWeeks(REVIEW_STARTS_WEEKS_BEFORE_MEETING);
	}

	/**
	 * The last day of the family's right to appeal a decision to cease the plan, during
	 * which the plan stays in force (CFA 2014 s45, SEND Regulations 2014 reg 31): the
	 * later of 2 months after the notice was sent and 1 month after a mediation
	 * certificate, moved by HESC r12 ({@link TribunalTimeLimits#appealBy}).
	 * @param ceaseNotice the day the notice of the decision to cease was sent
	 * @param mediationCertificate the mediation certificate's date, or {@code null}
	 */
	public static LocalDate ceaseAppealWindowEnds(LocalDate ceaseNotice, LocalDate mediationCertificate) {
		return TribunalTimeLimits.appealBy(ceaseNotice, mediationCertificate);
	}

}
