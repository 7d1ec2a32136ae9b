package org.ehcflow.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our own tables follow the engine's retention: once the engine's history of a case is
 * gone, or due to go (its removal time has passed), the case's emails, advice, portal
 * events, time-limit exceptions and views of advice go too. A case is known by its
 * reference, the business key of each of its process instances; a case that is still
 * open, or whose history is kept, keeps all.
 */
@Component
public class CaseRecordsRetention {

	private static final Logger log = LoggerFactory.getLogger(CaseRecordsRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseRecordsRetention(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${ehcflow.retention.cron:0 30 5 * * *}", zone = "${ehcflow.time-zone:Europe/London}")
	void onSchedule() {
		removeRecordsOfExpiredCases();
	}

	/**
	 * Deletes the rows of every case whose history is gone or past its removal time;
	 * returns how many.
	 */
	@Transactional
	public int removeRecordsOfExpiredCases() {
		Timestamp now = Timestamp.from(Instant.now(clock));
		int removed = 0;
		for (String table : CaseTables.ALL) {
			// act_hi_procinst.removal_time_ is set when a case ends (end time + history
			// time-to-live).
			removed += jdbc.update("delete from " + table + " where case_reference is not null and not exists ("
					+ "select 1 from act_hi_procinst p where p.business_key_ = " + table + ".case_reference"
					+ " and (p.removal_time_ is null or p.removal_time_ > ?))", now);
		}
		if (removed > 0) {
			log.info("Retention: removed {} rows of cases whose history has expired", removed);
		}
		return removed;
	}

}
