package org.ehcflow.review;

import static org.ehcflow.review.ReviewVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ehcflow.common.Variables;
import org.ehcflow.notify.Notifications;
import org.ehcflow.notify.OutgoingEmail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review's emails, queued in the outbox in the same transaction as the step, so each
 * is sent exactly once even when the step is retried. Subjects carry the case reference,
 * never a name.
 */
@Configuration(proxyBeanMethods = false)
class ReviewNotices {

	static final String INVITATION = "review-invitation";

	/**
	 * Invites everyone reg 20(2) names whose address the caseworker gave: the parent or
	 * young person, the setting, health and social care; records
	 * {@code invitationsSentDate}. SEND Regulations 2014 reg 20(2)-(3), 21(3).
	 */
	@Bean
	JavaDelegate reviewInvitations(Notifications notifications, Clock clock) {
		return execution -> {
			List<String> to = addresses(execution, PARENT_EMAIL, SETTING_EMAIL, HEALTH_EMAIL, SOCIAL_CARE_EMAIL);
			queue(notifications, execution, INVITATION, to);
			Variables.setDate(execution, INVITATIONS_SENT_DATE, LocalDate.now(clock));
		};
	}

	/**
	 * Sends the parent or young person a notice the law requires in writing: input
	 * {@code notice} names the mail template; with {@code copyToSetting} = true the
	 * setting gets it too (the decision after a review goes to the head as well, reg 20,
	 * 21).
	 */
	@Bean
	JavaDelegate reviewNotice(Notifications notifications) {
		return execution -> {
			String notice = (String) execution.getVariableLocal("notice");
			boolean copyToSetting = "true".equals(String.valueOf(execution.getVariableLocal("copyToSetting")));
			List<String> to = copyToSetting ? addresses(execution, PARENT_EMAIL, SETTING_EMAIL)
					: addresses(execution, PARENT_EMAIL);
			queue(notifications, execution, notice, to);
		};
	}

	private static void queue(Notifications notifications, DelegateExecution execution, String template,
			List<String> to) {
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		model.remove("childFirstName");
		model.remove("childLastName");
		model.remove("childDateOfBirth");
		String caseReference = execution.getProcessBusinessKey();
		model.put(CASE_REFERENCE, caseReference);
		Object ceaseNotice = execution.getVariable(CEASE_NOTICE_DATE);
		if ("review-decision-cease".equals(template) && ceaseNotice != null) {
			// the rights count from the day the notice to cease was sent, as the plan's
			// appeal window does
			model.put(Notifications.NOTICE_SENT_DATE, ceaseNotice.toString());
		}
		notifications.queue(new OutgoingEmail(execution.getProcessInstanceId() + ":" + template, caseReference,
				execution.getProcessInstanceId(), to, template, model));
	}

	private static List<String> addresses(DelegateExecution execution, String... variables) {
		List<String> to = new ArrayList<>();
		for (String variable : variables) {
			String address = Variables.string(execution, variable);
			if (address != null && !address.isBlank()) {
				to.add(address.strip());
			}
		}
		return to;
	}

}
