package org.ehcflow.timeliness;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manager measures over a period, as of a day: the JSON of
 * {@code GET /api/timeliness/summary}, the rows of its CSV, the Cockpit dashboard and the
 * Prometheus gauges. Each is defined in docs/timeliness.md. A percentage is {@code null}
 * when there is nothing to divide by.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "periodStart", "periodEnd", "asOf" })
record TimelinessSummary(LocalDate periodStart, LocalDate periodEnd, LocalDate asOf,
		// New plans (DfE's 20-week measure)
		int plansIssued, int plansIssuedWithin20Weeks, Double percentWithin20Weeks, int plansIssuedWithException,
		int plansIssuedExcludingExceptions, int plansIssuedWithin20WeeksExcludingExceptions,
		Double percentWithin20WeeksExcludingExceptions, Double averageWeeksToIssue, int plansIssuedOverOneYear,
		List<Month> monthlyTrend,
		// Requests
		int requestDecisions, int requestDecisionsWithin6Weeks, Double percentRequestDecisionsWithin6Weeks,
		int decisionsNotToAssess, Double percentNotToAssess, int issueDecisions, int decisionsNotToIssue,
		Double percentNotToIssue, int decisionsNotToIssueWithin16Weeks, Double percentDecisionsNotToIssueWithin16Weeks,
		int requestsWithdrawn,
		// Open assessments
		int openAssessments, List<WeekCount> openAssessmentsByWeek, int atRiskCount, List<AtRisk> atRisk,
		// Advice
		List<AdviceTimeliness> adviceByService,
		// Reviews
		Reviews reviews) {

	/**
	 * New plans issued in one calendar month.
	 *
	 * @param month {@code 2026-03}
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Month(String month, int plansIssued, int plansIssuedWithin20Weeks, Double percentWithin20Weeks,
			Double percentWithin20WeeksExcludingExceptions) {
	}

	/**
	 * Open assessments whose request was received {@code week} full weeks ago;
	 * {@code 20+} for 20 and more.
	 */
	record WeekCount(String week, int count) {
	}

	/**
	 * An open assessment that will miss 20 weeks unless something happens in the next 14
	 * days.
	 *
	 * @param actBy the last day for the action that keeps 20 weeks possible
	 * @param action what must happen by then
	 * @param nextStep the next statutory step still open (timeline step name)
	 * @param nextDeadline its date
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AtRisk(String caseReference, String processInstanceId, int weeksSinceRequest, LocalDate actBy, String action,
			String nextStep, LocalDate nextDeadline, LocalDate finalPlanDueBy) {
	}

	/**
	 * Advice due in the period, by service (SEND Regulations 2014 reg 8(1): 6 weeks).
	 *
	 * @param due requests whose due date fell in the period (up to today)
	 * @param onTime received on or before the due date
	 * @param late received after it, or still awaited past it
	 * @param awaitedPastDue of {@code late}, still awaited today
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AdviceTimeliness(String service, String serviceName, int due, int onTime, int late, int awaitedPastDue,
			Double percentOnTime) {
	}

	/**
	 * Annual reviews and phase transfers (CFA 2014 s44, SEND Regulations 2014 regs
	 * 18-22).
	 */
	record Reviews(int plansMaintained, int reviewsOverdue, int reviewsDueIn30Days, int reviewDecisions,
			int reviewDecisionsLate, int amendedPlans, int amendmentsLate, int phaseTransfersAtRisk,
			int phaseTransfersAtRisk15February, int phaseTransfersAtRisk31March) {
	}

}
