package org.ehcflow.advice.portal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What advice givers sent ({@code advice_submission}): the outcome, the text (advice or
 * reason) and the document's bytes. A row's id travels in the process as
 * {@code adviceSubmissionId}.
 */
@Repository
public class AdviceSubmissions {

	private final JdbcTemplate jdbc;

	AdviceSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a submission and returns its id. */
	long add(NewSubmission submission) {
		KeyHolder keys = new GeneratedKeyHolder();
		AdviceDocument document = submission.document();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into advice_submission (process_instance_id, case_reference, advice_service, outcome,
					  advice_text, document_name, document_type, document_size, document, submitted_via, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setString(1, submission.processInstanceId());
			insert.setString(2, submission.caseReference());
			insert.setString(3, submission.adviceService());
			insert.setString(4, submission.outcome());
			insert.setString(5, submission.text().isEmpty() ? null : submission.text());
			if (document == null) {
				insert.setNull(6, Types.VARCHAR);
				insert.setNull(7, Types.VARCHAR);
				insert.setNull(8, Types.INTEGER);
				insert.setNull(9, Types.BINARY);
			}
			else {
				insert.setString(6, document.name());
				insert.setString(7, document.type().contentType());
				insert.setInt(8, document.size());
				insert.setBytes(9, document.content());
			}
			insert.setString(10, submission.via());
			insert.setTimestamp(11, Timestamp.from(submission.submittedAt()));
			return insert;
		}, keys);
		return Objects.requireNonNull(keys.getKey(), "the database gave no id").longValue();
	}

	/** The document of a submission, if it has one. */
	public Optional<StoredDocument> document(long submissionId) {
		return jdbc
			.query("""
					select case_reference, document_name, document_type, document from advice_submission
					where id = ? and document is not null""",
					(rs, row) -> new StoredDocument(rs.getString("case_reference"), rs.getString("document_name"),
							rs.getString("document_type"), rs.getBytes("document")),
					submissionId)
			.stream()
			.findFirst();
	}

	/** The name of the document a submission came with, if it came with one. */
	public Optional<String> documentName(long submissionId) {
		return jdbc
			.queryForList("select document_name from advice_submission where id = ? and document_name is not null",
					String.class, submissionId)
			.stream()
			.findFirst();
	}

	/**
	 * A submission to store. {@code text} is the advice or the reason; {@code document}
	 * may be null.
	 */
	record NewSubmission(String processInstanceId, String caseReference, String adviceService, String outcome,
			String text, AdviceDocument document, String via, Instant submittedAt) {
	}

	/** A stored document, as a caseworker downloads it. */
	public record StoredDocument(String caseReference, String name, String contentType, byte[] content) {
	}

}
