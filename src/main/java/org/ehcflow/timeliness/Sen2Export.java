package org.ehcflow.timeliness;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ehcflow.timeliness.Caseload.AssessmentCase;

/**
 * The SEN2-style person-level export for one collection year (docs/timeliness.md): one
 * row per request for an assessment, and one per plan with no request recorded here, as
 * things stood on census day, the third Thursday of January of the collection year. The
 * reference period is the calendar year before it. Keyed by case reference: no name, date
 * of birth or UPN (the council's case management system joins those on the reference).
 * Pure: works on a {@link Caseload}.
 */
final class Sen2Export {

	/**
	 * The SEN2 items a workflow holds, in this order, after our own row key
	 * {@code CaseReference}.
	 */
	static final List<String> COLUMNS = List.of("CaseReference", "ReceivedDate", "RequestSource", "RequestOutcomeDate",
			"RequestOutcome", "Exported", "AssessmentOutcome", "AssessmentOutcomeDate", "Week20", "StartDate",
			"CeaseDate", "CeaseReason", "ReviewMeeting", "ReviewOutcome", "LastReview", "PhaseTransferDue",
			"PhaseTransferFinal");

	private final LocalDate census;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private Sen2Export(int year) {
		this.census = censusDay(year);
		this.periodStart = LocalDate.of(year - 1, 1, 1);
		this.periodEnd = LocalDate.of(year - 1, 12, 31);
	}

	/** The SEN2 census day: the third Thursday of January of the collection year. */
	static LocalDate censusDay(int year) {
		return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
	}

	static String csv(Caseload caseload, int year) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (Map<String, String> row : rows(caseload, year)) {
				csv.printRecord(COLUMNS.stream().map(column -> row.getOrDefault(column, "")).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static List<Map<String, String>> rows(Caseload caseload, int year) {
		return new Sen2Export(year).rows(caseload);
	}

	private List<Map<String, String>> rows(Caseload caseload) {
		List<Map<String, String>> rows = new ArrayList<>();
		Set<String> withRequest = new HashSet<>();
		for (AssessmentCase a : caseload.assessments()) {
			ProcessRecord p = a.process();
			LocalDate received = p.date(REQUEST_RECEIVED_DATE);
			if (a.reference() == null || received == null || received.isAfter(census) || !belongs(a, caseload)) {
				continue;
			}
			withRequest.add(a.reference());
			Map<String, String> row = new LinkedHashMap<>();
			row.put("CaseReference", a.reference());
			row.put("ReceivedDate", received.toString());
			row.put("RequestSource", Optional.ofNullable(p.text("requestSource")).orElse(""));
			LocalDate decided = known(p.date(DECISION_TO_ASSESS_DATE));
			LocalDate closed = known(p.date(CASE_CLOSED_DATE));
			String closedReason = closed == null ? null : p.text(CASE_CLOSED_REASON);
			boolean movedOut = "MOVED_OUT_OF_AREA".equals(closedReason);
			if (decided != null && p.text(DECISION_TO_ASSESS) != null) {
				row.put("RequestOutcomeDate", decided.toString());
				row.put("RequestOutcome", "ASSESS".equals(p.text(DECISION_TO_ASSESS)) ? "ASSESS" : "NOT_ASSESS");
			}
			else if (closedReason != null) {
				row.put("RequestOutcomeDate", closed.toString());
				row.put("RequestOutcome", "WITHDRAWN");
			}
			else {
				row.put("RequestOutcome", "PENDING");
			}
			row.put("Exported", movedOut ? "1" : "0");
			if ("ASSESS".equals(row.get("RequestOutcome"))) {
				LocalDate issued = known(p.date(FINAL_PLAN_ISSUED_DATE));
				LocalDate notIssued = known(p.date(DECISION_TO_ISSUE_DATE));
				if (issued != null) {
					outcome(row, "PLAN_ISSUED", issued);
				}
				else if (notIssued != null && "DO_NOT_ISSUE".equals(p.text(DECISION_TO_ISSUE))) {
					outcome(row, "NOT_ISSUED", notIssued);
				}
				else if (closedReason != null) {
					outcome(row, "WITHDRAWN", closed);
				}
				else {
					row.put("AssessmentOutcome", "PENDING");
				}
				row.put("Week20", a.exceptionRecorded() ? "1" : "0");
				if (issued != null) {
					row.put("StartDate", issued.toString());
				}
			}
			plan(row, a.reference(), caseload);
			rows.add(row);
		}
		for (ProcessRecord plan : caseload.plans()) {
			String reference = plan.businessKey();
			if (reference == null || withRequest.contains(reference) || !inForceOrCeasedInPeriod(plan)) {
				continue;
			}
			withRequest.add(reference);
			Map<String, String> row = new LinkedHashMap<>();
			row.put("CaseReference", reference);
			plan(row, reference, caseload);
			rows.add(row);
		}
		rows.sort(Comparator.comparing(row -> row.get("CaseReference")));
		return rows;
	}

	/**
	 * A request belongs to the year if anything about it happened in the reference period
	 * or it was open on census day.
	 */
	private boolean belongs(AssessmentCase a, Caseload caseload) {
		ProcessRecord p = a.process();
		for (String name : List.of(REQUEST_RECEIVED_DATE, DECISION_TO_ASSESS_DATE, DECISION_TO_ISSUE_DATE,
				FINAL_PLAN_ISSUED_DATE, CASE_CLOSED_DATE)) {
			if (inPeriod(p.date(name))) {
				return true;
			}
		}
		boolean finished = known(p.date(FINAL_PLAN_ISSUED_DATE)) != null || known(p.date(CASE_CLOSED_DATE)) != null
				|| "DO_NOT_ASSESS".equals(p.text(DECISION_TO_ASSESS)) && known(p.date(DECISION_TO_ASSESS_DATE)) != null
				|| "DO_NOT_ISSUE".equals(p.text(DECISION_TO_ISSUE)) && known(p.date(DECISION_TO_ISSUE_DATE)) != null;
		return !finished || planInForce(a, caseload);
	}

	/**
	 * An issued plan's request is reported while the plan is in force: not once its
	 * {@code ehcPlan} records it ceased before the reference period.
	 */
	private boolean planInForce(AssessmentCase a, Caseload caseload) {
		if (known(a.process().date(FINAL_PLAN_ISSUED_DATE)) == null) {
			return false;
		}
		return caseload.plans()
			.stream()
			.filter(plan -> a.reference().equals(plan.businessKey()))
			.map(plan -> plan.date("planCeasedDate"))
			.noneMatch(ceased -> ceased != null && ceased.isBefore(periodStart));
	}

	private void plan(Map<String, String> row, String reference, Caseload caseload) {
		ProcessRecord plan = caseload.plans()
			.stream()
			.filter(p -> reference.equals(p.businessKey()) && known(p.date("planIssuedDate")) != null)
			.max(Comparator.comparing(p -> p.date("planIssuedDate")))
			.orElse(null);
		if (plan == null) {
			return;
		}
		row.put("StartDate", plan.date("planIssuedDate").toString());
		LocalDate ceased = known(plan.date("planCeasedDate"));
		if (ceased != null) {
			row.put("CeaseDate", ceased.toString());
			row.put("CeaseReason", Optional.ofNullable(plan.text("ceaseReason")).orElse(""));
		}
		ProcessRecord lastReview = caseload.reviews()
			.stream()
			.filter(r -> plan.id().equals(r.superProcessInstanceId()) && known(r.date("reviewMeetingDate")) != null)
			.max(Comparator.comparing(r -> r.date("reviewMeetingDate")))
			.orElse(null);
		if (lastReview != null) {
			row.put("ReviewMeeting", lastReview.date("reviewMeetingDate").toString());
			if (known(lastReview.date("reviewDecisionDate")) != null && lastReview.text("reviewDecision") != null) {
				row.put("ReviewOutcome", lastReview.text("reviewDecision"));
			}
		}
		LocalDate lastDecision = known(plan.date("lastReviewDecisionDate"));
		if (lastDecision != null) {
			row.put("LastReview", lastDecision.toString());
		}
		LocalDate transferBy = plan.date("phaseTransferPlanBy");
		if (transferBy != null) {
			row.put("PhaseTransferDue", transferBy.toString());
			caseload.reviews()
				.stream()
				.filter(r -> plan.id().equals(r.superProcessInstanceId())
						&& "PHASE_TRANSFER".equals(r.text("reviewReason")))
				.map(r -> known(r.date("amendedPlanIssuedDate")))
				.filter(d -> d != null && d.isAfter(transferBy.minusYears(1)))
				.max(Comparator.naturalOrder())
				.ifPresent(d -> row.put("PhaseTransferFinal", d.toString()));
		}
	}

	private boolean inForceOrCeasedInPeriod(ProcessRecord plan) {
		LocalDate issued = known(plan.date("planIssuedDate"));
		if (issued == null) {
			return false;
		}
		LocalDate ceased = plan.date("planCeasedDate");
		return ceased == null || ceased.isAfter(census) || inPeriod(ceased);
	}

	private static void outcome(Map<String, String> row, String outcome, LocalDate on) {
		row.put("AssessmentOutcome", outcome);
		row.put("AssessmentOutcomeDate", on.toString());
	}

	/**
	 * A date that had come by census day; a later one had not happened as far as this
	 * return is concerned.
	 */
	private LocalDate known(LocalDate date) {
		return date == null || date.isAfter(census) ? null : date;
	}

	private boolean inPeriod(LocalDate date) {
		return date != null && !date.isBefore(periodStart) && !date.isAfter(periodEnd);
	}

}
