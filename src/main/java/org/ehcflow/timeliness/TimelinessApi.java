package org.ehcflow.timeliness;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /api/timeliness}: the manager measures (docs/timeliness.md) as JSON or CSV, and
 * the cases behind each number. Managers and administrators, and caseworkers, who watch
 * the same deadlines; every figure is a count or a case reference, never a name.
 */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_send-managers', 'GROUP_camunda-admin', 'GROUP_send-caseworkers')")
class TimelinessApi {

	static final MediaType TEXT_CSV = new MediaType("text", "csv");

	private final TimelinessReports reports;

	private final ObjectMapper json;

	TimelinessApi(TimelinessReports reports, ObjectMapper json) {
		this.reports = reports;
		this.json = json;
	}

	@GetMapping(path = "/api/timeliness/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	TimelinessSummary summary(@RequestParam(required = false) String periodStart,
			@RequestParam(required = false) String periodEnd) {
		return reports.measure(reports.period(periodStart, periodEnd)).summary();
	}

	@GetMapping(path = "/api/timeliness/summary", produces = "text/csv")
	ResponseEntity<String> summaryCsv(@RequestParam(required = false) String periodStart,
			@RequestParam(required = false) String periodEnd) {
		TimelinessSummary summary = summary(periodStart, periodEnd);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"timeliness-%s-to-%s.csv\"".formatted(summary.periodStart(),
							summary.periodEnd()))
			.body(SummaryCsv.of(summary, json));
	}

	@GetMapping("/api/timeliness/summary.csv")
	ResponseEntity<String> summaryDotCsv(@RequestParam(required = false) String periodStart,
			@RequestParam(required = false) String periodEnd) {
		return summaryCsv(periodStart, periodEnd);
	}

	/** The cases behind one number of the summary, for the same period. */
	@GetMapping(path = "/api/timeliness/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	CaseList cases(@RequestParam(required = false) String measure, @RequestParam(required = false) String periodStart,
			@RequestParam(required = false) String periodEnd) {
		String name = checkMeasure(measure);
		TimelinessReports.Period period = reports.period(periodStart, periodEnd);
		List<CaseRow> rows = reports.measure(period).cases().getOrDefault(name, List.of());
		return new CaseList(name, period.start().toString(), period.end().toString(), rows.size(), rows);
	}

	record CaseList(String measure, String periodStart, String periodEnd, int count, List<CaseRow> cases) {
	}

	static String checkMeasure(String measure) {
		if (measure == null || measure.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("measure",
					"is required: one of " + String.join(", ", TimelinessMeasures.measureNames()))));
		}
		if (!TimelinessMeasures.measureNames().contains(measure.trim())) {
			throw new InvalidInputException(List.of(new FieldProblem("measure", "is not a measure with a list of "
					+ "cases; use one of " + String.join(", ", TimelinessMeasures.measureNames()))));
		}
		return measure.trim();
	}

}
