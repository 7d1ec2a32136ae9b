package org.ehcflow.notify;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An email a step of a process wants sent.
 *
 * @param key what makes this email unique (for example
 * {@code <processInstanceId>:decision-to-assess}); queueing the same key twice for a
 * recipient queues it once, so a retried job sends nothing twice
 * @param caseReference the case it is about; the only identifier of the child a subject
 * may carry
 * @param processInstanceId the process instance that queued it, for an incident if it
 * cannot be sent
 * @param recipients the addresses; blank ones are skipped
 * @param template the mail template under {@code templates/mail/}
 * @param model the values the template shows
 */
public record OutgoingEmail(String key, String caseReference, String processInstanceId, List<String> recipients,
		String template, Map<String, Object> model) {

	public OutgoingEmail {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(template, "template");
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		model = model == null ? Map.of() : model;
	}

}
