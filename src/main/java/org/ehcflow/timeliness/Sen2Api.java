package org.ehcflow.timeliness;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sen2/export?year=YYYY}: the SEN2-style person-level CSV for a
 * collection year (docs/timeliness.md). Person-level data: managers and administrators
 * only.
 */
@RestController
class Sen2Api {

	/**
	 * The first SEN2 collection after the 2014 reforms that EHC plans could appear in.
	 */
	static final int FIRST_YEAR = 2015;

	private final CaseloadReader reader;

	private final Clock clock;

	Sen2Api(CaseloadReader reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	@GetMapping("/api/sen2/export")
	@PreAuthorize("hasAnyAuthority('GROUP_send-managers', 'GROUP_camunda-admin')")
	ResponseEntity<String> export(@RequestParam(required = false) String year) {
		int collectionYear = checkYear(year);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sen2-%d.csv\"".formatted(collectionYear))
			.body(Sen2Export.csv(reader.read(), collectionYear));
	}

	private int checkYear(String year) {
		int latest = LocalDate.now(clock).getYear() + 1;
		String rule = "must be a collection year from %d to %d, such as %d".formatted(FIRST_YEAR, latest, latest - 1);
		if (year == null || year.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("year", "is required: it " + rule)));
		}
		int parsed;
		try {
			parsed = Integer.parseInt(year.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(List.of(new FieldProblem("year", rule)));
		}
		if (parsed < FIRST_YEAR || parsed > latest) {
			throw new InvalidInputException(List.of(new FieldProblem("year", rule)));
		}
		return parsed;
	}

}
