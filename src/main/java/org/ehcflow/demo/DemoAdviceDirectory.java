package org.ehcflow.demo;

import java.util.List;

import org.ehcflow.advice.AdviceDirectory;
import org.ehcflow.advice.AdviceDirectory.Contact;
import org.ehcflow.advice.AdviceDirectory.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A made-up advice-giver directory for the demo, in place before the demo caseload asks
 * for advice ({@link DemoCaseload} runs at order 10). Adds only the services that have no
 * row yet, so an administrator's changes survive a restart. Every address is made up
 * ({@code .invalid}, or {@code example.org}).
 */
@Component
@Profile("demo")
class DemoAdviceDirectory {

	private static final Logger log = LoggerFactory.getLogger(DemoAdviceDirectory.class);

	private static final String SEEDED_BY = "demo";

	private final AdviceDirectory directory;

	DemoAdviceDirectory(AdviceDirectory directory) {
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	void seedOnce() {
		int added = 0;
		added += add(
				new Service("PSYCHOLOGICAL", "Educational Psychology Service", "eps-requests@eps.demo.ehcflow.invalid",
						"principal-ep@eps.demo.ehcflow.invalid", true),
				List.of(new Contact("Dr Robin Ashworth", "r.ashworth@eps.demo.ehcflow.invalid",
						"Principal educational psychologist")));
		added += add(
				new Service("MEDICAL", "Designated Clinical Officer (community paediatrics)",
						"dco-requests@health.demo.ehcflow.invalid", "dco-manager@health.demo.ehcflow.invalid", true),
				List.of(new Contact("Jordan Fairweather", "j.fairweather@health.demo.ehcflow.invalid",
						"Designated clinical officer")));
		added += add(new Service("SOCIAL_CARE", "Children with Disabilities social care",
				"cwd-requests@socialcare.demo.ehcflow.invalid", "cwd-team-manager@socialcare.demo.ehcflow.invalid",
				true), List.of());
		added += add(new Service("SENSORY", "Sensory Support Service", "sensory-support@example.org",
				"sensory-support-lead@example.org", true), List.of());
		added += add(new Service("PREPARING_FOR_ADULTHOOD", "Preparing for Adulthood team",
				"pfa-requests@demo.ehcflow.invalid", "pfa-manager@demo.ehcflow.invalid", true), List.of());
		if (added > 0) {
			log.info("Demo advice-giver directory: {} services added", added);
		}
	}

	private int add(Service service, List<Contact> contacts) {
		return directory.addIfAbsent(service, contacts, SEEDED_BY) ? 1 : 0;
	}

}
