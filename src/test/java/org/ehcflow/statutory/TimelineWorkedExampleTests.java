package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/statutory-rules.md: a request received on Monday 2 March
 * 2026, followed through to the first review and a phase transfer. Every date here is
 * copied from the document.
 */
@DisplayName("Worked example of the timeline: request received Monday 2 March 2026")
class TimelineWorkedExampleTests {

	private static final LocalDate REQUEST_RECEIVED = LocalDate.of(2026, 3, 2);

	@Nested
	@DisplayName("the assessment")
	class Assessment {

		private final AssessmentDeadlines deadlines = AssessmentDeadlines.forRequestReceivedOn(REQUEST_RECEIVED);

		@Test
		void theRequestWasReceivedOnAMonday() {
			assertThat(REQUEST_RECEIVED.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		}

		@Test
		void decideWhetherToAssessBy13April2026() {
			assertThat(deadlines.decideWhetherToAssessBy()).isEqualTo("2026-04-13");
		}

		@Test
		void adviceRequestedOn13AprilIsDueBy25May2026() {
			assertThat(AssessmentTimeLimits.adviceDueBy(LocalDate.of(2026, 4, 13))).isEqualTo("2026-05-25");
		}

		@Test
		void decideNotToIssueBy22June2026() {
			assertThat(deadlines.decideWhetherToIssueBy()).isEqualTo("2026-06-22");
		}

		@Test
		void draftServedOn8JuneLeavesTheFamilyUntil22June2026() {
			LocalDate draftServed = LocalDate.of(2026, 6, 8);

			assertThat(AssessmentTimeLimits.draftRepresentationsBy(draftServed)).isEqualTo("2026-06-22");
			assertThat(AssessmentTimeLimits.earliestFinalPlanDate(draftServed)).isEqualTo("2026-06-23");
		}

		@Test
		void theDraftTargetOfWeek14Is8June2026() {
			assertThat(deadlines.draftPlanTargetBy()).isEqualTo("2026-06-08");
		}

		@Test
		void finalPlanBy20July2026() {
			assertThat(deadlines.finalPlanDueBy()).isEqualTo("2026-07-20");
		}

		@Test
		void everyDeadlineCountedInWeeksFallsOnAMondayLikeTheRequest() {
			assertThat(deadlines.decideWhetherToAssessBy().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(deadlines.draftPlanTargetBy().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(deadlines.decideWhetherToIssueBy().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(deadlines.finalPlanDueBy().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		}

	}

	@Nested
	@DisplayName("maintaining the plan issued on 20 July 2026")
	class MaintainingThePlan {

		private final LocalDate planIssued = LocalDate.of(2026, 7, 20);

		@Test
		void firstReviewDecisionBy19July2027() {
			assertThat(ReviewTimeLimits.reviewDecisionBy(planIssued)).isEqualTo("2027-07-19");
		}

		@Test
		void latestReviewMeetingIs21June2027() {
			LocalDate reviewDecisionBy = ReviewTimeLimits.reviewDecisionBy(planIssued);

			assertThat(ReviewTimeLimits.latestMeetingFor(reviewDecisionBy)).isEqualTo("2027-06-21");
		}

		@Test
		void aMeetingOnTheLatestDayStillHasItsDecisionDueOnTheReviewDate() {
			LocalDate meeting = LocalDate.of(2027, 6, 21);

			assertThat(ReviewTimeLimits.invitationsBy(meeting)).isEqualTo("2027-06-07");
			assertThat(ReviewTimeLimits.reportBy(meeting)).isEqualTo("2027-07-05");
			assertThat(ReviewTimeLimits.decisionBy(meeting)).isEqualTo("2027-07-19");
		}

		@Test
		void childInYear6In2026To27MovingToSecondaryInSeptember2027NeedsTheFinalAmendedPlanBefore15February2027() {
			LocalDate due = ReviewTimeLimits.phaseTransferPlanBy(2027, false);

			// "before 15 February": by Sunday 14 February 2027; meeting by Sunday 22
			// November 2026.
			assertThat(due).isEqualTo("2027-02-14");
			assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			assertThat(ReviewTimeLimits.latestPhaseTransferMeeting(due)).isEqualTo("2026-11-22");
		}

	}

}
