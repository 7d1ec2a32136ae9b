package org.ehcflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ehcflow.advice.portal.AdviceDocumentDownloaded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who read what of a case ({@code case_access_event}): the engine logs what users change,
 * not what they look at. A row names the case, the user and what was read by its id,
 * never its content.
 */
@Component
public class CaseAccessEvents {

	/** What can be read. */
	public enum Event {

		/**
		 * A caseworker, manager or administrator downloaded the document an advice giver
		 * sent.
		 */
		ADVICE_DOCUMENT_DOWNLOADED,

		/** A manager or administrator exported the case's audit trail. */
		AUDIT_EXPORTED

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseAccessEvents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String caseReference, String userId, Event event, String subject) {
		jdbc.update(
				"insert into case_access_event (case_reference, user_id, event, subject, at) values (?, ?, ?, ?, ?)",
				caseReference, userId, event.name(), subject, Timestamp.from(Instant.now(clock)));
	}

	/**
	 * The advice portal tells of each download of an advice document, as it is answered.
	 */
	@EventListener
	void on(AdviceDocumentDownloaded download) {
		record(download.caseReference(), download.userId(), Event.ADVICE_DOCUMENT_DOWNLOADED,
				"advice submission " + download.submissionId());
	}

	List<Recorded> forCase(String caseReference) {
		return jdbc.query(
				"select user_id, event, subject, at from case_access_event where case_reference = ? order by at, id",
				(rs, row) -> new Recorded(rs.getString("user_id"), Event.valueOf(rs.getString("event")),
						rs.getString("subject"), rs.getTimestamp("at").toInstant()),
				caseReference);
	}

	record Recorded(String userId, Event event, String subject, Instant at) {
	}

}
