package org.ehcflow.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The last day an EHC plan may be maintained because of the young person's age. A young
 * person is under 25 (CFA 2014 s83(2)); the local authority may maintain the plan "until
 * the end of the academic year during which the young person attains the age of 25" (CFA
 * 2014 s46). For s46 the academic year of a young person at an institution in the further
 * education sector ends on 31 July (SEND Regulations 2014 reg 46(1)(a)): the academic
 * year runs 1 August to 31 July.
 * <p>
 * Reading (documented in docs/plan-process.md): EHC Flow shows 31 July, the latest day
 * reg 46 gives in the common case, as the plan's end by age; for apprenticeships and
 * other courses reg 46(1)(b) -(c) may end the year earlier (when the training or course
 * ends), never later than the day before the 26th birthday, which 31 July never passes.
 * The caseworker records an earlier end by ceasing the plan.
 */
public final class PlanAgeLimit {

	/** The age in whose academic year the plan may last be maintained, CFA 2014 s46. */
	public static final int MAXIMUM_AGE = 25;

	/**
	 * Weeks before that day on which the caseworker is asked to end the plan (planning,
	 * not law).
	 */
	public static final int CASEWORKER_TASK_WEEKS_BEFORE = 8;

	private PlanAgeLimit() {
	}

	/**
	 * The end of the academic year (1 August to 31 July) during which the young person
	 * turns 25.
	 * @param dateOfBirth the date of birth
	 * @return 31 July of that academic year
	 */
	public static LocalDate planEndsByAge(LocalDate dateOfBirth) {
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		LocalDate birthday = dateOfBirth.plusYears(MAXIMUM_AGE);
		int endYear = birthday.getMonthValue() >= Month.AUGUST.getValue() ? birthday.getYear() + 1 : birthday.getYear();
		return LocalDate.of(endYear, Month.JULY, 31);
	}

	/** The day the caseworker's task to end the plan at the age limit appears. */
	public static LocalDate caseworkerTaskOn(LocalDate dateOfBirth) {
		return planEndsByAge(dateOfBirth).minusWeeks(CASEWORKER_TASK_WEEKS_BEFORE);
	}

}
