package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.FormTask.on;
import static org.ehcflow.support.FormTask.with;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.statutory.ReviewTimeLimits;
import org.ehcflow.support.FormTask;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The server-side rules of the review's forms after the meeting (ReviewChecks), each
 * listener on its own, without Spring or an engine. The meeting was held on Monday 7 June
 * 2027; today is Monday 14 June 2027.
 */
class ReviewChecksTests {

	static final Clock TODAY = on("2027-06-14");

	final ReviewChecks checks = new ReviewChecks();

	@Nested
	class Circulation {

		final TaskListener check = checks.circulateReviewAdviceCheck(TODAY);

		@Test
		void theAdviceIsCirculatedOnOrAfterTheInvitationsAndNotInTheFuture() {
			with("invitationsSentDate", "2027-05-03", "adviceCirculatedDate", "2027-05-03").completeWith(check);
			assertThat(
					with("invitationsSentDate", "2027-05-03", "adviceCirculatedDate", "2027-05-02").problemsFrom(check))
				.containsExactly(new FieldProblem("adviceCirculatedDate",
						"must not be before the day the invitations were sent (3 May 2027)"));
			assertThat(with("invitationsSentDate", "2027-05-03").problemsFrom(check))
				.containsExactly(new FieldProblem("adviceCirculatedDate", "is required"));
		}

	}

	@Nested
	class Decision {

		final TaskListener check = checks.decideReviewOutcomeCheck(TODAY);

		FormTask decision(String decision) {
			return with("reviewMeetingDate", "2027-06-07", "reviewDecision", decision, "reviewDecisionDate",
					"2027-06-10", "reviewDecisionReasons", "Agreed at the meeting.");
		}

		@Test
		void aDecisionToMaintainIsNotifiedTodayWhenNoNoticeDateIsGiven() {
			assertThat(decision("MAINTAIN").completeWith(check).variables).containsEntry("reviewDecisionNoticeSentDate",
					"2027-06-14");
			assertThat(decision("MAINTAIN").and("reviewDecisionNoticeSentDate", "2027-06-11")
				.completeWith(check).variables).containsEntry("reviewDecisionNoticeSentDate", "2027-06-11");
		}

		@Test
		void aDecisionToAmendOrCeaseIsNotifiedByTheNextTask() {
			assertThat(decision("AMEND").completeWith(check).variables)
				.doesNotContainKey("reviewDecisionNoticeSentDate");
			assertThat(decision("CEASE").completeWith(check).variables)
				.doesNotContainKey("reviewDecisionNoticeSentDate");
		}

		@Test
		void theDecisionFollowsTheMeetingAndItsNoticeTheDecision() {
			assertThat(decision("MAINTAIN")
				.and("reviewDecisionDate", "2027-06-06", "reviewDecisionNoticeSentDate", "2027-06-15")
				.problemsFrom(check)).containsExactly(
						new FieldProblem("reviewDecisionDate", "must not be before the review meeting (7 June 2027)"),
						new FieldProblem("reviewDecisionNoticeSentDate",
								"must not be in the future (today is 14 June 2027)"));
			assertThat(decision("MAINTAIN").and("reviewDecisionNoticeSentDate", "2027-06-09").problemsFrom(check))
				.containsExactly(new FieldProblem("reviewDecisionNoticeSentDate",
						"must not be before the date of the decision (10 June 2027)"));
		}

		@Test
		void maintainingAPlanThatMustNameTheNextSchoolNeedsTheReason() {
			assertThat(decision("MAINTAIN").and("phaseTransferPlanBy", "2028-02-14").problemsFrom(check))
				.containsExactly(new FieldProblem("phaseTransferMaintainReason",
						"is required: this review prepares the "
								+ "phase transfer (the plan must name the next setting by 14 February 2028, SEND Regulations 2014 "
								+ "reg 18(1)); say why no amendment is needed, for example that the plan already names it"));
			decision("MAINTAIN")
				.and("phaseTransferPlanBy", "2028-02-14", "phaseTransferMaintainReason",
						"The plan already names Hillside Academy.")
				.completeWith(check);
			decision("AMEND").and("phaseTransferPlanBy", "2028-02-14").completeWith(check);
		}

	}

	@Nested
	class ProposedAmendments {

		@Test
		void theNoticeStartsTheFamilys15DaysAndThe8Weeks() {
			FormTask form = with("reviewDecisionDate", "2027-06-10", "amendmentNoticeDate", "2027-06-14",
					"amendmentSummary", "Section F: more speech and language therapy.")
				.completeWith(checks.sendProposedAmendmentsCheck(TODAY));

			assertThat(form.variables).containsEntry("amendmentRepresentationsBy", "2027-06-28")
				.containsEntry("amendedPlanDueBy",
						ReviewTimeLimits.amendedPlanBy(java.time.LocalDate.of(2027, 6, 14)).toString());
		}

		@Test
		void noResponseOnlyAfterThe15DaysAndThenOnTheirLastDay() {
			FormTask noResponse = with("amendmentNoticeDate", "2027-06-14", "amendmentRepresentationsBy", "2027-06-28",
					"amendmentResponse", "NO_RESPONSE");

			assertThat(noResponse.problemsFrom(checks.recordAmendmentResponseCheck(on("2027-06-28"))))
				.containsExactly(new FieldProblem("amendmentResponse", "the family has until 28 June 2027 to respond "
						+ "(SEND Regulations 2014 reg 22(2)(c)); record no response after that day"));
			assertThat(noResponse.completeWith(checks.recordAmendmentResponseCheck(on("2027-06-29"))).variables)
				.containsEntry("amendmentRepresentationsDate", "2027-06-28")
				.containsEntry("newSettingRequested", false);
		}

		@Test
		void aNewSettingAskedForIsNamed() {
			assertThat(with("amendmentNoticeDate", "2027-06-14", "amendmentResponse", "RESPONDED",
					"amendmentRepresentationsDate", "2027-06-13", "newSettingRequested", true, "newSettingEmail",
					"nope")
				.problemsFrom(checks.recordAmendmentResponseCheck(on("2027-06-20"))))
				.containsExactly(
						new FieldProblem("amendmentRepresentationsDate",
								"must not be before the day the amendment notice was sent (14 June 2027)"),
						new FieldProblem("newSettingName", "is required"),
						new FieldProblem("newSettingEmail", "must be an email address like name@example.org"));
		}

	}

	@Nested
	class CeaseNotice {

		final TaskListener check = checks.sendCeaseNoticeCheck(TODAY);

		@Test
		void anOtherReasonIsExplained() {
			with("reviewDecisionDate", "2027-06-10", "ceaseNoticeDate", "2027-06-14", "ceaseReason", "EMPLOYMENT")
				.completeWith(check);
			assertThat(with("reviewDecisionDate", "2027-06-10", "ceaseNoticeDate", "2027-06-09", "ceaseReason", "OTHER")
				.problemsFrom(check))
				.containsExactly(
						new FieldProblem("ceaseNoticeDate",
								"must not be before the decision to cease the plan (10 June 2027)"),
						new FieldProblem("ceaseReasonDetails", "is required"));
		}

	}

}
