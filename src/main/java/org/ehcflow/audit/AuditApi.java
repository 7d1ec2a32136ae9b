package org.ehcflow.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseReference}/audit}: who did what on a case and when, as JSON
 * or, with {@code Accept: text/csv}, as a CSV file to keep with a complaint or a subject
 * access request. For managers and administrators only; every export is itself recorded.
 */
@RestController
class AuditApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader("at", "user", "event", "description", "source")
		.get();

	private final AuditTrail trail;

	private final CaseAccessEvents access;

	AuditApi(AuditTrail trail, CaseAccessEvents access) {
		this.trail = trail;
		this.access = access;
	}

	@GetMapping(path = "/api/cases/{caseReference}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('GROUP_send-managers', 'GROUP_camunda-admin')")
	CaseAudit json(@PathVariable String caseReference, Principal user) {
		return new CaseAudit(caseReference, export(caseReference, user));
	}

	@GetMapping(path = "/api/cases/{caseReference}/audit", produces = "text/csv")
	@PreAuthorize("hasAnyAuthority('GROUP_send-managers', 'GROUP_camunda-admin')")
	ResponseEntity<String> csv(@PathVariable String caseReference, Principal user) {
		List<AuditEntry> entries = export(caseReference, user);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (AuditEntry entry : entries) {
				printer.printRecord(entry.at(), cell(entry.user()), entry.event(), cell(entry.description()),
						entry.source());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(CSV, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(caseReference + "-audit.csv").build().toString())
			.body(out.toString());
	}

	private List<AuditEntry> export(String caseReference, Principal user) {
		List<AuditEntry> entries = trail.of(caseReference).orElseThrow(AuditApi::notFound);
		access.record(caseReference, user.getName(), CaseAccessEvents.Event.AUDIT_EXPORTED, null);
		return entries;
	}

	/** A spreadsheet must not take a cell for a formula (OWASP: CSV injection). */
	static String cell(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static ErrorResponseException notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No EHC needs assessment has this case reference.");
		problem.setTitle("Case not found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/** The JSON form: the case and its entries, oldest first. */
	record CaseAudit(String caseReference, List<AuditEntry> entries) {
	}

}
