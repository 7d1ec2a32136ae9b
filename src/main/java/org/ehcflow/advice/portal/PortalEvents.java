package org.ehcflow.advice.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's audit trail ({@code portal_event}): what happened to which case's link and
 * when. A row names the case and the advice request's process instance, never the token.
 */
@Component
public class PortalEvents {

	/** What can happen on the portal. */
	public enum Event {

		VIEWED, SUBMITTED, REFUSED_USED, REFUSED_EXPIRED, REFUSED_UNKNOWN, REFUSED_CLOSED, UPLOAD_REJECTED

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PortalEvents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event in the running transaction, if any: it stays only if that
	 * transaction commits.
	 */
	public void record(Event event, String caseReference, String processInstanceId) {
		jdbc.update("insert into portal_event (case_reference, process_instance_id, event, at) values (?, ?, ?, ?)",
				caseReference, processInstanceId, event.name(), Timestamp.from(Instant.now(clock)));
	}

	/**
	 * Records an event that must stay even when the running transaction is rolled back (a
	 * refusal).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordOnItsOwn(Event event, String caseReference, String processInstanceId) {
		record(event, caseReference, processInstanceId);
	}

	/** The case's portal events, oldest first, for its audit trail. */
	public List<Recorded> forCase(String caseReference) {
		return jdbc.query(
				"select process_instance_id, event, at from portal_event where case_reference = ? order by at, id",
				(rs, row) -> new Recorded(rs.getString("process_instance_id"), rs.getString("event"),
						rs.getTimestamp("at").toInstant()),
				caseReference);
	}

	/**
	 * An event as recorded: the advice request's process instance, the event's name and
	 * when.
	 */
	public record Recorded(String processInstanceId, String event, Instant at) {
	}

}
