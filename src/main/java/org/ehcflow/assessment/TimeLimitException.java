package org.ehcflow.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded lawful exception to a time limit (SEND Regulations 2014 reg 5(4), 8(2),
 * 10(4), 13(3)). It never moves the statutory date; it explains a late step and sets
 * SEN2's Week20 flag.
 *
 * @param caseReference the case
 * @param step the timeline step it excuses, e.g. {@code decideWhetherToAssess}
 * @param reason an {@link org.ehcflow.statutory.ExceptionReason} name
 * @param regulation the paragraph that makes it lawful, e.g. "SEND Regulations 2014 reg
 * 5(4)(d)"
 * @param startDate the first day the exception covers
 * @param endDate the last day it covers, or {@code null} while it goes on
 * @param adviceAskedDate for a setting's closure (reg 5(4)(a)-(b), 10(4)(a)-(b)), the day
 * the setting was asked for advice, which must fall in the closure window; otherwise
 * {@code null}
 * @param evidence what shows it applies
 * @param familyToldOfDelay whether the parent or young person was told
 * @param recordedBy the user who recorded it
 * @param recordedAt when it was recorded
 */
public record TimeLimitException(String caseReference, String step, String reason, String regulation,
		LocalDate startDate, LocalDate endDate, LocalDate adviceAskedDate, String evidence, boolean familyToldOfDelay,
		String recordedBy, Instant recordedAt) {
}
