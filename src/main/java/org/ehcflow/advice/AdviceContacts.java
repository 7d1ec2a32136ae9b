package org.ehcflow.advice;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where an advice request goes. The parent's and the setting's addresses come from the
 * case, a one-off adviser's from {@code otherAdviceEmail}; each service's intake address
 * from the advice-giver directory ({@link AdviceDirectory}), or, for a service the
 * directory has no row for, from configuration
 * ({@code ehcflow.advice-contacts.PSYCHOLOGICAL=...}). A service whose row is inactive
 * gets no request: the caseworker asks for that advice by hand.
 */
@Component("adviceContacts")
public class AdviceContacts {

	private final Map<String, String> serviceIntakes;

	private final AdviceDirectory directory;

	AdviceContacts(Environment environment, AdviceDirectory directory) {
		this.serviceIntakes = Binder.get(environment)
			.bind("ehcflow.advice-contacts", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		this.directory = directory;
	}

	/**
	 * The address to send a request for this advice to, or an empty string when none is
	 * known.
	 */
	public String contactFor(VariableScope caseScope, String service) {
		Object contact = switch (AdviceService.valueOf(service)) {
			case PARENT -> caseScope.getVariable("parentEmail");
			case EDUCATIONAL -> caseScope.getVariable("settingEmail");
			case OTHER -> {
				Object other = caseScope.getVariable("otherAdviceEmail");
				yield other != null && !other.toString().isBlank() ? other : intakeFor(service);
			}
			default -> intakeFor(service);
		};
		return contact == null ? "" : contact.toString().strip();
	}

	/**
	 * A service's intake address: the directory's when it has a row (none when that row
	 * is inactive), else the configured one; empty when neither knows it.
	 */
	public String intakeFor(String service) {
		Optional<AdviceDirectory.Entry> entry = directory.service(service);
		if (entry.isPresent()) {
			AdviceDirectory.Service found = entry.get().service();
			return found.active() && found.intakeEmail() != null ? found.intakeEmail() : "";
		}
		String configured = serviceIntakes.get(service);
		return configured == null ? "" : configured.strip();
	}

	/**
	 * The address late requests of a service are escalated to; empty when the directory
	 * has none.
	 */
	public String managerFor(String service) {
		return directory.service(service)
			.map(entry -> entry.service().managerEmail())
			.filter(email -> email != null && !email.isBlank())
			.orElse("");
	}

	/**
	 * The service's own name in the directory ("Educational Psychology Service"), if it
	 * has one.
	 */
	public Optional<String> directoryNameOf(String service) {
		return directory.service(service).map(entry -> entry.service().name());
	}

}
