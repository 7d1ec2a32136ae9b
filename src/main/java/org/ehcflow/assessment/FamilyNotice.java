package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.CASE_REFERENCE;
import static org.ehcflow.assessment.AssessmentVariables.PARENT_EMAIL;
import static org.ehcflow.assessment.AssessmentVariables.REQUIRED_ADVICE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.advice.AdviceService;
import org.ehcflow.notify.Notifications;
import org.ehcflow.notify.OutgoingEmail;
import org.springframework.stereotype.Component;

/**
 * Sends the parent or young person a notice the law requires in writing (the input
 * parameter {@code notice} names its mail template). The email is queued in the same
 * transaction as the process state, so it is sent exactly once even when this step is
 * retried.
 */
@Component("familyNotice")
class FamilyNotice implements JavaDelegate {

	private final Notifications notifications;

	FamilyNotice(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String notice = (String) execution.getVariableLocal("notice");
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		model.put("requiredAdviceNames", adviceNames(execution.getVariable(REQUIRED_ADVICE)));
		String caseReference = (String) execution.getVariable(CASE_REFERENCE);
		notifications.queue(new OutgoingEmail(execution.getProcessInstanceId() + ":" + notice, caseReference,
				execution.getProcessInstanceId(), List.of((String) execution.getVariable(PARENT_EMAIL)), notice,
				model));
	}

	private static List<String> adviceNames(Object requiredAdvice) {
		if (!(requiredAdvice instanceof List<?> services)) {
			return List.of();
		}
		return services.stream().map(code -> AdviceService.valueOf(code.toString()).displayName()).toList();
	}

}
