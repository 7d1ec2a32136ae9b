package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.notify.Notifications;
import org.ehcflow.notify.OutgoingEmail;
import org.ehcflow.notify.Recipients;
import org.ehcflow.security.Groups;
import org.ehcflow.statutory.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records that a statutory deadline was missed ({@code <step>BreachedDate}, kept in the
 * engine's history) and tells the SEND managers. Nothing is silently late. Inputs:
 * {@code step}, {@code dueBy}.
 */
@Component("deadlineBreach")
class DeadlineBreach implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(DeadlineBreach.class);

	private final Recipients recipients;

	private final Notifications notifications;

	private final Clock clock;

	DeadlineBreach(Recipients recipients, Notifications notifications, Clock clock) {
		this.recipients = recipients;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Step step = Step.byId((String) execution.getVariableLocal("step")).orElseThrow();
		String dueBy = execution.getVariableLocal("dueBy").toString();
		String caseReference = execution.getProcessBusinessKey();
		String today = LocalDate.now(clock).toString();
		execution.setVariable(step.id() + "BreachedDate", today);

		Map<String, Object> model = new HashMap<>();
		model.put("caseReference", caseReference);
		model.put("stepTitle", step.title());
		model.put("regulation", step.regulation());
		model.put("dueBy", dueBy);
		model.put("breachedDate", today);
		notifications.queue(new OutgoingEmail(execution.getProcessInstanceId() + ":" + step.id() + ":breach:" + dueBy,
				caseReference, execution.getProcessInstanceId(), recipients.membersOf(Groups.MANAGERS),
				"deadline-breached", model));
		log.warn("Case {}: statutory deadline for {} ({}) missed: due {}", caseReference, step.id(), step.regulation(),
				dueBy);
	}

}
