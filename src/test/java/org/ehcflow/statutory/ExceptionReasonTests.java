package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExceptionReasonTests {

	@Nested
	class WhereEachReasonApplies {

		@ParameterizedTest(name = "{0} for {1}: {2}")
		@CsvSource(delimiter = '|', value = {
				"SETTING_CLOSED            | DECIDE_WHETHER_TO_ASSESS | SEND Regulations 2014 reg 5(4)(a)",
				"EARLY_YEARS_CLOSED        | DECIDE_WHETHER_TO_ASSESS | SEND Regulations 2014 reg 5(4)(b)",
				"EXCEPTIONAL_CIRCUMSTANCES | DECIDE_WHETHER_TO_ASSESS | SEND Regulations 2014 reg 5(4)(c)",
				"AWAY_FROM_AREA            | DECIDE_WHETHER_TO_ASSESS | SEND Regulations 2014 reg 5(4)(d)",
				"SETTING_CLOSED            | DECIDE_WHETHER_TO_ISSUE  | SEND Regulations 2014 reg 10(4)(a)",
				"EARLY_YEARS_CLOSED        | DECIDE_WHETHER_TO_ISSUE  | SEND Regulations 2014 reg 10(4)(b)",
				"EXCEPTIONAL_CIRCUMSTANCES | DECIDE_WHETHER_TO_ISSUE  | SEND Regulations 2014 reg 10(4)(c)",
				"AWAY_FROM_AREA            | DECIDE_WHETHER_TO_ISSUE  | SEND Regulations 2014 reg 10(4)(d)",
				"SETTING_CLOSED            | FINAL_PLAN               | SEND Regulations 2014 reg 13(3) and 10(4)(a)",
				"EARLY_YEARS_CLOSED        | FINAL_PLAN               | SEND Regulations 2014 reg 13(3) and 10(4)(b)",
				"EXCEPTIONAL_CIRCUMSTANCES | FINAL_PLAN               | SEND Regulations 2014 reg 13(3) and 10(4)(c)",
				"AWAY_FROM_AREA            | FINAL_PLAN               | SEND Regulations 2014 reg 13(3) and 10(4)(d)",
				"EXCEPTIONAL_CIRCUMSTANCES | ADVICE                   | SEND Regulations 2014 reg 8(2)(a)",
				"AWAY_FROM_AREA            | ADVICE                   | SEND Regulations 2014 reg 8(2)(b)",
				"MISSED_APPOINTMENT        | ADVICE                   | SEND Regulations 2014 reg 8(2)(c)" })
		void aLawfulReasonAppliesAndCitesItsParagraph(ExceptionReason reason, Step step, String regulation) {
			assertThat(reason.appliesTo(step)).isTrue();
			assertThat(reason.regulationFor(step)).isEqualTo(regulation);
		}

		@ParameterizedTest(name = "{0} does not excuse {1}")
		@CsvSource({ "MISSED_APPOINTMENT, DECIDE_WHETHER_TO_ASSESS", "MISSED_APPOINTMENT, DECIDE_WHETHER_TO_ISSUE",
				"MISSED_APPOINTMENT, FINAL_PLAN", "SETTING_CLOSED, ADVICE", "EARLY_YEARS_CLOSED, ADVICE" })
		void aReasonOutsideTheStepsListIsNotLawful(ExceptionReason reason, Step step) {
			assertThat(reason.appliesTo(step)).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> reason.regulationFor(step))
				.withMessageContaining(reason.name())
				.withMessageContaining(step.id());
		}

		@ParameterizedTest(name = "nothing excuses {0}")
		@EnumSource(value = Step.class,
				names = { "DRAFT_REPRESENTATIONS", "SETTING_CONSULTATION", "ANNUAL_REVIEW_DECISION",
						"REVIEW_INVITATIONS", "REVIEW_REPORT", "REVIEW_DECISION", "AMENDMENT_REPRESENTATIONS",
						"AMENDED_PLAN", "PHASE_TRANSFER_PLAN" })
		void otherStepsHaveNoExceptions(Step step) {
			assertThat(ExceptionReason.values()).noneMatch((reason) -> reason.appliesTo(step));
			assertThat(ExceptionReason.applicableTo(step)).isEmpty();
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ExceptionReason.EXCEPTIONAL_CIRCUMSTANCES.regulationFor(step));
		}

	}

	@Nested
	class ApplicableTo {

		@ParameterizedTest
		@EnumSource(value = Step.class, names = { "DECIDE_WHETHER_TO_ASSESS", "DECIDE_WHETHER_TO_ISSUE", "FINAL_PLAN" })
		void theDecisionsAndTheFinalPlanShareTheFourExceptions(Step step) {
			assertThat(ExceptionReason.applicableTo(step)).containsExactly(ExceptionReason.SETTING_CLOSED,
					ExceptionReason.EARLY_YEARS_CLOSED, ExceptionReason.EXCEPTIONAL_CIRCUMSTANCES,
					ExceptionReason.AWAY_FROM_AREA);
		}

		@Test
		void adviceHasItsOwnThree() {
			assertThat(ExceptionReason.applicableTo(Step.ADVICE)).containsExactly(
					ExceptionReason.EXCEPTIONAL_CIRCUMSTANCES, ExceptionReason.AWAY_FROM_AREA,
					ExceptionReason.MISSED_APPOINTMENT);
		}

	}

	@Nested
	class Descriptions {

		@ParameterizedTest
		@EnumSource(ExceptionReason.class)
		void everyReasonIsDescribedInPlainEnglish(ExceptionReason reason) {
			assertThat(reason.description()).isNotBlank().endsWith(".").doesNotContain("reg ");
		}

		@Test
		void noTwoReasonsShareADescription() {
			assertThat(Arrays.stream(ExceptionReason.values()).map(ExceptionReason::description))
				.doesNotHaveDuplicates();
		}

		@Test
		void closuresAndAbsenceMeanAtLeastFourWeeksInARow() {
			assertThat(ExceptionReason.SETTING_CLOSED.description()).contains("four weeks in a row");
			assertThat(ExceptionReason.EARLY_YEARS_CLOSED.description()).contains("four weeks in a row");
			assertThat(ExceptionReason.AWAY_FROM_AREA.description()).contains("four weeks in a row");
		}

	}

}
