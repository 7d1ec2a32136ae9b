package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits inside an EHC needs assessment that run from a step, not from the
 * request: advice, the family's response to the draft plan and the consultation with a
 * requested setting.
 */
public final class AssessmentTimeLimits {

	/**
	 * Weeks an adviser has from receiving the request for advice, SEND Regulations 2014
	 * reg 8(1).
	 */
	public static final int ADVICE_WEEKS = 6;

	/**
	 * Days, beginning with service, the family has to respond to the draft, reg 13(1).
	 */
	public static final int DRAFT_REPRESENTATIONS_DAYS = 15;

	/**
	 * Days a requested school or college should take to reply, SEND Code of Practice
	 * 9.83.
	 */
	public static final int SETTING_CONSULTATION_DAYS = 15;

	private AssessmentTimeLimits() {
	}

	/**
	 * The last day for advice to come back: 6 weeks from the day the adviser was asked,
	 * SEND Regulations 2014 reg 8(1) (a must for bodies under CFA 2014 s31; the Code
	 * expects every adviser to meet it). The exceptions of reg 8(2) do not move the date.
	 * @param adviceRequested the day the request for advice was sent (day 0)
	 * @return {@code adviceRequested} plus 6 weeks
	 */
	public static LocalDate adviceDueBy(LocalDate adviceRequested) {
		Objects.requireNonNull(adviceRequested, "adviceRequested");
		return TimeLimits.weeksFrom(adviceRequested, ADVICE_WEEKS);
	}

	/**
	 * The last day of the family's window to comment on the draft plan, ask for a meeting
	 * or request a school or college: at least 15 days beginning with the day the draft
	 * was served, SEND Regulations 2014 reg 13(1). The day of service is day 1.
	 * @param draftServed the day the draft plan was served
	 * @return {@code draftServed} plus 14 days
	 */
	public static LocalDate draftRepresentationsBy(LocalDate draftServed) {
		Objects.requireNonNull(draftServed, "draftServed");
		return TimeLimits.daysBeginningWith(draftServed, DRAFT_REPRESENTATIONS_DAYS);
	}

	/**
	 * The first day the final plan may be issued: the day after the 15-day window of reg
	 * 13(1) closes, since the family must have at least those 15 days.
	 * @param draftServed the day the draft plan was served
	 * @return {@code draftServed} plus 15 days
	 */
	public static LocalDate earliestFinalPlanDate(LocalDate draftServed) {
		return draftRepresentationsBy(draftServed).plusDays(1);
	}

	/**
	 * The day by which the requested (or proposed) school or college should reply to the
	 * consultation: within 15 days of it being sent, CFA 2014 s39-40 and SEND Code of
	 * Practice 9.83. The local authority decides anyway if it has not replied.
	 * @param consultationSent the day the consultation was sent
	 * @return {@code consultationSent} plus 15 days
	 */
	public static LocalDate settingConsultationBy(LocalDate consultationSent) {
		Objects.requireNonNull(consultationSent, "consultationSent");
		return consultationSent.plusDays(SETTING_CONSULTATION_DAYS);
	}

}
