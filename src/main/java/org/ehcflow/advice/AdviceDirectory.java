package org.ehcflow.advice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice-giver directory: the services a council asks for advice (table
 * {@code advice_service}, one row per service code) and their named people
 * ({@code advice_contact}). Requests for advice go to a service's intake address, late
 * ones are escalated to its manager. {@code PARENT} and {@code EDUCATIONAL} advice go to
 * the case's own addresses and have no row here.
 */
@Component
public class AdviceDirectory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AdviceDirectory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every service in the directory, by code. */
	public List<Entry> services() {
		return jdbc.query("""
				select code, name, intake_email, manager_email, active, updated_at, updated_by
				from advice_service order by code""", AdviceDirectory::entry);
	}

	public Optional<Entry> service(String code) {
		return jdbc.query("""
				select code, name, intake_email, manager_email, active, updated_at, updated_by
				from advice_service where code = ?""", AdviceDirectory::entry, code).stream().findFirst();
	}

	/** The named people of a service, by name. */
	public List<Contact> contacts(String code) {
		return jdbc.query("select name, email, role from advice_contact where service_code = ? order by name, id",
				(rs, row) -> new Contact(rs.getString("name"), rs.getString("email"), rs.getString("role")), code);
	}

	/**
	 * Creates or replaces one service. With {@code contacts} not null, the service's
	 * named people are replaced by them; with null they are left as they are.
	 */
	@Transactional
	public void save(Service service, List<Contact> contacts, String updatedBy) {
		upsert(service, updatedBy);
		if (contacts != null) {
			jdbc.update("delete from advice_contact where service_code = ?", service.code());
			for (Contact contact : contacts) {
				jdbc.update("insert into advice_contact (service_code, name, email, role) values (?, ?, ?, ?)",
						service.code(), contact.name(), contact.email(), contact.role());
			}
		}
	}

	/**
	 * Creates or replaces each service, all in one transaction: all of them are saved, or
	 * none.
	 */
	@Transactional
	public void saveAll(List<Service> services, String updatedBy) {
		for (Service service : services) {
			upsert(service, updatedBy);
		}
	}

	/**
	 * Adds a service only if its code has no row yet; an existing row is left as an
	 * administrator left it.
	 */
	@Transactional
	public boolean addIfAbsent(Service service, List<Contact> contacts, String updatedBy) {
		if (service(service.code()).isPresent()) {
			return false;
		}
		save(service, contacts, updatedBy);
		return true;
	}

	private void upsert(Service service, String updatedBy) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		int updated = jdbc.update("""
				update advice_service set name = ?, intake_email = ?, manager_email = ?, active = ?, updated_at = ?,
				  updated_by = ?
				where code = ?""", service.name(), service.intakeEmail(), service.managerEmail(), service.active(), now,
				updatedBy, service.code());
		if (updated == 0) {
			jdbc.update("""
					insert into advice_service (code, name, intake_email, manager_email, active, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?)""", service.code(), service.name(), service.intakeEmail(),
					service.managerEmail(), service.active(), now, updatedBy);
		}
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(
				new Service(rs.getString("code"), rs.getString("name"), rs.getString("intake_email"),
						rs.getString("manager_email"), rs.getBoolean("active")),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	/**
	 * What a council says about one service.
	 *
	 * @param code the {@code adviceService} code, e.g. {@code PSYCHOLOGICAL}
	 * @param name the service's own name, e.g. "Educational Psychology Service"
	 * @param intakeEmail where requests for advice go
	 * @param managerEmail where late requests are escalated; may be null
	 * @param active false stops requests going to the service (the caseworker then asks
	 * by hand)
	 */
	public record Service(String code, String name, String intakeEmail, String managerEmail, boolean active) {
	}

	/** A service as stored, with who changed it last and when. */
	public record Entry(Service service, Instant updatedAt, String updatedBy) {
	}

	/** A named person of a service. */
	public record Contact(String name, String email, String role) {
	}

}
