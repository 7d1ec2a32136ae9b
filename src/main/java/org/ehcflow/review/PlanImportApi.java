package org.ehcflow.review;

import org.ehcflow.common.CsvFiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plans/import} ({@code text/csv}): starts an {@code ehcPlan} for each
 * valid line of a file of existing plans. Answers {@code created}, {@code skipped} and
 * {@code errors} (each with its {@code line}); 200 when anything was created or skipped
 * or nothing was wrong, 400 when every line was refused or the file could not be read.
 * Caseworkers and administrators (managers are read-only).
 */
@RestController
class PlanImportApi {

	private final PlanImport planImport;

	PlanImportApi(PlanImport planImport) {
		this.planImport = planImport;
	}

	/**
	 * The body is read as text whatever its type, so a wrong type gets a plain answer
	 * about CSV.
	 */
	@PostMapping("/api/plans/import")
	@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_camunda-admin')")
	ResponseEntity<?> importCsv(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) String csv) {
		if (!CsvFiles.isCsv(contentType)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the file as CSV, with the header Content-Type: text/csv.");
			problem.setTitle("Unsupported media type");
			return ResponseEntity.of(problem).build();
		}
		PlanImport.Result result = planImport.importCsv(csv);
		boolean nothingDone = result.created().isEmpty() && result.skipped().isEmpty();
		return ResponseEntity.status(nothingDone && !result.errors().isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.body(result);
	}

}
