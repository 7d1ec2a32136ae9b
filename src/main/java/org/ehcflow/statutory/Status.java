package org.ehcflow.statutory;

import java.time.LocalDate;
import java.util.Objects;

/** Where a step stands against its time limit. */
public enum Status {

	/** Not done yet, and the deadline has not passed (or there is none). */
	OPEN,

	/** Not done yet, and the deadline day has passed. */
	OVERDUE,

	/** Done on or before the deadline day. */
	ON_TIME,

	/** Done after the deadline day. */
	LATE,

	/**
	 * The step does not apply to this case (for example no setting was requested, so
	 * there is no consultation). {@link #of} never returns it: callers who know the step
	 * is skipped use it.
	 */
	NOT_APPLICABLE,

	/**
	 * A target of the Code (a "should", such as the under-5s' 3 to 6 months of SEND Code
	 * of Practice 9.178) that passed before the step was done: shown, never a breach,
	 * never counted as overdue or late. Only {@link #ofTarget} returns it.
	 */
	TARGET_PASSED;

	/**
	 * The status of a step against a target rather than a statutory limit: {@code OPEN}
	 * until the target day, {@code ON_TIME} when done by it, {@link #TARGET_PASSED}
	 * otherwise.
	 * @param targetBy the target day
	 * @param completedOn the day the step was done, or {@code null}
	 * @param today today
	 * @return the status
	 */
	public static Status ofTarget(LocalDate targetBy, LocalDate completedOn, LocalDate today) {
		Status status = of(targetBy, completedOn, today);
		return status == OVERDUE || status == LATE ? TARGET_PASSED : status;
	}

	/**
	 * The status of a step on {@code today}. A deadline is a whole day: anything done on
	 * the day itself is on time, and a step is overdue only from the day after (the
	 * timeline's counting policy; "within N weeks" includes the last day). A recorded
	 * exception does not change the status: the statutory date is always the one
	 * compared.
	 * @param dueBy the statutory deadline, or {@code null} when the step has none
	 * @param completedOn the day the step was done, or {@code null} when it is not done
	 * @param today the current day in the council's time zone; needed only when
	 * {@code completedOn} is {@code null} and {@code dueBy} is not
	 * @return {@code OPEN} while {@code today <= dueBy}, {@code OVERDUE} after, when not
	 * done; {@code ON_TIME} when {@code completedOn <= dueBy}, {@code LATE} after, when
	 * done; with no deadline, {@code OPEN} when not done and {@code ON_TIME} when done
	 */
	public static Status of(LocalDate dueBy, LocalDate completedOn, LocalDate today) {
		if (completedOn != null) {
			return (dueBy == null || !completedOn.isAfter(dueBy)) ? ON_TIME : LATE;
		}
		if (dueBy == null) {
			return OPEN;
		}
		Objects.requireNonNull(today, "today");
		return today.isAfter(dueBy) ? OVERDUE : OPEN;
	}

}
