package org.ehcflow.timeliness;

/**
 * A case behind a number: its reference, the instance to open in Cockpit, and in a few
 * words why it counts. No child's name.
 *
 * @param caseReference the business key
 * @param processInstanceId the instance (Cockpit: {@code #/process-instance/<id>/runtime}
 * while it runs)
 * @param processKey {@code ehcNeedsAssessment}, {@code adviceRequest}, {@code ehcPlan} or
 * {@code annualReview}
 * @param running whether the instance is still running
 * @param dueBy the deadline that matters for this measure, if any (ISO date)
 * @param detail why the case counts, e.g. "issued 2026-07-27, 21 weeks after the request"
 */
record CaseRow(String caseReference, String processInstanceId, String processKey, boolean running, String dueBy,
		String detail) {
}
