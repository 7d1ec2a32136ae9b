package org.ehcflow.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Remind the advice giver" ({@code Task_RemindAdviceGiver}), on the days
 * {@code ehcflow.advice.reminder-days-before} sets (default 14 and 3 days before
 * {@code adviceDueBy}): emails {@code advice-reminder} with a new personal link.
 * <p>
 * Why a new link: a busy advice giver acts on the email in front of them, and a reminder
 * that sends them looking for a weeks-old email loses them. A link is stored only as its
 * hash, so the first link cannot be sent again; a fresh one is issued with each reminder
 * and the earlier ones keep working (until one of them is used, or the request closes).
 * <p>
 * Each reminder day is sent once (key
 * {@code <processInstanceId>:advice-reminder:<days before>}); if the timer fires late,
 * the latest reminder day reached is the one sent. No reminder is sent for a day that
 * came before the request was made, after the due date, or without an address. Records
 * {@code adviceGiverRemindedDate}.
 */
@Component("adviceGiverReminder")
class AdviceGiverReminder implements JavaDelegate {

	static final String TEMPLATE = "advice-reminder";

	private static final Logger log = LoggerFactory.getLogger(AdviceGiverReminder.class);

	private final AdviceTimers timers;

	private final AdviceEmails emails;

	private final Clock clock;

	AdviceGiverReminder(AdviceTimers timers, AdviceEmails emails, Clock clock) {
		this.timers = timers;
		this.emails = emails;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseReference = AdviceEmails.caseReference(execution);
		String contact = Variables.string(execution, AdviceSteps.ADVICE_CONTACT);
		if (Variables.isTrue(execution, AdviceSteps.ADVICE_CONTACT_MISSING) || contact == null || contact.isBlank()) {
			log.info("Case {}: no reminder to the advice giver, no address is known", caseReference);
			return;
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate due = Variables.date(execution, AdviceSteps.ADVICE_DUE_BY);
		LocalDate requested = Variables.date(execution, AdviceSteps.ADVICE_REQUESTED_DATE);
		Optional<Integer> reached = today.isAfter(due) ? Optional.empty()
				: timers.reminderDaysBefore()
					.stream()
					.filter(days -> !due.minusDays(days).isAfter(today))
					.filter(days -> requested == null || due.minusDays(days).isAfter(requested))
					.min(Comparator.naturalOrder());
		if (reached.isEmpty()) {
			log.info("Case {}: no reminder day for the advice giver today", caseReference);
			return;
		}
		boolean sent = emails.sendWithLink(execution,
				execution.getProcessInstanceId() + ":" + TEMPLATE + ":" + reached.get(), contact, TEMPLATE,
				Map.of("daysLeft", ChronoUnit.DAYS.between(today, due)));
		if (sent) {
			Variables.setDate(execution, AdviceSteps.ADVICE_GIVER_REMINDED_DATE, today);
			log.info("Case {}: advice giver reminded, {} days before the advice is due", caseReference, reached.get());
		}
	}

}
