package org.ehcflow.advice;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Ask the advice giver for advice" ({@code Task_SendAdviceRequest}): emails the advice
 * giver the request ({@code advice-request}) with their personal link to the advice
 * portal.
 * <p>
 * The address is {@code adviceContact} as the caller passed it (the case's parent or
 * setting, a one-off adviser's {@code otherAdviceEmail}, a service's intake address), or
 * else the service's intake address from the directory or configuration. With no address
 * the request is not failed: {@code adviceContactMissing} is set and the caseworker asks
 * for the advice by hand.
 * <p>
 * Sent once: the email's key is {@code <processInstanceId>:advice-request}; the link is
 * issued with it, in the same transaction, and only if it is not queued yet (see
 * {@link AdviceEmails}).
 */
@Component("adviceRequestSender")
class AdviceRequestSender implements JavaDelegate {

	static final String TEMPLATE = "advice-request";

	private static final Logger log = LoggerFactory.getLogger(AdviceRequestSender.class);

	private final AdviceContacts contacts;

	private final AdviceEmails emails;

	AdviceRequestSender(AdviceContacts contacts, AdviceEmails emails) {
		this.contacts = contacts;
		this.emails = emails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AdviceService service = AdviceService.valueOf((String) execution.getVariable(AdviceSteps.ADVICE_SERVICE));
		String contact = Variables.string(execution, AdviceSteps.ADVICE_CONTACT);
		if ((contact == null || contact.isBlank()) && service != AdviceService.PARENT
				&& service != AdviceService.EDUCATIONAL) {
			contact = contacts.intakeFor(service.name());
		}
		String caseReference = AdviceEmails.caseReference(execution);
		if (contact == null || !AdviceDirectoryRules.isEmail(contact.strip())) {
			execution.setVariable(AdviceSteps.ADVICE_CONTACT_MISSING, true);
			log.warn("Case {}: no email address is known for {} advice; the caseworker asks for it by hand",
					caseReference, service.name());
			return;
		}
		contact = contact.strip();
		execution.setVariable(AdviceSteps.ADVICE_CONTACT, contact);
		execution.setVariable(AdviceSteps.ADVICE_CONTACT_MISSING, false);
		boolean sent = emails.sendWithLink(execution, execution.getProcessInstanceId() + ":" + TEMPLATE, contact,
				TEMPLATE, Map.of());
		if (sent) {
			log.info("Case {}: {} advice requested", caseReference, service.name());
		}
		else {
			log.info("Case {}: {} advice request was already queued; nothing sent again", caseReference,
					service.name());
		}
	}

}
