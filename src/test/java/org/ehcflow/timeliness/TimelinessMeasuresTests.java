package org.ehcflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.timeliness.Caseload.AssessmentCase;
import org.ehcflow.timeliness.TimelinessSummary.AdviceTimeliness;
import org.ehcflow.timeliness.TimelinessSummary.Reviews;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The definitions of docs/timeliness.md on constructed cases with known answers: no
 * engine, each case a set of variables as the history would hold them. The period is the
 * first half of 2026, today 1 July 2026.
 */
class TimelinessMeasuresTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate END = LocalDate.of(2026, 6, 30);

	static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	static int counter;

	/** A request received that day, with the deadlines the start listener computes. */
	static Map<String, Object> request(String received) {
		LocalDate day = LocalDate.parse(received);
		Map<String, Object> variables = new HashMap<>();
		variables.put("requestReceivedDate", received);
		variables.put("decideWhetherToAssessBy", day.plusWeeks(6).toString());
		variables.put("decideWhetherToIssueBy", day.plusWeeks(16).toString());
		variables.put("finalPlanDueBy", day.plusWeeks(20).toString());
		return variables;
	}

	static Map<String, Object> issued(String received, String issuedOn) {
		Map<String, Object> variables = request(received);
		variables.put("decisionToAssess", "ASSESS");
		variables.put("decisionToIssue", "ISSUE");
		variables.put("finalPlanIssuedDate", issuedOn);
		return variables;
	}

	static ProcessRecord instance(String reference, boolean running, Map<String, Object> variables) {
		counter++;
		return new ProcessRecord("pi-" + counter, reference, null, Instant.parse("2026-01-01T09:00:00Z"),
				running ? null : Instant.parse("2026-06-30T09:00:00Z"), variables);
	}

	static AssessmentCase assessment(String reference, boolean running, Map<String, Object> variables,
			boolean exception, ProcessRecord... advice) {
		return new AssessmentCase(instance(reference, running, variables), exception, List.of(advice));
	}

	static ProcessRecord advice(String service, String dueBy, String received, boolean running) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("adviceService", service);
		variables.put("adviceDueBy", dueBy);
		if (received != null) {
			variables.put("adviceReceivedDate", received);
		}
		return instance(null, running, variables);
	}

	static TimelinessMeasures.Result measure(List<AssessmentCase> assessments) {
		return TimelinessMeasures.of(new Caseload(assessments, List.of(), List.of()), START, END, TODAY);
	}

	static List<String> references(TimelinessMeasures.Result result, String measure) {
		return result.cases().get(measure).stream().map(CaseRow::caseReference).toList();
	}

	@Nested
	class NewPlansWithinTwentyWeeks {

		final List<AssessmentCase> plans = List.of(
				// on time: 20 weeks to the day (2 March -> 20 July is outside the period,
				// so earlier)
				assessment("ON-TIME", false, issued("2026-01-05", "2026-05-25"), false),
				// late by a day, with a time-limit exception recorded (SEN2 Week20)
				assessment("LATE-EXCEPTION", false, issued("2026-01-05", "2026-05-26"), true),
				// late, no exception
				assessment("LATE", false, issued("2026-01-12", "2026-06-15"), false),
				// issued before the period: not counted
				assessment("BEFORE", false, issued("2025-07-01", "2025-11-01"), false),
				// withdrawn: no plan
				assessment("WITHDRAWN", false, withdrawn("2026-03-02", "2026-03-20"), false));

		static Map<String, Object> withdrawn(String received, String on) {
			Map<String, Object> variables = request(received);
			variables.put("caseClosedReason", "WITHDRAWN");
			variables.put("caseClosedDate", on);
			return variables;
		}

		@Test
		void aPlanIssuedOnItsTwentyWeekDateIsOnTimeAndADayLaterIsLate() {
			TimelinessSummary summary = measure(plans).summary();

			assertThat(summary.plansIssued()).isEqualTo(3);
			assertThat(summary.plansIssuedWithin20Weeks()).isEqualTo(1);
			assertThat(summary.percentWithin20Weeks()).isEqualTo(33.3);
		}

		@Test
		void excludingExceptionsTakesCasesWithAnExceptionOutOfBothSides() {
			TimelinessSummary summary = measure(plans).summary();

			assertThat(summary.plansIssuedWithException()).isEqualTo(1);
			assertThat(summary.plansIssuedExcludingExceptions()).isEqualTo(2);
			assertThat(summary.plansIssuedWithin20WeeksExcludingExceptions()).isEqualTo(1);
			assertThat(summary.percentWithin20WeeksExcludingExceptions()).isEqualTo(50.0);
		}

		@Test
		void eachNumberListsTheCasesBehindIt() {
			TimelinessMeasures.Result result = measure(plans);

			assertThat(references(result, "plansIssued")).containsExactlyInAnyOrder("ON-TIME", "LATE-EXCEPTION",
					"LATE");
			assertThat(references(result, "plansIssuedLate")).containsExactlyInAnyOrder("LATE-EXCEPTION", "LATE");
			assertThat(references(result, "plansIssuedWithException")).containsExactly("LATE-EXCEPTION");
			assertThat(references(result, "requestsWithdrawn")).containsExactly("WITHDRAWN");
		}

		@Test
		void averageWeeksToIssueCountsCalendarDaysFromTheRequest() {
			// 140, 141 and 154 days
			assertThat(measure(plans).summary().averageWeeksToIssue()).isEqualTo(20.7);
		}

		@Test
		void theTrendHasTwelveMonthsEndingWithThePeriodsLast() {
			TimelinessSummary summary = measure(plans).summary();

			assertThat(summary.monthlyTrend()).hasSize(12);
			assertThat(summary.monthlyTrend().get(0).month()).isEqualTo("2025-07");
			assertThat(summary.monthlyTrend())
				.extracting(TimelinessSummary.Month::month, TimelinessSummary.Month::plansIssued,
						TimelinessSummary.Month::plansIssuedWithin20Weeks,
						TimelinessSummary.Month::percentWithin20Weeks,
						TimelinessSummary.Month::percentWithin20WeeksExcludingExceptions)
				.contains(tuple("2025-11", 1, 1, 100.0, 100.0), tuple("2026-05", 2, 1, 50.0, 100.0),
						tuple("2026-06", 1, 0, 0.0, 0.0), tuple("2026-01", 0, 0, null, null));
		}

		@Test
		void withNothingIssuedThePercentagesAreUnknownNotZero() {
			TimelinessSummary summary = measure(List.of()).summary();

			assertThat(summary.plansIssued()).isZero();
			assertThat(summary.percentWithin20Weeks()).isNull();
			assertThat(summary.percentWithin20WeeksExcludingExceptions()).isNull();
			assertThat(summary.averageWeeksToIssue()).isNull();
		}

	}

	@Nested
	class Decisions {

		static Map<String, Object> decided(String received, String decision, String on) {
			Map<String, Object> variables = request(received);
			variables.put("decisionToAssess", decision);
			variables.put("decisionToAssessDate", on);
			return variables;
		}

		@Test
		void requestDecisionsWithinSixWeeksAndTheShareNotToAssess() {
			Map<String, Object> notIssued = decided("2026-01-05", "ASSESS", "2026-02-16");
			notIssued.put("decisionToIssue", "DO_NOT_ISSUE");
			notIssued.put("decisionToIssueDate", "2026-04-20");
			TimelinessSummary summary = measure(
					List.of(assessment("A", false, decided("2026-01-05", "DO_NOT_ASSESS", "2026-02-16"), false),
							assessment("B", true, decided("2026-01-05", "ASSESS", "2026-02-17"), false),
							assessment("C", false, notIssued, false),
							assessment("D", false, decided("2025-10-01", "ASSESS", "2025-11-01"), false)))
				.summary();

			assertThat(summary.requestDecisions()).isEqualTo(3);
			assertThat(summary.requestDecisionsWithin6Weeks()).isEqualTo(2);
			assertThat(summary.percentRequestDecisionsWithin6Weeks()).isEqualTo(66.7);
			assertThat(summary.decisionsNotToAssess()).isEqualTo(1);
			assertThat(summary.percentNotToAssess()).isEqualTo(33.3);
			assertThat(summary.issueDecisions()).isEqualTo(1);
			assertThat(summary.decisionsNotToIssue()).isEqualTo(1);
			assertThat(summary.percentNotToIssue()).isEqualTo(100.0);
		}

		static Map<String, Object> refused(String received, String decidedOn, String notifiedOn) {
			Map<String, Object> variables = decided(received, "ASSESS",
					LocalDate.parse(received).plusWeeks(5).toString());
			variables.put("decisionToIssue", "DO_NOT_ISSUE");
			variables.put("decisionToIssueDate", decidedOn);
			variables.put("decisionToIssueNoticeSentDate", notifiedOn);
			return variables;
		}

		@Test
		void decisionsNotToIssueWithinSixteenWeeksAsTheDfeCountsThem() {
			// Received 5 January 2026: 16 weeks end on Monday 27 April 2026 (reg 10(1)).
			Map<String, Object> issuedLate = decided("2026-01-05", "ASSESS", "2026-02-09");
			issuedLate.put("decisionToIssue", "ISSUE");
			issuedLate.put("decisionToIssueDate", "2026-05-11"); // week 18: not a
																	// refusal, not
																	// counted
			List<AssessmentCase> cases = List.of(
					assessment("A", false, refused("2026-01-05", "2026-04-27", "2026-04-27"), false),
					assessment("B", false, refused("2026-01-05", "2026-04-27", "2026-04-29"), false),
					assessment("C", false, refused("2026-01-05", "2026-04-28", "2026-04-28"), false),
					assessment("D", true, issuedLate, false));

			TimelinessMeasures.Result byNotice = measure(cases);
			assertThat(byNotice.summary().decisionsNotToIssue()).isEqualTo(3);
			assertThat(byNotice.summary().decisionsNotToIssueWithin16Weeks()).isEqualTo(1);
			assertThat(byNotice.summary().percentDecisionsNotToIssueWithin16Weeks()).isEqualTo(33.3);
			assertThat(references(byNotice, "decisionsNotToIssueWithin16Weeks")).containsExactly("A");
			assertThat(references(byNotice, "decisionsNotToIssueLate")).containsExactly("B", "C");

			// ehcflow.readings.decision-done-on = DECISION_DATE: B's decision was in
			// time, its late notice aside.
			TimelinessMeasures.Result byDecision = TimelinessMeasures.of(new Caseload(cases, List.of(), List.of()),
					START, END, TODAY,
					new StatutoryReadings(StatutoryReadings.ReviewNotice.FOURTEEN_DAYS,
							StatutoryReadings.DecisionDoneOn.DECISION_DATE,
							StatutoryReadings.EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD, false, true, true));
			assertThat(references(byDecision, "decisionsNotToIssueWithin16Weeks")).containsExactly("A", "B");
		}

	}

	@Nested
	class OpenAssessments {

		@Test
		void areCountedByFullWeeksSinceTheRequestWithTwentyAndOverTogether() {
			TimelinessSummary summary = measure(List.of(assessment("W0", true, request("2026-06-25"), false),
					assessment("W1", true, request("2026-06-24"), false),
					assessment("W20", true, request("2026-02-11"), false),
					assessment("W30", true, request("2025-12-01"), false),
					assessment("ENDED", false, request("2026-06-01"), false)))
				.summary();

			assertThat(summary.openAssessments()).isEqualTo(4);
			assertThat(summary.openAssessmentsByWeek()).hasSize(21);
			assertThat(summary.openAssessmentsByWeek().get(0).count()).isEqualTo(1);
			assertThat(summary.openAssessmentsByWeek().get(1).count()).isEqualTo(1);
			assertThat(summary.openAssessmentsByWeek().get(20).week()).isEqualTo("20+");
			assertThat(summary.openAssessmentsByWeek().get(20).count()).isEqualTo(2);
		}

		@Test
		void aCaseWithoutADraftIsAtRiskWhenTheLastDayToServeItIsWithinFourteenDays() {
			// 20 weeks end 30 July: the draft must be served by 15 July = today + 14
			AssessmentCase atRisk = assessment("AT-RISK", true, request("2026-03-12"), false);
			// 20 weeks end 31 July: draft by 16 July = today + 15
			AssessmentCase notYet = assessment("NOT-YET", true, request("2026-03-13"), false);
			TimelinessSummary summary = measure(List.of(atRisk, notYet)).summary();

			assertThat(summary.atRisk()).singleElement().satisfies(risk -> {
				assertThat(risk.caseReference()).isEqualTo("AT-RISK");
				assertThat(risk.actBy()).isEqualTo(LocalDate.of(2026, 7, 15));
				assertThat(risk.action()).isEqualTo("serve the draft plan");
				assertThat(risk.finalPlanDueBy()).isEqualTo(LocalDate.of(2026, 7, 30));
				assertThat(risk.nextStep()).isEqualTo("decideWhetherToAssess");
				assertThat(risk.nextDeadline()).isEqualTo(LocalDate.of(2026, 4, 23));
			});
		}

		@Test
		void afterWeek16TheNextStepOfACaseAtRiskIsTheFinalPlanNotTheDecisionWhoseMilestonePassed() {
			// Request 5 March 2026: week 16 ended 25 June, 20 weeks end 23 July; no
			// decision to issue yet.
			Map<String, Object> assessed = request("2026-03-05");
			assessed.put("decisionToAssess", "ASSESS");
			TimelinessSummary summary = measure(List.of(assessment("PAST-16", true, assessed, false))).summary();

			assertThat(summary.atRisk()).singleElement().satisfies(risk -> {
				assertThat(risk.action()).isEqualTo("serve the draft plan");
				assertThat(risk.nextStep()).isEqualTo("finalPlan");
				assertThat(risk.nextDeadline()).isEqualTo(LocalDate.of(2026, 7, 23));
			});
		}

		@Test
		void aCaseWithTheDraftServedIsAtRiskWhenItsTwentyWeeksEndWithinFourteenDays() {
			Map<String, Object> drafted = request("2026-02-20");
			drafted.put("decisionToAssess", "ASSESS");
			drafted.put("decisionToIssue", "ISSUE");
			drafted.put("draftServedDate", "2026-06-20");
			drafted.put("draftRepresentationsBy", "2026-07-04");
			TimelinessSummary summary = measure(List.of(assessment("DRAFTED", true, drafted, false))).summary();

			assertThat(summary.atRisk()).singleElement().satisfies(risk -> {
				assertThat(risk.action()).isEqualTo("issue the final plan");
				assertThat(risk.actBy()).isEqualTo(LocalDate.of(2026, 7, 10));
				assertThat(risk.nextStep()).isEqualTo("draftRepresentations");
				assertThat(risk.nextDeadline()).isEqualTo(LocalDate.of(2026, 7, 4));
			});
		}

		@Test
		void aCaseAlreadyPastTwentyWeeksIsLateNotAtRisk() {
			assertThat(measure(List.of(assessment("LATE", true, request("2026-01-05"), false))).summary().atRisk())
				.isEmpty();
		}

	}

	@Nested
	class Advice {

		@Test
		void adviceDueInThePeriodIsOnTimeLateOrStillAwaitedByService() {
			AssessmentCase a = assessment("A", true, request("2026-03-02"), false,
					advice("MEDICAL", "2026-05-25", "2026-05-25", false), // on its date:
																			// on time
					advice("MEDICAL", "2026-05-25", "2026-05-26", false), // a day late
					advice("MEDICAL", "2026-06-01", null, true), // still awaited past its
																	// date
					advice("MEDICAL", "2026-07-01", null, true), // due today: not yet
																	// counted
					advice("MEDICAL", "2026-06-01", null, false), // cancelled with the
																	// case: never due
					advice("PSYCHOLOGICAL", "2026-05-25", "2026-05-20", false));
			TimelinessSummary summary = measure(List.of(a)).summary();

			assertThat(summary.adviceByService())
				.extracting(AdviceTimeliness::service, AdviceTimeliness::due, AdviceTimeliness::onTime,
						AdviceTimeliness::late, AdviceTimeliness::awaitedPastDue, AdviceTimeliness::percentOnTime)
				.containsExactly(tuple("MEDICAL", 3, 1, 2, 1, 33.3), tuple("PSYCHOLOGICAL", 1, 1, 0, 0, 100.0));
			assertThat(summary.adviceByService().get(0).serviceName()).isEqualTo("Health (medical advice)");
		}

	}

	@Nested
	class ReviewsAndPhaseTransfers {

		static ProcessRecord plan(String reference, boolean running, Map<String, Object> variables) {
			return instance(reference, running, variables);
		}

		static ProcessRecord review(String reference, ProcessRecord plan, boolean running,
				Map<String, Object> variables) {
			counter++;
			return new ProcessRecord("review-" + counter, reference, plan == null ? null : plan.id(),
					Instant.parse("2026-01-01T09:00:00Z"), running ? null : Instant.parse("2026-06-01T09:00:00Z"),
					variables);
		}

		@Test
		void reviewsOverdueDueSoonAndLateDecisionsAndAmendments() {
			ProcessRecord overdue = plan("OVERDUE", true, Map.of("annualReviewDecisionBy", "2026-06-30"));
			ProcessRecord dueSoon = plan("DUE-SOON", true, Map.of("annualReviewDecisionBy", "2026-07-31"));
			ProcessRecord later = plan("LATER", true, Map.of("annualReviewDecisionBy", "2026-08-01"));
			ProcessRecord ceased = plan("CEASED", true,
					Map.of("annualReviewDecisionBy", "2026-01-01", "planStatus", "CEASED"));
			List<ProcessRecord> reviews = List.of(
					review("LATE-DECISION", null, false,
							Map.of("reviewDecisionBy", "2026-03-01", "reviewDecisionDate", "2026-03-02")),
					review("ON-TIME", null, false,
							Map.of("reviewDecisionBy", "2026-03-01", "reviewDecisionDate", "2026-03-01",
									"amendedPlanDueBy", "2026-04-26", "amendedPlanIssuedDate", "2026-04-27")),
					review("WAITING", null, true, Map.of("reviewDecisionBy", "2026-06-30")),
					review("AMENDING", null, true, Map.of("reviewDecisionBy", "2026-03-01", "reviewDecisionDate",
							"2026-03-01", "amendedPlanDueBy", "2026-06-30")));
			TimelinessMeasures.Result result = TimelinessMeasures
				.of(new Caseload(List.of(), List.of(overdue, dueSoon, later, ceased), reviews), START, END, TODAY);
			Reviews measures = result.summary().reviews();

			assertThat(measures.plansMaintained()).isEqualTo(3);
			assertThat(measures.reviewsOverdue()).isEqualTo(1);
			assertThat(measures.reviewsDueIn30Days()).isEqualTo(1);
			assertThat(measures.reviewDecisions()).isEqualTo(3);
			assertThat(references(result, "reviewDecisionsLate")).containsExactly("LATE-DECISION", "WAITING");
			assertThat(measures.amendedPlans()).isEqualTo(1);
			assertThat(references(result, "amendmentsLate")).containsExactly("ON-TIME", "AMENDING");
		}

		@Test
		void aPhaseTransferIsAtRiskWhenTheMeetingWasNotHeldInTimeOrTheDateHasPassed() {
			ProcessRecord noMeeting = plan("NO-MEETING", true,
					Map.of("phaseTransferPlanBy", "2027-02-15", "reviewMeetingBy", "2026-06-30"));
			ProcessRecord meetingLate = plan("MEETING-LATE", true,
					Map.of("phaseTransferPlanBy", "2027-03-31", "reviewMeetingBy", "2026-12-31"));
			ProcessRecord meetingHeld = plan("MEETING-HELD", true,
					Map.of("phaseTransferPlanBy", "2027-02-15", "reviewMeetingBy", "2026-06-30"));
			ProcessRecord done = plan("DONE", true, Map.of("phaseTransferPlanBy", "2026-02-15", "reviewMeetingBy",
					"2025-11-01", "amendedPlanIssuedDate", "2026-02-10"));
			ProcessRecord missed = plan("MISSED", true,
					Map.of("phaseTransferPlanBy", "2026-02-15", "reviewMeetingBy", "2025-11-01"));
			ProcessRecord notYet = plan("NOT-YET", true,
					Map.of("phaseTransferPlanBy", "2027-02-15", "reviewMeetingBy", "2026-11-20"));
			List<ProcessRecord> reviews = List.of(
					review("MEETING-LATE", meetingLate, true, Map.of("reviewMeetingDate", "2027-01-10")),
					review("MEETING-HELD", meetingHeld, true, Map.of("reviewMeetingDate", "2026-06-20")));
			TimelinessMeasures.Result result = TimelinessMeasures.of(new Caseload(List.of(),
					List.of(noMeeting, meetingLate, meetingHeld, done, missed, notYet), reviews), START, END, TODAY);

			assertThat(references(result, "phaseTransfersAtRisk")).containsExactly("NO-MEETING", "MEETING-LATE",
					"MISSED");
			assertThat(result.summary().reviews().phaseTransfersAtRisk15February()).isEqualTo(2);
			assertThat(result.summary().reviews().phaseTransfersAtRisk31March()).isEqualTo(1);
		}

	}

}
