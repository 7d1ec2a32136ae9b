package org.ehcflow.statutory;

import java.time.LocalDate;

/**
 * Which days are working days. Tribunal Procedure (First-tier Tribunal) (Health,
 * Education and Social Care Chamber) Rules 2008 r1(3): a "working day" is any day except
 * a Saturday or Sunday, Christmas Day, Good Friday or a bank holiday under section 1 of
 * the Banking and Financial Dealings Act 1971. The one place where bank holidays change a
 * date EHC Flow keeps (HESC r12); fed by a maintained calendar
 * ({@link EnglandAndWalesWorkingDays}), never a hand-kept list.
 */
@FunctionalInterface
public interface WorkingDays {

	/** Whether {@code day} is a working day. */
	boolean isWorkingDay(LocalDate day);

	/** {@code day} itself if it is a working day, else the next working day after it. */
	default LocalDate onOrNext(LocalDate day) {
		LocalDate next = day;
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The first working day after {@code day} (not {@code day} itself). */
	default LocalDate firstAfter(LocalDate day) {
		return onOrNext(day.plusDays(1));
	}

}
