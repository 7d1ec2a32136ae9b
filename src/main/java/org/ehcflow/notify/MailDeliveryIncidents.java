package org.ehcflow.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes the {@code mailDelivery} incident of an email the outbox gave up on (see
 * {@link OutboxSender}) a button that tries again: when the incident is resolved in
 * Cockpit ("Mark as resolved", or {@code PUT /engine-rest/incident/{id}}), or deleted
 * with its execution, the outbox row it names ({@code outbox_message:<id>}) goes back to
 * PENDING with no attempts counted, due now. The sender's next round sends it; if it
 * keeps failing, a new incident shows it again.
 * <p>
 * The Camunda Spring Boot starter adds every {@code ProcessEnginePlugin} bean to the
 * engine.
 */
@Component
class MailDeliveryIncidents extends AbstractProcessEnginePlugin {

	static final String CONFIGURATION_PREFIX = "outbox_message:";

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryIncidents.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailDeliveryIncidents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomIncidentHandlers());
		handlers.add(new RetryOnResolve());
		configuration.setCustomIncidentHandlers(handlers);
	}

	/**
	 * Sets the outbox row back to PENDING, in the engine's transaction.
	 * @return whether a given-up row was found and set to be sent again
	 */
	boolean retry(String configuration) {
		if (configuration == null || !configuration.startsWith(CONFIGURATION_PREFIX)) {
			return false;
		}
		long id;
		try {
			id = Long.parseLong(configuration.substring(CONFIGURATION_PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		int updated = jdbc.update("""
				update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = ?
				where id = ? and status = 'FAILED'""", Timestamp.from(Instant.now(clock)), id);
		if (updated == 1) {
			log.info("Outbox row {} will be sent again: its incident was resolved", id);
		}
		return updated == 1;
	}

	/**
	 * The engine's own handling of a custom incident, plus a retry of the email when it
	 * ends.
	 */
	class RetryOnResolve extends DefaultIncidentHandler {

		RetryOnResolve() {
			super(OutboxSender.INCIDENT_TYPE);
		}

		@Override
		public void resolveIncident(IncidentContext context) {
			retry(context.getConfiguration());
			super.resolveIncident(context);
		}

		@Override
		public void deleteIncident(IncidentContext context) {
			retry(context.getConfiguration());
			super.deleteIncident(context);
		}

	}

}
