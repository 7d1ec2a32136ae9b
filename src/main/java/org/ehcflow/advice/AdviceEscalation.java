package org.ehcflow.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Escalate to manager and caseworker" ({@code Task_EscalateAdvice}): on the day the
 * advice is due and every 7 days after while it is awaited, emails
 * {@code advice-escalation} to the service's manager ({@code manager_email} in the
 * directory) and the case's caseworker ({@code caseOwner}, else the
 * {@code send-caseworkers} group). Advice is due within 6 weeks of the request for an
 * assessment (SEND Regulations 2014 reg 8(1)), and 2 weeks before the meeting for a
 * review (reg 20(4), 21(4)); the email says which. Each day's escalation is sent once
 * (key {@code <processInstanceId>:advice-escalation:<date>}). Records
 * {@code adviceEscalatedDate}.
 */
@Component("adviceEscalation")
class AdviceEscalation implements JavaDelegate {

	static final String TEMPLATE = "advice-escalation";

	private static final Logger log = LoggerFactory.getLogger(AdviceEscalation.class);

	private final AdviceContacts contacts;

	private final AdviceEmails emails;

	private final Clock clock;

	AdviceEscalation(AdviceContacts contacts, AdviceEmails emails, Clock clock) {
		this.contacts = contacts;
		this.emails = emails;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String service = (String) execution.getVariable(AdviceSteps.ADVICE_SERVICE);
		LocalDate today = LocalDate.now(clock);
		LocalDate due = Variables.date(execution, AdviceSteps.ADVICE_DUE_BY);
		List<String> to = new ArrayList<>();
		String manager = contacts.managerFor(service);
		if (!manager.isBlank()) {
			to.add(manager);
		}
		to.addAll(emails.caseworkers(execution));
		String contact = Variables.string(execution, AdviceSteps.ADVICE_CONTACT);
		emails.send(execution, execution.getProcessInstanceId() + ":" + TEMPLATE + ":" + today, to, TEMPLATE,
				Map.of("daysLate", Math.max(0, ChronoUnit.DAYS.between(due, today)), "adviceContact",
						contact == null ? "" : contact, "adviceContactMissing",
						Variables.isTrue(execution, AdviceSteps.ADVICE_CONTACT_MISSING)));
		Variables.setDate(execution, AdviceSteps.ADVICE_ESCALATED_DATE, today);
		log.info("Case {}: {} advice escalated to {} people, {} days after it was due",
				AdviceEmails.caseReference(execution), service, to.size(), ChronoUnit.DAYS.between(due, today));
	}

}
