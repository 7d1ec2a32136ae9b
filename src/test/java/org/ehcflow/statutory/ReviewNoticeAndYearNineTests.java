package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2 weeks before a review meeting counted either way a council reads reg 20(3)-(4),
 * 21(3)-(4) (14 days, or 15 clear days), and "in or beyond year 9" judged on the
 * meeting's date (reg 20(6), 21(6)) after the 1 September move-up.
 */
class ReviewNoticeAndYearNineTests {

	@Nested
	class TwoWeeksNotice {

		// Meeting Monday 21 June 2027.
		static final LocalDate MEETING = LocalDate.of(2027, 6, 21);

		@Test
		void fourteenDaysMeansSentByMonday7June() {
			assertThat(ReviewTimeLimits.invitationsBy(MEETING, 14)).isEqualTo("2027-06-07");
			assertThat(ReviewTimeLimits.adviceCirculatedBy(MEETING, 14)).isEqualTo("2027-06-07");
		}

		@Test
		void fifteenClearDaysMeansSentBySaturday5June() {
			// 15 whole days, 6 to 20 June, lie between the day sent and the meeting day.
			assertThat(ReviewTimeLimits.invitationsBy(MEETING, 16)).isEqualTo("2027-06-05");
			assertThat(ReviewTimeLimits.adviceCirculatedBy(MEETING, 16)).isEqualTo("2027-06-05");
		}

		@Test
		void invitationsSentMonday3MayAllowAMeetingFrom17MayOr19May() {
			assertThat(ReviewTimeLimits.earliestMeeting(LocalDate.of(2027, 5, 3), 14)).isEqualTo("2027-05-17");
			assertThat(ReviewTimeLimits.earliestMeeting(LocalDate.of(2027, 5, 3), 16)).isEqualTo("2027-05-19");
		}

		@Test
		void theOneArgumentFormsKeepFourteenDays() {
			assertThat(ReviewTimeLimits.invitationsBy(MEETING)).isEqualTo(ReviewTimeLimits.invitationsBy(MEETING, 14));
			assertThat(ReviewTimeLimits.earliestMeeting(MEETING))
				.isEqualTo(ReviewTimeLimits.earliestMeeting(MEETING, 14));
		}

	}

	@Nested
	class InOrBeyondYearNine {

		@ParameterizedTest(name = "Year {0} on {1}, meeting {2}: preparing for adulthood = {3}")
		@CsvSource({ "8, 2026-08-10, 2026-10-05, true", // started in August, meeting
														// after the move-up
				"8, 2026-08-10, 2026-08-31, false", // meeting before it
				"8, 2026-08-31, 2026-09-01, true", // the move-up day itself
				"8, 2026-09-01, 2027-07-20, false", // Year 8 all year
				"7, 2026-08-10, 2027-10-05, true", // two moves up
				"N2, 2026-08-10, 2026-10-05, false" })
		void judgedOnTheMeetingsDate(String year, LocalDate recordedOn, LocalDate meeting, boolean covers) {
			assertThat(ReviewTimeLimits.coversPreparingForAdulthoodOn(year, recordedOn, meeting)).isEqualTo(covers);
		}

		@Test
		void aYoungPersonPastSchoolIsAlwaysReviewedWithIt() {
			assertThat(ReviewTimeLimits.coversPreparingForAdulthoodOn(null, LocalDate.of(2026, 8, 10),
					LocalDate.of(2026, 10, 5)))
				.isTrue();
		}

	}

}
