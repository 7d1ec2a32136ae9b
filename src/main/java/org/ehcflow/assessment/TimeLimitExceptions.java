package org.ehcflow.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The time-limit exceptions recorded for cases, in our table
 * {@code time_limit_exception}.
 */
@Repository
public class TimeLimitExceptions {

	private final JdbcTemplate jdbc;

	TimeLimitExceptions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(TimeLimitException exception) {
		jdbc.update("""
				insert into time_limit_exception (case_reference, step, reason, regulation, start_date, end_date,
				  advice_asked_date, evidence, family_told_of_delay, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", exception.caseReference(), exception.step(),
				exception.reason(), exception.regulation(), Date.valueOf(exception.startDate()),
				exception.endDate() == null ? null : Date.valueOf(exception.endDate()),
				exception.adviceAskedDate() == null ? null : Date.valueOf(exception.adviceAskedDate()),
				exception.evidence(), exception.familyToldOfDelay(), exception.recordedBy(),
				Timestamp.from(exception.recordedAt()));
	}

	/** The case's exceptions, oldest first. */
	public List<TimeLimitException> forCase(String caseReference) {
		return jdbc.query("""
				select case_reference, step, reason, regulation, start_date, end_date, advice_asked_date, evidence,
				  family_told_of_delay, recorded_by, recorded_at
				from time_limit_exception where case_reference = ? order by recorded_at, id""",
				(rs, row) -> new TimeLimitException(rs.getString("case_reference"), rs.getString("step"),
						rs.getString("reason"), rs.getString("regulation"), rs.getDate("start_date").toLocalDate(),
						rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
						rs.getDate("advice_asked_date") == null ? null : rs.getDate("advice_asked_date").toLocalDate(),
						rs.getString("evidence"), rs.getBoolean("family_told_of_delay"), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant()),
				caseReference);
	}

	/** The references of every case with at least one exception. */
	public Set<String> caseReferences() {
		return new HashSet<>(
				jdbc.queryForList("select distinct case_reference from time_limit_exception", String.class));
	}

}
