package org.ehcflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ehcflow.support.ProcessTestSupport.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.statutory.Status;
import org.ehcflow.timeliness.RecordedPlan.RecordedReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan and review steps of the case timeline: {@code annualReviewDecision},
 * {@code phaseTransferPlan} from {@code ehcPlan}, and each review's
 * {@code reviewInvitations}, {@code reviewReport}, {@code reviewDecision},
 * {@code amendmentRepresentations} and {@code amendedPlan}; an imported plan, which has
 * no assessment, has a timeline too.
 */
class PlanTimelineTests {

	static final Instant STARTED = Instant.parse("2026-09-28T08:00:00Z");

	static RecordedPlan waiting(Map<String, Object> variables, RecordedReview... reviews) {
		return new RecordedPlan("plan-1", null, variables, List.of(reviews));
	}

	static Map<String, Object> amendedTransferReview() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("annualReviewDecisionBy", "2027-07-19");
		variables.put("phaseTransferPlanBy", "2027-02-15");
		variables.put("reviewInvitationsBy", "2026-11-02");
		variables.put("invitationsSentDate", "2026-10-30");
		variables.put("reviewReportBy", "2026-11-30");
		variables.put("reviewReportDate", "2026-11-25");
		variables.put("reviewDecisionBy", "2026-12-14");
		variables.put("reviewDecision", "AMEND");
		variables.put("reviewDecisionDate", "2026-12-10");
		variables.put("amendmentNoticeDate", "2026-12-10");
		variables.put("amendmentRepresentationsBy", "2026-12-24");
		variables.put("amendmentRepresentationsDate", "2026-12-20");
		variables.put("amendedPlanDueBy", "2027-02-04");
		variables.put("amendedPlanIssuedDate", "2027-02-10");
		return variables;
	}

	@Nested
	class FromHistory {

		@Test
		void anImportedPlanWaitingForItsReviewShowsTheDecisionAndTransferDates() {
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-07-19", "phaseTransferPlanBy", "2027-02-15",
						"planStatus", "MAINTAINED")), LocalDate.of(2026, 9, 1));

			assertThat(timeline.state()).isEqualTo(CaseState.PLAN_ISSUED);
			assertThat(timeline.processInstanceId()).isNull();
			assertThat(timeline.planProcessInstanceId()).isEqualTo("plan-1");
			assertThat(timeline.planStatus()).isEqualTo("MAINTAINED");
			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::dueBy, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", LocalDate.of(2027, 7, 19), Status.OPEN),
						tuple("phaseTransferPlan", LocalDate.of(2027, 2, 15), Status.OPEN));
			assertThat(timeline.steps().get(1).regulation())
				.isEqualTo("SEND Regulations 2014 reg 18(1)(a) (before 31 March), 18(1)(b) (before 15 February)");
		}

		@Test
		void anUnder5PlanPastItsTargetShowsTheTargetPassedBesideTheStatutoryDateWhichIsStillOpen() {
			// Plan issued 12 Jan 2026: CFA s44(1) by 11 Jan 2027; Code 9.178 target 11
			// Jul 2026.
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00043")
				.withPlan(waiting(
						Map.of("annualReviewDecisionBy", "2027-01-11", "underFiveReviewTargetBy", "2026-07-11")),
						LocalDate.of(2026, 8, 1));

			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::dueBy, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", LocalDate.of(2027, 1, 11), Status.OPEN),
						tuple("underFiveReviewTarget", LocalDate.of(2026, 7, 11), Status.TARGET_PASSED));
			assertThat(timeline.steps()).extracting(TimelineStep::status).doesNotContain(Status.OVERDUE, Status.LATE);
		}

		@Test
		void theTwelveMonthsEndOnTheDayTheReviewDecisionWasNotifiedUnlessTheCouncilReadsItByTheDecisionDate() {
			// Due Mon 19 Jul 2027 (CFA 2014 s44(1)); decided to maintain on 16 Jul, the
			// notice sent 21 Jul.
			Map<String, Object> review = new HashMap<>(Map.of("annualReviewDecisionBy", "2027-07-19", "reviewDecision",
					"MAINTAIN", "reviewDecisionDate", "2027-07-16", "reviewDecisionNoticeSentDate", "2027-07-21"));
			RecordedPlan plan = waiting(Map.of("annualReviewDecisionBy", "2028-07-15"),
					new RecordedReview("review-1", STARTED, LocalDate.of(2027, 7, 21), review));

			TimelineStep byNotice = CaseTimeline.withoutAssessment("EHC-2026-00045")
				.withPlan(plan, LocalDate.of(2027, 9, 1))
				.steps()
				.get(0);
			assertThat(byNotice.step()).isEqualTo("annualReviewDecision");
			assertThat(byNotice.completedOn()).isEqualTo(LocalDate.of(2027, 7, 21));
			assertThat(byNotice.status()).isEqualTo(Status.LATE);

			StatutoryReadings byDecisionDate = new StatutoryReadings(StatutoryReadings.ReviewNotice.FOURTEEN_DAYS,
					StatutoryReadings.DecisionDoneOn.DECISION_DATE,
					StatutoryReadings.EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD, false, true, true);
			TimelineStep byDecision = CaseTimeline.withoutAssessment("EHC-2026-00045")
				.withPlan(plan, LocalDate.of(2027, 9, 1), byDecisionDate)
				.steps()
				.get(0);
			assertThat(byDecision.completedOn()).isEqualTo(LocalDate.of(2027, 7, 16));
			assertThat(byDecision.status()).isEqualTo(Status.ON_TIME);
		}

		@Test
		void aMissedPhaseTransferIsShownOverdueNotDropped() {
			// Year 6 imported on 20 Feb 2027, not amended: reg 18(1)(b) last day 14 Feb
			// 2027 passed.
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00044")
				.withPlan(
						waiting(Map.of("annualReviewDecisionBy", "2027-05-31", "phaseTransferMissedFor", "2027-02-14")),
						LocalDate.of(2027, 2, 20));

			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::dueBy, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", LocalDate.of(2027, 5, 31), Status.OPEN),
						tuple("phaseTransferPlan", LocalDate.of(2027, 2, 14), Status.OVERDUE));
		}

		@Test
		void aPlanShowsTheEndOfTheAcademicYearInWhichTheYoungPersonTurns25() {
			CaseTimeline running = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-07-19", "planEndsBy", "2027-07-31")),
						LocalDate.of(2026, 9, 1));
			assertThat(running.steps())
				.extracting(TimelineStep::step, TimelineStep::dueBy, TimelineStep::status, TimelineStep::regulation)
				.contains(tuple("planEndsByAge", LocalDate.of(2027, 7, 31), Status.OPEN,
						"Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)"));

			CaseTimeline pastIt = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-07-19", "planEndsBy", "2027-07-31")),
						LocalDate.of(2027, 8, 1));
			assertThat(pastIt.steps()).extracting(TimelineStep::step, TimelineStep::status)
				.contains(tuple("planEndsByAge", Status.OVERDUE));

			CaseTimeline endedAtTheLimit = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(
						new RecordedPlan("plan-1", LocalDate.of(2027, 6, 10),
								Map.of("planEndsBy", "2027-07-31", "planCeasedDate", "2027-08-01"), List.of()),
						LocalDate.of(2027, 9, 1));
			assertThat(endedAtTheLimit.steps())
				.extracting(TimelineStep::step, TimelineStep::completedOn, TimelineStep::status)
				.containsExactly(tuple("planEndsByAge", LocalDate.of(2027, 7, 31), Status.ON_TIME));

			CaseTimeline ceasedEarlier = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(
						new RecordedPlan("plan-1", LocalDate.of(2026, 12, 22),
								Map.of("planEndsBy", "2027-07-31", "planCeasedDate", "2026-12-22"), List.of()),
						LocalDate.of(2027, 9, 1));
			assertThat(ceasedEarlier.steps()).isEmpty();
		}

		@Test
		void anOpenStepPastItsDateIsOverdue() {
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2026-01-09")), LocalDate.of(2026, 3, 2));

			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", Status.OVERDUE));
		}

		@Test
		void anAmendedTransferReviewShowsEachStepOnTimeOrLate() {
			RecordedReview review = new RecordedReview("review-1", STARTED, LocalDate.of(2027, 2, 10),
					amendedTransferReview());
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-12-09", "phaseTransferReviewedFor",
						"2027-02-15", "phaseTransferPlanBy", "2027-02-15"), review), LocalDate.of(2027, 3, 1));

			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::completedOn, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", LocalDate.of(2026, 12, 10), Status.ON_TIME),
						tuple("reviewInvitations", LocalDate.of(2026, 10, 30), Status.ON_TIME),
						tuple("reviewReport", LocalDate.of(2026, 11, 25), Status.ON_TIME),
						tuple("reviewDecision", LocalDate.of(2026, 12, 10), Status.ON_TIME),
						tuple("amendmentRepresentations", LocalDate.of(2026, 12, 20), Status.ON_TIME),
						tuple("amendedPlan", LocalDate.of(2027, 2, 10), Status.LATE),
						tuple("phaseTransferPlan", LocalDate.of(2027, 2, 10), Status.ON_TIME),
						tuple("annualReviewDecision", null, Status.OPEN));
		}

		@Test
		void aMaintainedPlanNeedsNoAmendmentSteps() {
			Map<String, Object> variables = new HashMap<>(amendedTransferReview());
			variables.put("reviewDecision", "MAINTAIN");
			variables.remove("phaseTransferPlanBy");
			variables.remove("amendmentRepresentationsBy");
			variables.remove("amendmentRepresentationsDate");
			variables.remove("amendedPlanDueBy");
			variables.remove("amendedPlanIssuedDate");
			RecordedReview review = new RecordedReview("review-1", STARTED, LocalDate.of(2026, 12, 10), variables);
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-12-09"), review), LocalDate.of(2027, 3, 1));

			assertThat(timeline.steps()).filteredOn(step -> step.step().startsWith("amend"))
				.extracting(TimelineStep::status)
				.containsOnly(Status.NOT_APPLICABLE);
		}

		@Test
		void aRunningReviewWithItsReportLateIsOverdueAndTheNextReviewIsNotListedYet() {
			Map<String, Object> variables = new HashMap<>();
			variables.put("annualReviewDecisionBy", "2027-07-19");
			variables.put("reviewInvitationsBy", "2026-11-02");
			variables.put("invitationsSentDate", "2026-10-30");
			variables.put("reviewReportBy", "2026-11-30");
			RecordedReview review = new RecordedReview("review-1", STARTED, null, variables);
			CaseTimeline timeline = CaseTimeline.withoutAssessment("EHC-2026-00042")
				.withPlan(waiting(Map.of("annualReviewDecisionBy", "2027-07-19", "planStatus", "UNDER_REVIEW"), review),
						LocalDate.of(2026, 12, 5));

			assertThat(timeline.steps()).extracting(TimelineStep::step, TimelineStep::status)
				.containsExactly(tuple("annualReviewDecision", Status.OPEN), tuple("reviewInvitations", Status.ON_TIME),
						tuple("reviewReport", Status.OVERDUE), tuple("reviewDecision", Status.OPEN),
						tuple("amendmentRepresentations", Status.OPEN), tuple("amendedPlan", Status.OPEN));
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class ThroughTheApi {

		@Autowired
		MockMvc mvc;

		@AfterEach
		void resetClock() {
			ClockUtil.reset();
		}

		@Test
		void anImportedPlanHasATimelineWithItsOverdueReview() throws Exception {
			today("2026-03-02");
			mvc.perform(post("/api/plans/import").with(httpBasic("caseworker", "caseworker"))
				.contentType("text/csv")
				.content("caseReference,childFirstName,childLastName,childDateOfBirth,nationalCurriculumYear,"
						+ "planIssuedDate,lastReviewDecisionDate,settingName,settingType,caseworker\n"
						+ "TL-00001,Leo,Example,2014-01-20,7,2024-09-02,2025-01-10,Hillside Academy,SECONDARY,\n"))
				.andExpect(status().isOk());

			mvc.perform(get("/api/cases/TL-00001/timeline").with(httpBasic("manager", "manager")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("PLAN_ISSUED"))
				.andExpect(jsonPath("$.processInstanceId").doesNotExist())
				.andExpect(jsonPath("$.planStatus").value("MAINTAINED"))
				.andExpect(jsonPath("$.steps[0].step").value("annualReviewDecision"))
				.andExpect(jsonPath("$.steps[0].dueBy").value("2026-01-09"))
				.andExpect(jsonPath("$.steps[0].status").value("OVERDUE"))
				.andExpect(jsonPath("$.steps[0].regulation")
					.value("Children and Families Act 2014 s44(1); SEND Code of Practice 9.169"));
		}

	}

}
