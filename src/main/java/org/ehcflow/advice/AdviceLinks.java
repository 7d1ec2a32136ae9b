package org.ehcflow.advice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal links to the advice portal. A token is 256 random bits, sent only in the
 * advice giver's email; we keep its SHA-256 hash, so a copy of the database opens no
 * link. A link belongs to one advice request, is used for one submission, and stops
 * working when it expires.
 */
@Component
public class AdviceLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AdviceLinks(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a link for an advice request.
	 * @return the token to put in the URL {@code /advice/{token}}; it is not stored
	 */
	public String issue(String processInstanceId, String caseReference, String adviceService, String recipient,
			Instant expiresAt) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.update("""
				insert into advice_link (token_hash, process_instance_id, case_reference, advice_service, recipient,
				  created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""", hash(token), processInstanceId, caseReference, adviceService,
				recipient, now, Timestamp.from(expiresAt));
		return token;
	}

	/**
	 * The link a token opens, whatever its state; empty for a token that was never
	 * issued.
	 */
	public Optional<AdviceLink> find(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		List<AdviceLink> links = jdbc.query(
				"""
						select id, process_instance_id, case_reference, advice_service, recipient, created_at, expires_at, used_at
						from advice_link where token_hash = ?""",
				(rs, row) -> new AdviceLink(rs.getLong("id"), rs.getString("process_instance_id"),
						rs.getString("case_reference"), rs.getString("advice_service"), rs.getString("recipient"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
						rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()),
				hash(token));
		return links.stream().findFirst();
	}

	/**
	 * Marks the link used, once: of two submissions at the same moment only one gets
	 * {@code true}.
	 */
	public boolean use(long linkId) {
		return jdbc.update("update advice_link set used_at = ? where id = ? and used_at is null",
				Timestamp.from(Instant.now(clock)), linkId) == 1;
	}

	/** Shortens the life of every link of an advice request that has closed. */
	public void expireBy(String processInstanceId, Instant expiresAt) {
		jdbc.update("update advice_link set expires_at = ? where process_instance_id = ? and expires_at > ?",
				Timestamp.from(expiresAt), processInstanceId, Timestamp.from(expiresAt));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** One issued link. {@code usedAt} is null until a submission used it. */
	public record AdviceLink(long id, String processInstanceId, String caseReference, String adviceService,
			String recipient, Instant createdAt, Instant expiresAt, Instant usedAt) {

		public boolean isUsed() {
			return usedAt != null;
		}

		public boolean isExpiredAt(Instant now) {
			return !now.isBefore(expiresAt);
		}

	}

}
