package org.ehcflow.advice;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where an advice request goes: the parent's and the setting's addresses come from the case; each
 * service's intake address from configuration ({@code ehcflow.advice-contacts.PSYCHOLOGICAL=...}).
 */
@Component("adviceContacts")
public class AdviceContacts {

	private final Map<String, String> serviceIntakes;

	AdviceContacts(Environment environment) {
		this.serviceIntakes = Binder.get(environment)
			.bind("ehcflow.advice-contacts", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
	}

	/** The address to send a request for this advice to, or an empty string when none is known. */
	public String contactFor(VariableScope caseScope, String service) {
		Object contact = switch (AdviceService.valueOf(service)) {
			case PARENT -> caseScope.getVariable("parentEmail");
			case EDUCATIONAL -> caseScope.getVariable("settingEmail");
			default -> serviceIntakes.get(service);
		};
		return contact == null ? "" : contact.toString();
	}

}
