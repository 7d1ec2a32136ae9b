package org.ehcflow.advice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.common.Variables;
import org.ehcflow.notify.Notifications;
import org.ehcflow.notify.OutgoingEmail;
import org.ehcflow.notify.Recipients;
import org.ehcflow.security.Groups;
import org.springframework.stereotype.Component;

/**
 * What the emails of {@code adviceRequest} share: their model, who the case's caseworker
 * is, and the one way a portal link leaves EHC Flow.
 * <p>
 * A link's token exists only in the email that carries it (the database keeps its hash).
 * So a link is issued in the same transaction as its email is queued, and only when that
 * email (its key, for that recipient) is not queued yet: a step that runs again, for
 * example a retried job, finds the email and issues nothing. A rolled-back step rolls
 * back both.
 */
@Component
class AdviceEmails {

	/**
	 * How long a link can live at most: the advice's due date plus 26 weeks, to the end
	 * of that day.
	 */
	static final int LINK_WEEKS_AFTER_DUE = 26;

	private final AdviceLinks links;

	private final Notifications notifications;

	private final AdviceContacts contacts;

	private final Recipients recipients;

	private final EhcFlowProperties properties;

	AdviceEmails(AdviceLinks links, Notifications notifications, AdviceContacts contacts, Recipients recipients,
			EhcFlowProperties properties) {
		this.links = links;
		this.notifications = notifications;
		this.contacts = contacts;
		this.recipients = recipients;
		this.properties = properties;
	}

	/**
	 * Queues an email to the advice giver with a new personal link, unless an email with
	 * this key is already queued for them.
	 * @return whether the email was queued now
	 */
	boolean sendWithLink(DelegateExecution execution, String key, String recipient, String template,
			Map<String, Object> extra) {
		if (isQueued(key, recipient)) {
			return false;
		}
		String caseReference = caseReference(execution);
		String token = links.issue(execution.getProcessInstanceId(), caseReference,
				(String) execution.getVariable(AdviceSteps.ADVICE_SERVICE), recipient.strip(),
				linkExpiry(Variables.date(execution, AdviceSteps.ADVICE_DUE_BY)));
		Map<String, Object> model = model(execution);
		model.put("adviceToken", token);
		model.putAll(extra);
		return notifications.queue(new OutgoingEmail(key, caseReference, execution.getProcessInstanceId(),
				List.of(recipient), template, model)) > 0;
	}

	/** Queues an email without a link, once per key and recipient. */
	void send(DelegateExecution execution, String key, List<String> to, String template, Map<String, Object> extra) {
		Map<String, Object> model = model(execution);
		model.putAll(extra);
		notifications.queue(new OutgoingEmail(key, caseReference(execution), execution.getProcessInstanceId(), to,
				template, model));
	}

	boolean isQueued(String key, String recipient) {
		return notifications.isQueued(key, recipient.strip());
	}

	/** The end of the day 26 weeks after the due date, in the council's time zone. */
	Instant linkExpiry(LocalDate adviceDueBy) {
		return adviceDueBy.plusWeeks(LINK_WEEKS_AFTER_DUE).plusDays(1).atStartOfDay(properties.timeZone()).toInstant();
	}

	/**
	 * The case's caseworker: the person who took the case on ({@code caseOwner}), if they
	 * have an address; otherwise every member of {@code send-caseworkers}.
	 */
	List<String> caseworkers(DelegateExecution execution) {
		String owner = Variables.string(execution, AdviceSteps.CASE_OWNER);
		if (owner != null && !owner.isBlank()) {
			List<String> ownerEmail = recipients.emailOf(owner).stream().toList();
			if (!ownerEmail.isEmpty()) {
				return ownerEmail;
			}
		}
		return recipients.membersOf(Groups.CASEWORKERS);
	}

	/**
	 * The law under which advice for a review is sought and due, not reg 6 / reg 8(1) of
	 * an assessment.
	 */
	static final String REVIEW_ADVICE_REGULATION = "SEND Regulations 2014 reg 20(4), 21(4)";

	/**
	 * What every advice email shows. Never the child's name: the case reference
	 * identifies the case.
	 */
	private Map<String, Object> model(DelegateExecution execution) {
		AdviceService service = AdviceService.valueOf((String) execution.getVariable(AdviceSteps.ADVICE_SERVICE));
		Map<String, Object> model = new HashMap<>();
		model.put("caseReference", caseReference(execution));
		model.put("adviceService", service.name());
		model.put("adviceServiceName", service.displayName());
		model.put("serviceTeamName", contacts.directoryNameOf(service.name()).orElse(service.displayName()));
		model.put("adviceAsked", AdviceAsked.describe(service));
		model.put("regulation", service.regulation());
		model.put("toParent", service == AdviceService.PARENT);
		model.put("adviceRequestedDate", Variables.string(execution, AdviceSteps.ADVICE_REQUESTED_DATE));
		model.put("adviceDueBy", Variables.string(execution, AdviceSteps.ADVICE_DUE_BY));
		// Advice for an annual review (reg 20(4)) is asked for in the review's own words.
		boolean forReview = "REVIEW".equals(Variables.string(execution, AdviceSteps.ADVICE_FOR));
		model.put("forReview", forReview);
		if (forReview) {
			// Sought for a review: gathered and circulated at least 2 weeks before the
			// meeting (reg 20(4), 21(4)).
			model.put("regulation", REVIEW_ADVICE_REGULATION);
		}
		model.put("adviceFor", forReview ? "EHC plan review" : "EHC needs assessment");
		List<String> owner = new ArrayList<>();
		String ownerId = Variables.string(execution, AdviceSteps.CASE_OWNER);
		if (ownerId != null && !ownerId.isBlank()) {
			recipients.emailOf(ownerId).ifPresent(owner::add);
		}
		model.put("contactEmail", owner.isEmpty() ? properties.mailFrom() : owner.get(0));
		return model;
	}

	static String caseReference(DelegateExecution execution) {
		Object reference = execution.getVariable("caseReference");
		return reference != null ? reference.toString() : execution.getProcessBusinessKey();
	}

}
