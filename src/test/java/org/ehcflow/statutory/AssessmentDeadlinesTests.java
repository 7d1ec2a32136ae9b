package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AssessmentDeadlinesTests {

	@Nested
	class ForRequestReceivedOn {

		@ParameterizedTest(name = "received {0}: assess by {1}, draft aim {2}, not-issue by {3}, final by {4}")
		@CsvSource({ "2026-03-02, 2026-04-13, 2026-06-08, 2026-06-22, 2026-07-20",
				"2026-12-31, 2027-02-11, 2027-04-08, 2027-04-22, 2027-05-20",
				"2027-12-31, 2028-02-11, 2028-04-07, 2028-04-21, 2028-05-19",
				"2027-12-21, 2028-02-01, 2028-03-28, 2028-04-11, 2028-05-09",
				"2028-02-29, 2028-04-11, 2028-06-06, 2028-06-20, 2028-07-18" })
		void everyClockRunsInWholeWeeksFromTheDayTheRequestWasReceived(LocalDate received, LocalDate assessBy,
				LocalDate draftTarget, LocalDate issueBy, LocalDate finalBy) {
			AssessmentDeadlines deadlines = AssessmentDeadlines.forRequestReceivedOn(received);

			assertThat(deadlines).isEqualTo(new AssessmentDeadlines(received, assessBy, draftTarget, issueBy, finalBy));
		}

		@Test
		void theClocksAre6And14And16And20WeeksLong() {
			LocalDate received = LocalDate.of(2026, 11, 9);
			AssessmentDeadlines deadlines = AssessmentDeadlines.forRequestReceivedOn(received);

			assertThat(ChronoUnit.DAYS.between(received, deadlines.decideWhetherToAssessBy())).isEqualTo(42);
			assertThat(ChronoUnit.DAYS.between(received, deadlines.draftPlanTargetBy())).isEqualTo(98);
			assertThat(ChronoUnit.DAYS.between(received, deadlines.decideWhetherToIssueBy())).isEqualTo(112);
			assertThat(ChronoUnit.DAYS.between(received, deadlines.finalPlanDueBy())).isEqualTo(140);
		}

		@Test
		void theDraftTargetLeavesRoomForTwo15DayWindowsBeforeTheFinalPlan() {
			AssessmentDeadlines deadlines = AssessmentDeadlines.forRequestReceivedOn(LocalDate.of(2026, 3, 2));

			LocalDate familyWindowEnds = AssessmentTimeLimits.draftRepresentationsBy(deadlines.draftPlanTargetBy());
			LocalDate settingReplyDue = AssessmentTimeLimits.settingConsultationBy(familyWindowEnds);

			assertThat(settingReplyDue).isBeforeOrEqualTo(deadlines.finalPlanDueBy());
		}

		@Test
		void aMissingReceiptDateIsRefused() {
			assertThatNullPointerException().isThrownBy(() -> AssessmentDeadlines.forRequestReceivedOn(null));
		}

	}

	@Nested
	class DueBy {

		private final AssessmentDeadlines deadlines = AssessmentDeadlines
			.forRequestReceivedOn(LocalDate.of(2026, 3, 2));

		@Test
		void theDecisionsAndTheFinalPlanRunFromTheRequest() {
			assertThat(deadlines.dueBy(Step.DECIDE_WHETHER_TO_ASSESS)).contains(LocalDate.of(2026, 4, 13));
			assertThat(deadlines.dueBy(Step.DECIDE_WHETHER_TO_ISSUE)).contains(LocalDate.of(2026, 6, 22));
			assertThat(deadlines.dueBy(Step.FINAL_PLAN)).contains(LocalDate.of(2026, 7, 20));
		}

		@ParameterizedTest
		@EnumSource(value = Step.class, mode = EnumSource.Mode.EXCLUDE,
				names = { "DECIDE_WHETHER_TO_ASSESS", "DECIDE_WHETHER_TO_ISSUE", "FINAL_PLAN" })
		void otherStepsDoNotRunFromTheRequest(Step step) {
			assertThat(deadlines.dueBy(step)).isEmpty();
		}

	}

}
