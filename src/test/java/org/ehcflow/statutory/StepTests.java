package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StepTests {

	@Nested
	class Ids {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource({ "DECIDE_WHETHER_TO_ASSESS, decideWhetherToAssess", "ADVICE, advice",
				"DECIDE_WHETHER_TO_ISSUE, decideWhetherToIssue", "DRAFT_REPRESENTATIONS, draftRepresentations",
				"SETTING_CONSULTATION, settingConsultation", "FINAL_PLAN, finalPlan",
				"ANNUAL_REVIEW_DECISION, annualReviewDecision", "REVIEW_INVITATIONS, reviewInvitations",
				"REVIEW_ADVICE_CIRCULATION, reviewAdviceCirculation", "REVIEW_REPORT, reviewReport",
				"REVIEW_DECISION, reviewDecision", "AMENDMENT_REPRESENTATIONS, amendmentRepresentations",
				"AMENDED_PLAN, amendedPlan", "PHASE_TRANSFER_PLAN, phaseTransferPlan", "REVIEW_ADVICE, adviceForReview",
				"PLAN_ENDS_BY_AGE, planEndsByAge" })
		void eachStepHasItsPublicTimelineName(Step step, String id) {
			assertThat(step.id()).isEqualTo(id);
		}

		@Test
		void noTwoStepsShareAnId() {
			assertThat(Arrays.stream(Step.values()).map(Step::id)).doesNotHaveDuplicates();
		}

	}

	@Nested
	class ById {

		@ParameterizedTest
		@EnumSource(Step.class)
		void everyStepIsFoundByItsId(Step step) {
			assertThat(Step.byId(step.id())).contains(step);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "FinalPlan", "FINAL_PLAN", "finalplan", " finalPlan", "reAssessment" })
		void anythingElseFindsNothing(String id) {
			assertThat(Step.byId(id)).isEmpty();
		}

	}

	@Nested
	class TitlesAndRegulations {

		@ParameterizedTest
		@EnumSource(Step.class)
		void everyStepHasATitleAndCitesItsSource(Step step) {
			assertThat(step.title()).isNotBlank();
			assertThat(step.regulation()).matches("(SEND Regulations 2014 reg |Children and Families Act 2014 s)\\d.*");
		}

		@ParameterizedTest(name = "{0}: {1}")
		@CsvSource(delimiter = '|', value = {
				"DECIDE_WHETHER_TO_ASSESS | Decide whether to assess | SEND Regulations 2014 reg 4(1), 5(1)",
				"ADVICE | Advice | SEND Regulations 2014 reg 8(1)",
				"DECIDE_WHETHER_TO_ISSUE | Decide whether to issue a plan | SEND Regulations 2014 reg 10(1)",
				"DRAFT_REPRESENTATIONS | Family's response to the draft plan | SEND Regulations 2014 reg 13(1)",
				"SETTING_CONSULTATION | Consultation with the requested setting | Children and Families Act 2014 s39-40; SEND Code of Practice 9.83",
				"FINAL_PLAN | Final EHC plan | SEND Regulations 2014 reg 13(2)",
				"ANNUAL_REVIEW_DECISION | Annual review of the EHC plan | Children and Families Act 2014 s44(1); SEND Code of Practice 9.169",
				"REVIEW_INVITATIONS | Invitations to the review meeting | SEND Regulations 2014 reg 20(2)-(3), 21(3)",
				"REVIEW_REPORT | Report of the review meeting | SEND Regulations 2014 reg 20(7), 21(7)",
				"REVIEW_DECISION | Decision to maintain, amend or cease the plan | SEND Regulations 2014 reg 20, 21; SEND Code of Practice 9.176",
				"AMENDMENT_REPRESENTATIONS | Family's response to the proposed amendments | SEND Regulations 2014 reg 22(2)(c)",
				"AMENDED_PLAN | Final amended EHC plan | SEND Regulations 2014 reg 22(3)-(5)",
				"PHASE_TRANSFER_PLAN | Final plan naming the next institution at phase transfer | SEND Regulations 2014 reg 18(1)(a) (before 31 March), 18(1)(b) (before 15 February)",
				"UNDER_FIVE_REVIEW_TARGET | Review of a child under 5 (target, not a statutory limit) | Children and Families Act 2014 s44(1) (the statutory limit); SEND Code of Practice 9.178 (this target)",
				"REVIEW_ADVICE | Advice for the review meeting | SEND Regulations 2014 reg 20(4), 21(4)",
				"PLAN_ENDS_BY_AGE | End of the academic year in which the young person turns 25 | Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)" })
		void titlesAndCitationsFollowTheTimeline(Step step, String title, String regulation) {
			assertThat(step.title()).isEqualTo(title);
			assertThat(step.regulation()).isEqualTo(regulation);
		}

	}

}
