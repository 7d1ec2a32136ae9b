package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reg 18(1) duty of this academic year, decided from the year group <em>today</em>.
 * SEND Regulations 2014 reg 18(1): where a child or young person "is within 12 months of
 * a transfer between phases of education" (reg 2(1)), the plan must be reviewed and
 * amended to name the next institution before 15 February (reg 18(1)(b)) or, from
 * secondary school to a post-16 institution, before 31 March (reg 18(1)(a)) of the
 * calendar year of transfer. A child whose current academic year ends with a move is
 * within those 12 months from 1 September on.
 *
 * @param state what the duty asks now
 * @param planBy the last lawful day (14 February or 30 March), or {@code null} with no
 * transfer
 * @param secondaryToPost16 whether reg 18(1)(a) applies (30 March)
 */
public record PhaseTransferDuty(State state, LocalDate planBy, boolean secondaryToPost16) {

	/** What the reg 18 duty of this academic year asks. */
	public enum State {

		/** No transfer between phases at the end of this academic year. */
		NONE,

		/**
		 * A transfer is due and its date has not passed: the review is brought forward
		 * for it.
		 */
		DUE,

		/**
		 * Already reviewed and amended for it (or imported as prepared): nothing more to
		 * do.
		 */
		PREPARED,

		/**
		 * Its last lawful day has passed and the plan was not amended for it: the duty
		 * was missed, shown as overdue (a breach of reg 18), not silently dropped.
		 */
		MISSED

	}

	/** No transfer this academic year. */
	public static final PhaseTransferDuty NONE = new PhaseTransferDuty(State.NONE, null, false);

	/**
	 * Decides the duty.
	 * @param transfersAtEndOfThisAcademicYear whether the year group today and the
	 * setting's type mean a move next September (DMN {@code phaseTransfer})
	 * @param secondaryToPost16 whether that move is from secondary school to post-16, reg
	 * 18(1)(a)
	 * @param today today in the council's time zone
	 * @param preparedFor the reg 18 date a finished review (or the import) already
	 * prepared, or {@code null}
	 * @return the duty
	 */
	public static PhaseTransferDuty decide(boolean transfersAtEndOfThisAcademicYear, boolean secondaryToPost16,
			LocalDate today, LocalDate preparedFor) {
		Objects.requireNonNull(today, "today");
		if (!transfersAtEndOfThisAcademicYear) {
			return NONE;
		}
		LocalDate planBy = ReviewTimeLimits.phaseTransferPlanByForTransferThisAcademicYear(today, secondaryToPost16);
		if (planBy.equals(preparedFor)) {
			return new PhaseTransferDuty(State.PREPARED, planBy, secondaryToPost16);
		}
		if (today.isAfter(planBy)) {
			return new PhaseTransferDuty(State.MISSED, planBy, secondaryToPost16);
		}
		return new PhaseTransferDuty(State.DUE, planBy, secondaryToPost16);
	}

}
