package org.ehcflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.FormTask.on;
import static org.ehcflow.support.FormTask.with;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.StatutoryReadings.DecisionDoneOn;
import org.ehcflow.common.StatutoryReadings.EarlyFinalPlan;
import org.ehcflow.support.FormTask;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The server-side rules of the assessment's forms (TaskChecks), each listener on its own,
 * without Spring or an engine. Today is Tuesday 10 March 2026; the request came on Monday
 * 2 March.
 */
class TaskChecksTests {

	static final Clock TODAY = on("2026-03-10");

	final TaskChecks checks = new TaskChecks();

	static StatutoryReadings readings(DecisionDoneOn decisionDoneOn, EarlyFinalPlan earlyFinalPlan) {
		StatutoryReadings defaults = StatutoryReadings.defaults();
		return new StatutoryReadings(defaults.reviewNotice(), decisionDoneOn, earlyFinalPlan,
				defaults.exceptionsForRefusalToAssess(), defaults.checkExceptionConditions(),
				defaults.checkMeetingAgainstNotice());
	}

	@Nested
	class GatherViews {

		final TaskListener check = checks.gatherViewsCheck(TODAY);

		@Test
		void aNotifiedDateOnOrAfterTheRequestAndNotInTheFutureIsAccepted() {
			with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "2026-03-02").completeWith(check);
			with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "2026-03-10").completeWith(check);
		}

		@Test
		void theNotifiedDateIsRequiredAValidDateNotInTheFutureAndNotBeforeTheRequest() {
			assertThat(with("requestReceivedDate", "2026-03-02").problemsFrom(check))
				.containsExactly(new FieldProblem("familyNotifiedDate", "is required"));
			assertThat(with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "3 March").problemsFrom(check))
				.containsExactly(new FieldProblem("familyNotifiedDate", "must be a date like 2026-03-02"));
			assertThat(
					with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "2026-03-11").problemsFrom(check))
				.containsExactly(
						new FieldProblem("familyNotifiedDate", "must not be in the future (today is 10 March 2026)"));
			assertThat(
					with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "2026-03-01").problemsFrom(check))
				.containsExactly(new FieldProblem("familyNotifiedDate",
						"must not be before the date the request was received (2 March 2026)"));
		}

		@Test
		void viewsOfMoreThan4000CharactersAreRefusedEachOnItsOwnLine() {
			assertThat(with("requestReceivedDate", "2026-03-02", "familyNotifiedDate", "2026-03-03", "familyViews",
					"x".repeat(4001), "settingViews", "y".repeat(4001))
				.problemsFrom(check))
				.containsExactly(new FieldProblem("familyViews", "must be at most 4000 characters"),
						new FieldProblem("settingViews", "must be at most 4000 characters"));
		}

	}

	@Nested
	class DecisionToAssess {

		final TaskListener check = checks.decisionToAssessCheck(TODAY);

		FormTask decision() {
			return with("requestReceivedDate", "2026-03-02", "decisionToAssess", "ASSESS", "decisionToAssessDate",
					"2026-03-09", "decisionToAssessReasons", "Needs may call for special educational provision.");
		}

		@Test
		void aNoticeLeftEmptyIsSentTodayAndNoOtherAdviceIsRecordedAsEmpty() {
			FormTask form = decision().completeWith(check);

			assertThat(form.variables).containsEntry("decisionToAssessNoticeSentDate", "2026-03-10")
				.containsEntry("otherAdviceRequested", "");
		}

		@Test
		void aNoticeGivenIsKept() {
			assertThat(decision().and("decisionToAssessNoticeSentDate", "2026-03-09", "otherAdviceRequested", "Speech")
				.completeWith(check).variables).containsEntry("decisionToAssessNoticeSentDate", "2026-03-09")
				.containsEntry("otherAdviceRequested", "Speech");
		}

		@Test
		void everyBrokenRuleIsNamedAtOnce() {
			assertThat(with("requestReceivedDate", "2026-03-02", "decisionToAssess", "MAYBE", "decisionToAssessDate",
					"2026-03-01", "decisionToAssessNoticeSentDate", "2026-03-11", "otherAdviceEmail", "not an address")
				.problemsFrom(check))
				.containsExactly(new FieldProblem("decisionToAssess", "must be one of ASSESS, DO_NOT_ASSESS"),
						new FieldProblem("decisionToAssessDate",
								"must not be before the date the request was received (2 March 2026)"),
						new FieldProblem("decisionToAssessNoticeSentDate",
								"must not be in the future (today is 10 March 2026)"),
						new FieldProblem("decisionToAssessReasons", "is required"),
						new FieldProblem("otherAdviceEmail", "must be an email address like name@example.org"));
		}

		@Test
		void theNoticeIsNotSentBeforeTheDecision() {
			assertThat(decision().and("decisionToAssessNoticeSentDate", "2026-03-08").problemsFrom(check))
				.containsExactly(new FieldProblem("decisionToAssessNoticeSentDate",
						"must not be before the date of the decision (9 March 2026)"));
		}

		@Test
		void aRefusedFormChangesNoVariable() {
			FormTask form = decision().without("decisionToAssessReasons");
			form.problemsFrom(check);

			assertThat(form.variables).doesNotContainKeys("decisionToAssessNoticeSentDate", "otherAdviceRequested");
		}

	}

	@Nested
	class DecisionToIssue {

		FormTask decision(String decision, String decided, String noticeSent) {
			return with("decisionToAssessDate", "2026-03-09", "decideWhetherToIssueBy", "2026-06-22", "decisionToIssue",
					decision, "decisionToIssueDate", decided, "decisionToIssueNoticeSentDate", noticeSent,
					"decisionToIssueReasons", "Support can be provided without a plan.");
		}

		@Test
		void aDecisionNotToIssueNotifiedAfterThe16WeeksIsLate() {
			TaskListener check = checks.decisionToIssueCheck(on("2026-06-25"), StatutoryReadings.defaults());

			assertThat(decision("DO_NOT_ISSUE", "2026-06-22", "2026-06-24").completeWith(check).variables)
				.containsEntry("decisionNotToIssueLate", true);
			assertThat(decision("DO_NOT_ISSUE", "2026-06-22", "2026-06-22").completeWith(check).variables)
				.containsEntry("decisionNotToIssueLate", false);
		}

		@Test
		void withTheDecisionDateReadingTheDecisionsDateCounts() {
			TaskListener check = checks.decisionToIssueCheck(on("2026-06-25"),
					readings(DecisionDoneOn.DECISION_DATE, EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD));

			assertThat(decision("DO_NOT_ISSUE", "2026-06-22", "2026-06-24").completeWith(check).variables)
				.containsEntry("decisionNotToIssueLate", false);
			assertThat(decision("DO_NOT_ISSUE", "2026-06-23", "2026-06-24").completeWith(check).variables)
				.containsEntry("decisionNotToIssueLate", true);
		}

		@Test
		void aDecisionToIssueIsNeverLateAgainstThe16Weeks() {
			TaskListener check = checks.decisionToIssueCheck(on("2026-07-01"), StatutoryReadings.defaults());

			assertThat(decision("ISSUE", "2026-06-30", "2026-07-01").completeWith(check).variables)
				.containsEntry("decisionNotToIssueLate", false);
		}

		@Test
		void theDecisionFollowsTheDecisionToAssess() {
			TaskListener check = checks.decisionToIssueCheck(TODAY, StatutoryReadings.defaults());

			assertThat(decision("ISSUE", "2026-03-08", null).problemsFrom(check)).containsExactly(new FieldProblem(
					"decisionToIssueDate", "must not be before the decision to assess (9 March 2026)"));
		}

	}

	@Nested
	class DraftPlan {

		final TaskListener check = checks.draftPlanCheck(TODAY);

		@Test
		void aCompleteDraftServedStartsTheFamilys15Days() {
			FormTask form = with("decisionToIssueDate", "2026-03-02", "draftSectionsComplete",
					"[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\",\"J\",\"K\"]", "draftNamesNoSetting", true,
					"draftServedDate", "2026-03-02")
				.completeWith(check);

			assertThat(form.variables).containsEntry("draftRepresentationsBy", "2026-03-16")
				.containsEntry("earliestFinalPlanDate", "2026-03-17");
		}

		@Test
		void missingSectionsAndANamedSchoolAreRefused() {
			assertThat(with("decisionToIssueDate", "2026-03-02", "draftSectionsComplete",
					List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), "draftNamesNoSetting", false,
					"draftServedDate", "2026-03-01")
				.problemsFrom(check))
				.containsExactly(new FieldProblem("draftSectionsComplete", "sections J, K are not complete"),
						new FieldProblem("draftNamesNoSetting",
								"a draft plan must not name a school or college: confirm it does not"),
						new FieldProblem("draftServedDate",
								"must not be before the decision to issue a plan (2 March 2026)"));
		}

	}

	@Nested
	class Representations {

		FormTask noResponse() {
			return with("draftServedDate", "2026-03-02", "draftRepresentationsBy", "2026-03-16", "familyResponse",
					"NO_RESPONSE");
		}

		@Test
		void noResponseOnlyAfterTheFamilys15Days() {
			assertThat(noResponse().problemsFrom(checks.representationsCheck(on("2026-03-16"))))
				.containsExactly(new FieldProblem("familyResponse", "the family has until 16 March 2026 to respond "
						+ "(SEND Regulations 2014 reg 13(1)); record no response after that day"));
			assertThat(noResponse().completeWith(checks.representationsCheck(on("2026-03-17"))).variables)
				.containsEntry("settingRequested", false);
		}

		@Test
		void aResponseIsReceivedOnOrAfterServiceAndARequestedSettingIsNamed() {
			TaskListener check = checks.representationsCheck(TODAY);

			assertThat(with("draftServedDate", "2026-03-02", "draftRepresentationsBy", "2026-03-16", "familyResponse",
					"RESPONDED", "representationsReceivedDate", "2026-03-01", "settingRequested", true)
				.problemsFrom(check))
				.containsExactly(
						new FieldProblem("representationsReceivedDate",
								"must not be before the day the draft was served (2 March 2026)"),
						new FieldProblem("requestedSettingName", "is required"));
			assertThat(
					with("draftServedDate", "2026-03-02", "familyResponse", "RESPONDED", "representationsReceivedDate",
							"2026-03-05", "settingRequested", true, "requestedSettingName", "Hillside Academy")
						.completeWith(check).variables)
				.containsEntry("settingRequested", true);
		}

	}

	@Nested
	class SettingConsultation {

		final TaskListener check = checks.settingConsultationCheck(TODAY);

		@Test
		void noReplyNeedsNoResponseDateAnAnswerDoes() {
			with("draftServedDate", "2026-03-02", "consultationSentDate", "2026-03-03", "settingConsultationResponse",
					"NO_REPLY")
				.completeWith(check);
			assertThat(with("draftServedDate", "2026-03-02", "consultationSentDate", "2026-03-03",
					"settingConsultationResponse", "AGREED")
				.problemsFrom(check)).containsExactly(new FieldProblem("settingResponseDate", "is required"));
			assertThat(with("draftServedDate", "2026-03-02", "consultationSentDate", "2026-03-03",
					"settingConsultationResponse", "DECLINED", "settingResponseDate", "2026-03-02")
				.problemsFrom(check))
				.containsExactly(new FieldProblem("settingResponseDate",
						"must not be before the consultation was sent (3 March 2026)"));
		}

	}

	@Nested
	class FinalPlan {

		/**
		 * A Year 4 child when the request came; the draft was served on 2 March, the 15
		 * days end on 16 March.
		 */
		FormTask plan(String issued) {
			return with("requestReceivedDate", "2026-03-02", "nationalCurriculumYear", 4, "earliestFinalPlanDate",
					"2026-03-17", "familyResponse", "RESPONDED", "representationsReceivedDate", "2026-03-05",
					"finalPlanIssuedDate", issued, "namedSettingName", "Riverside Primary School", "settingType",
					"PRIMARY");
		}

		@Test
		void beforeThe15DaysEndOnlyWhenTheFamilyHasNothingToAdd() {
			TaskListener check = checks.finalPlanCheck(TODAY, StatutoryReadings.defaults());

			assertThat(plan("2026-03-09").problemsFrom(check)).containsExactly(new FieldProblem("finalPlanIssuedDate",
					"must not be before 17 March 2026, the end of the family's 15 days to comment on the draft "
							+ "(SEND Regulations 2014 reg 13(1)), unless the family has said they have nothing more to add "
							+ "(familyHasNothingToAdd)"));
			assertThat(plan("2026-03-09").and("familyHasNothingToAdd", true).completeWith(check).variables)
				.containsEntry("familyHasNothingToAdd", true);
			assertThat(plan("2026-03-04").and("familyHasNothingToAdd", true).problemsFrom(check))
				.containsExactly(new FieldProblem("finalPlanIssuedDate",
						"must not be before the family's response to the draft (5 March 2026)"));
		}

		@Test
		void withTheNeverReadingNotBeforeThe15DaysEndAtAll() {
			TaskListener check = checks.finalPlanCheck(TODAY,
					readings(DecisionDoneOn.NOTICE_SENT, EarlyFinalPlan.NEVER));

			assertThat(plan("2026-03-09").and("familyHasNothingToAdd", true).problemsFrom(check))
				.extracting(FieldProblem::field)
				.containsExactly("finalPlanIssuedDate");
		}

		@Test
		void afterThe15DaysThePlanIsIssuedAndNothingToAddIsRecordedAsFalse() {
			TaskListener check = checks.finalPlanCheck(on("2026-03-20"), StatutoryReadings.defaults());

			assertThat(plan("2026-03-17").completeWith(check).variables).containsEntry("familyHasNothingToAdd", false);
		}

		@Test
		void aSchoolAgeChildsPlanNamesTheKindOfSettingOrSaysWhyNot() {
			TaskListener check = checks.finalPlanCheck(on("2026-03-20"), StatutoryReadings.defaults());

			assertThat(plan("2026-03-17").without("settingType").problemsFrom(check)).containsExactly(new FieldProblem(
					"settingType", "is required for a child of school age: the kind of setting the plan names decides "
							+ "its phase transfers (SEND Regulations 2014 reg 18)"));
			assertThat(plan("2026-03-17").and("settingType", "OTHER").problemsFrom(check))
				.extracting(FieldProblem::field)
				.containsExactly("settingType");
			plan("2026-03-17").and("settingType", "OTHER", "settingTypeOtherReason", "Home education.")
				.completeWith(check);
			plan("2026-03-17").and("nationalCurriculumYear", 13).without("settingType").completeWith(check);
		}

	}

}
