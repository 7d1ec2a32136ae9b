package org.ehcflow.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The family's time limits to go to mediation and appeal to the First-tier Tribunal
 * (SEND) after a decision notice: SEND Regulations 2014 reg 33 and the Tribunal Procedure
 * (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 r20(1)(c)
 * and r12.
 * <p>
 * Counting: "2 months after the date on which written notice of the decision was sent" is
 * the notice date plus 2 months ({@link TimeLimits#monthsAfter}; java.time clamps the
 * 31sts); "1 month after the date of the mediation certificate" likewise. The later of
 * the two is the last day, then r12 moves it: a last day from 25 December to 1 January,
 * or in August, becomes the first working day after 1 January / 31 August; any other last
 * day that is not a working day becomes the next working day.
 */
public final class TribunalTimeLimits {

	/** Months after the notice was sent to appeal, HESC Rules r20(1)(c). */
	public static final int APPEAL_MONTHS_AFTER_NOTICE = 2;

	/** Months after a mediation certificate to appeal, if later, HESC Rules r20(1)(c). */
	public static final int APPEAL_MONTHS_AFTER_MEDIATION_CERTIFICATE = 1;

	/**
	 * Months after the notice was sent to contact the mediation adviser, SEND Regulations
	 * 2014 reg 33.
	 */
	public static final int MEDIATION_CONTACT_MONTHS = 2;

	private TribunalTimeLimits() {
	}

	/**
	 * The last day to appeal to the Tribunal: the later of 2 months after the notice was
	 * sent and 1 month after the mediation certificate (HESC r20(1)(c)), moved by HESC
	 * r12.
	 * @param noticeSent the day the written notice of the decision was sent
	 * @param mediationCertificate the date of the mediation certificate, or {@code null}
	 * if none
	 * @param workingDays the working-day calendar (England and Wales)
	 */
	public static LocalDate appealBy(LocalDate noticeSent, LocalDate mediationCertificate, WorkingDays workingDays) {
		Objects.requireNonNull(noticeSent, "noticeSent");
		Objects.requireNonNull(workingDays, "workingDays");
		LocalDate last = TimeLimits.monthsAfter(noticeSent, APPEAL_MONTHS_AFTER_NOTICE);
		if (mediationCertificate != null) {
			LocalDate afterCertificate = TimeLimits.monthsAfter(mediationCertificate,
					APPEAL_MONTHS_AFTER_MEDIATION_CERTIFICATE);
			if (afterCertificate.isAfter(last)) {
				last = afterCertificate;
			}
		}
		return movedByRule12(last, workingDays);
	}

	/**
	 * {@link #appealBy(LocalDate, LocalDate, WorkingDays)} with the England-and-Wales
	 * calendar.
	 */
	public static LocalDate appealBy(LocalDate noticeSent, LocalDate mediationCertificate) {
		return appealBy(noticeSent, mediationCertificate, EnglandAndWalesWorkingDays.calendar());
	}

	/**
	 * HESC Rules r12: a last day from 25 December to 1 January inclusive moves to the
	 * first working day after 1 January (r12(3)); a last day in August to the first
	 * working day after 31 August; any other day that is not a working day to the next
	 * working day (r12(2)).
	 */
	public static LocalDate movedByRule12(LocalDate lastDay, WorkingDays workingDays) {
		Objects.requireNonNull(lastDay, "lastDay");
		if (lastDay.getMonth() == Month.DECEMBER && lastDay.getDayOfMonth() >= 25) {
			return workingDays.firstAfter(LocalDate.of(lastDay.getYear() + 1, 1, 1));
		}
		if (lastDay.getMonth() == Month.JANUARY && lastDay.getDayOfMonth() == 1) {
			return workingDays.firstAfter(lastDay);
		}
		if (lastDay.getMonth() == Month.AUGUST) {
			return workingDays.firstAfter(LocalDate.of(lastDay.getYear(), 8, 31));
		}
		return workingDays.onOrNext(lastDay);
	}

	/**
	 * The last day to contact the mediation adviser: 2 months after the notice was sent,
	 * SEND Regulations 2014 reg 33 (calendar months, no working-day rule).
	 */
	public static LocalDate mediationContactBy(LocalDate noticeSent) {
		return TimeLimits.monthsAfter(noticeSent, MEDIATION_CONTACT_MONTHS);
	}

}
