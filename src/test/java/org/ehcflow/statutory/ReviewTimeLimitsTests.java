package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewTimeLimitsTests {

	@Nested
	class ReviewDecision {

		@ParameterizedTest(name = "issued or last reviewed {0}: decision by {1}")
		@CsvSource({ "2026-07-20, 2027-07-19", "2027-01-01, 2027-12-31", "2026-12-31, 2027-12-30",
				"2027-03-01, 2028-02-29", "2028-03-01, 2029-02-28", "2028-02-28, 2029-02-27",
				"2027-07-19, 2028-07-18" })
		void theReviewIsDueWithinThe12MonthsStartingWithTheIssueOrLastReviewDecision(LocalDate start, LocalDate due) {
			assertThat(ReviewTimeLimits.reviewDecisionBy(start)).isEqualTo(due);
		}

		@Test
		void aPlanIssuedOn29February2028IsDueForReviewBy28February2029() {
			// 2029 has no 29 February: the period ends on the last day of that February.
			assertThat(ReviewTimeLimits.reviewDecisionBy(LocalDate.of(2028, 2, 29))).isEqualTo("2029-02-28");
		}

		@Test
		void anEarlyReviewDecisionBringsTheNextReviewForward() {
			// Plan issued 20 July 2026, first review decided early on 10 May 2027.
			assertThat(ReviewTimeLimits.reviewDecisionBy(LocalDate.of(2027, 5, 10))).isEqualTo("2028-05-09");
		}

	}

	@Nested
	class LatestMeeting {

		@ParameterizedTest(name = "review due {0}: meet by {1}")
		@CsvSource({ "2027-07-19, 2027-06-21", "2027-01-20, 2026-12-23", "2028-03-27, 2028-02-28",
				"2028-03-28, 2028-02-29", "2029-02-27, 2029-01-30" })
		void theMeetingIsHeldAtLeastFourWeeksBeforeTheReviewIsDue(LocalDate reviewDue, LocalDate meetBy) {
			assertThat(ReviewTimeLimits.latestMeetingFor(reviewDue)).isEqualTo(meetBy);
		}

		@Test
		void aMeetingOnTheLatestDayHasItsDecisionDueOnTheReviewDate() {
			LocalDate reviewDue = LocalDate.of(2029, 2, 27);

			assertThat(ReviewTimeLimits.decisionBy(ReviewTimeLimits.latestMeetingFor(reviewDue))).isEqualTo(reviewDue);
		}

	}

	@Nested
	class AroundTheMeeting {

		@ParameterizedTest(name = "meeting {0}: invite and circulate by {1}, report by {2}, decide by {3}")
		@CsvSource({ "2027-06-21, 2027-06-07, 2027-07-05, 2027-07-19", "2026-12-28, 2026-12-14, 2027-01-11, 2027-01-25",
				"2027-01-05, 2026-12-22, 2027-01-19, 2027-02-02", "2028-02-15, 2028-02-01, 2028-02-29, 2028-03-14",
				"2028-03-10, 2028-02-25, 2028-03-24, 2028-04-07" })
		void noticeAndAdviceGoTwoWeeksBeforeTheReportTwoWeeksAfterAndTheDecisionFourWeeksAfter(LocalDate meeting,
				LocalDate inviteBy, LocalDate reportBy, LocalDate decideBy) {
			assertThat(ReviewTimeLimits.invitationsBy(meeting)).isEqualTo(inviteBy);
			assertThat(ReviewTimeLimits.adviceCirculatedBy(meeting)).isEqualTo(inviteBy);
			assertThat(ReviewTimeLimits.reportBy(meeting)).isEqualTo(reportBy);
			assertThat(ReviewTimeLimits.decisionBy(meeting)).isEqualTo(decideBy);
		}

	}

	@Nested
	class Amendments {

		@ParameterizedTest(name = "notice {0}: representations until {1}, amended plan by {2}")
		@CsvSource({ "2027-07-19, 2027-08-02, 2027-09-13", "2026-12-21, 2027-01-04, 2027-02-15",
				"2028-02-15, 2028-02-29, 2028-04-11" })
		void theFamilyHas15DaysBeginningWithServiceAndThePlanIsFinalWithin8Weeks(LocalDate notice,
				LocalDate representationsBy, LocalDate amendedBy) {
			assertThat(ReviewTimeLimits.amendmentRepresentationsBy(notice)).isEqualTo(representationsBy);
			assertThat(ReviewTimeLimits.amendedPlanBy(notice)).isEqualTo(amendedBy);
		}

		@Test
		void anAmendedPlanIsFinalAtMost12WeeksAfterTheMeeting() {
			LocalDate meeting = LocalDate.of(2027, 6, 21);

			LocalDate amendedBy = ReviewTimeLimits.amendedPlanBy(ReviewTimeLimits.decisionBy(meeting));

			assertThat(ChronoUnit.WEEKS.between(meeting, amendedBy)).isEqualTo(12);
		}

	}

	@Nested
	class PhaseTransfer {

		// reg 18(1)(b): "before 15 February" - 15 February is the first unlawful day.
		@ParameterizedTest(name = "transfer in {0}: by {1}")
		@CsvSource({ "2027, 2027-02-14", "2028, 2028-02-14", "2029, 2029-02-14" })
		void mostTransfersNeedTheFinalPlanBefore15FebruarySoBy14February(int year, LocalDate due) {
			assertThat(ReviewTimeLimits.phaseTransferPlanBy(year, false)).isEqualTo(due);
		}

		@ParameterizedTest(name = "transfer in {0}: by {1}")
		// reg 18(1)(a): "before 31st March" - 31 March is the first unlawful day.
		@CsvSource({ "2027, 2027-03-30", "2028, 2028-03-30" })
		void secondarySchoolToPost16NeedsTheFinalPlanBefore31MarchSoBy30March(int year, LocalDate due) {
			assertThat(ReviewTimeLimits.phaseTransferPlanBy(year, true)).isEqualTo(due);
		}

		@Test
		void theMeetingShouldBeHeld12WeeksBeforeTheLastLawfulDay() {
			// 14 Feb 2027 less 84 days: 22 Nov 2026; 30 Mar 2027 less 84 days: 5 Jan
			// 2027.
			assertThat(ReviewTimeLimits.latestPhaseTransferMeeting(LocalDate.of(2027, 2, 14))).isEqualTo("2026-11-22");
			assertThat(ReviewTimeLimits.latestPhaseTransferMeeting(LocalDate.of(2027, 3, 30))).isEqualTo("2027-01-05");
		}

		@ParameterizedTest(name = "on {0}: post-16 {1} -> {2}")
		@CsvSource({ "2026-12-02, false, 2027-02-14", "2026-12-02, true, 2027-03-30", "2026-09-01, false, 2027-02-14",
				"2027-08-31, false, 2027-02-14", "2027-09-01, false, 2028-02-14", "2027-02-20, false, 2027-02-14" })
		void theTransferDecidedTodayIsTheNextSeptembers(LocalDate today, boolean post16, LocalDate due) {
			assertThat(ReviewTimeLimits.phaseTransferPlanByForTransferThisAcademicYear(today, post16)).isEqualTo(due);
		}

	}

	@Nested
	class UnderFives {

		@ParameterizedTest(name = "last decision {0}, every {1} months: by {2}")
		@CsvSource({ "2026-07-20, 6, 2027-01-19", "2026-07-20, 3, 2026-10-19", "2026-10-01, 3, 2026-12-31",
				"2026-09-01, 6, 2027-02-28", "2027-09-01, 6, 2028-02-29", "2026-08-31, 6, 2027-02-28",
				"2027-11-30, 3, 2028-02-29" })
		void theNextReviewIsDueWithinTheChosenMonthsStartingWithTheLastDecision(LocalDate last, int months,
				LocalDate due) {
			assertThat(ReviewTimeLimits.underFiveReviewDecisionBy(last, months)).isEqualTo(due);
		}

		@Test
		void theDefaultIsSixMonths() {
			assertThat(ReviewTimeLimits.DEFAULT_UNDER_FIVE_REVIEW_MONTHS).isEqualTo(6);
		}

		@ParameterizedTest
		@ValueSource(ints = { 0, -3, 13 })
		void anIntervalOutside1To12MonthsIsRefused(int months) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ReviewTimeLimits.underFiveReviewDecisionBy(LocalDate.of(2026, 7, 20), months));
		}

	}

	@Nested
	class ArrangingTheMeeting {

		@Test
		void invitationsSentTodayAllowAMeetingTwoWeeksFromNowAtTheEarliest() {
			assertThat(ReviewTimeLimits.earliestMeeting(LocalDate.of(2027, 5, 3))).isEqualTo(LocalDate.of(2027, 5, 17));
		}

		@ParameterizedTest(name = "year {0}: {1}")
		@CsvSource({ "N1, false", "N2, false", "R, false", "1, false", "8, false", "9, true", "11, true", "14, true",
				"-1, false" })
		void everyReviewFromYear9CoversPreparingForAdulthood(String year, boolean covers) {
			assertThat(ReviewTimeLimits.coversPreparingForAdulthood(year)).isEqualTo(covers);
		}

		@Test
		void aYearGroupGivenAsANumberOrAYoungPersonPastSchoolIsReadToo() {
			assertThat(ReviewTimeLimits.coversPreparingForAdulthood(10)).isTrue();
			assertThat(ReviewTimeLimits.coversPreparingForAdulthood(4)).isFalse();
			assertThat(ReviewTimeLimits.coversPreparingForAdulthood(null)).isTrue();
		}

		@Test
		void aNewSettingAskedForInResponseToAmendmentsShouldReplyWithin15Days() {
			assertThat(ReviewTimeLimits.newSettingConsultationBy(LocalDate.of(2027, 7, 1)))
				.isEqualTo(LocalDate.of(2027, 7, 16));
		}

	}

}
