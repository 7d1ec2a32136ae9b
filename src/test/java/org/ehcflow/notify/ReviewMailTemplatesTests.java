package org.ehcflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.ehcflow.common.EhcFlowProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annual review's emails: the case reference in every subject, no child's name, the
 * law and the rights.
 */
class ReviewMailTemplatesTests {

	final MailTemplates templates = new MailTemplates(new EhcFlowProperties(ZoneId.of("Europe/London"), 7,
			URI.create("https://ehcflow.council.example.org/"), "send-team@council.example.org", "EHC"));

	static Map<String, Object> reviewModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("caseReference", "EHC-2026-00042");
		model.put("reviewMeetingDate", "2027-06-07");
		model.put("reviewMeetingPlace", "Riverside Primary School");
		model.put("adviceDueBy", "2027-05-24");
		model.put("preparingForAdulthoodRequired", false);
		model.put("reviewDecisionDate", "2027-06-14");
		model.put("reviewDecisionReasons", "Agreed at the meeting.");
		model.put("amendmentNoticeDate", "2027-06-14");
		model.put("amendmentSummary", "Section F: more speech and language therapy.");
		model.put("amendmentRepresentationsBy", "2027-06-28");
		model.put("amendedPlanDueBy", "2027-08-09");
		model.put("amendedPlanIssuedDate", "2027-07-05");
		model.put("settingName", "Hillside Academy");
		model.put("ceaseNoticeDate", "2027-06-15");
		model.put("decisionNotToAmendDate", "2027-06-29");
		model.put("amendmentOutcomeReasons", "The school can meet the need.");
		return model;
	}

	@ParameterizedTest
	@ValueSource(strings = { "review-invitation", "review-decision-maintain", "review-amendment-notice",
			"review-decision-cease", "amended-plan-issued", "review-decision-not-to-amend" })
	void carryTheCaseReferenceInTheSubjectAndCiteTheLaw(String template) {
		RenderedEmail email = templates.render(template, "alex@example.org", reviewModel());
		assertThat(email.subject()).startsWith("EHC plan EHC-2026-00042:");
		assertThat(email.body()).contains("EHC-2026-00042").containsPattern("(reg|s)\\s?\\d");
	}

	@ParameterizedTest
	@ValueSource(strings = { "review-decision-maintain", "review-decision-cease", "amended-plan-issued",
			"review-decision-not-to-amend" })
	void decisionsThatCanBeAppealedExplainMediationAndTheTribunal(String template) {
		String body = templates.render(template, "alex@example.org", reviewModel()).body();
		assertThat(body).contains("Mediation").contains("First-tier Tribunal").contains("SENDIASS");
	}

	@Nested
	class TheInvitation {

		@Test
		void givesTheMeetingAndAsksAboutAdulthoodFromYear9() {
			Map<String, Object> model = reviewModel();
			assertThat(templates.render("review-invitation", "alex@example.org", model).body()).contains("7 June 2027")
				.contains("24 May 2027")
				.doesNotContain("adulthood");
			model.put("preparingForAdulthoodRequired", true);
			assertThat(templates.render("review-invitation", "alex@example.org", model).body())
				.contains("prepare for adulthood");
		}

	}

	@Nested
	class TheAmendmentNotice {

		@Test
		void givesTheFamilysFifteenDaysAndTheEightWeeks() {
			String body = templates.render("review-amendment-notice", "alex@example.org", reviewModel()).body();
			assertThat(body).contains("28 June 2027").contains("9 August 2027").contains("Section F");
		}

	}

	@Nested
	class TheNoticeToCease {

		@Test
		void countsTheRightsFromTheDayTheNoticeWasSentAcrossChristmas() {
			Map<String, Object> model = reviewModel();
			model.put("noticeSentDate", "2026-10-25");
			String body = templates.render("review-decision-cease", "alex@example.org", model).body();
			// reg 33: 2 months after the notice; HESC r20(1)(c): 25 December moves past
			// New Year (r12)
			assertThat(body).contains("We sent this notice on 25 October 2026")
				.contains("by 25 December 2026 (SEND Regulations 2014 reg 33)")
				.contains("that is by 4 January 2027")
				.contains(
						"only about the school or college named in the plan, or the type of school or college named (Children and Families Act 2014 s55)");
		}

		@Test
		void withoutTheDayItWasSentStatesTheRuleWithoutADate() {
			String body = templates.render("review-decision-cease", "alex@example.org", reviewModel()).body();
			assertThat(body).contains("within 2 months of the date this notice was sent (SEND Regulations 2014 reg 33)")
				.doesNotContain("We sent this notice on");
		}

		@Test
		void addsTheDetailsOfAnotherReasonWhenGiven() {
			Map<String, Object> model = reviewModel();
			model.put("ceaseReasonDetails", "Moving to a residential college abroad.");
			assertThat(templates.render("review-decision-cease", "alex@example.org", model).body())
				.contains("Moving to a residential college abroad.")
				.contains("The plan stays in force");
		}

	}

}
