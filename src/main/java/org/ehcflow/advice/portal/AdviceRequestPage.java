package org.ehcflow.advice.portal;

/**
 * What the portal shows about one advice request: enough for the advice giver to know the
 * child, no more (first name and date of birth; never the last name, address or family).
 *
 * @param caseReference the case reference, e.g. EHC-2026-00042
 * @param childFirstName the child's first name
 * @param childDateOfBirth the date of birth in words, e.g. "14 May 2016"
 * @param adviceFrom whose advice is asked, e.g. "educational psychology"
 * @param regulation the regulation that requires it, e.g. "SEND Regulations 2014 reg
 * 6(1)(d)"
 * @param dueBy the due date in words, e.g. "Monday 25 May 2026"
 * @param overdue whether that day has passed
 * @param forReview whether the advice is for an annual review of the plan (reg 20(4))
 * rather than an assessment
 */
record AdviceRequestPage(String caseReference, String childFirstName, String childDateOfBirth, String adviceFrom,
		String regulation, String dueBy, boolean overdue, boolean forReview) {
}
