package org.ehcflow.timeliness;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ehcflow.advice.AdviceService;
import org.ehcflow.assessment.TimeLimitException;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.StatutoryReadings.DecisionDoneOn;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.Status;
import org.ehcflow.statutory.Step;
import org.ehcflow.timeliness.RecordedCase.RecordedAdvice;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The statutory timeline of one EHC needs assessment: each step's date, the day it was
 * done and where it stands, worked out from the engine's history and the recorded
 * exceptions, never from a second copy of the case.
 * <p>
 * How each step is read (variable names from docs/assessment-process.md):
 * <ul>
 * <li>{@code decideWhetherToAssess}: due {@code decideWhetherToAssessBy} (6 weeks, SEND
 * Regulations 2014 reg 4(1), 5(1)), done on the day its notice was sent
 * ({@code decisionToAssessNoticeSentDate}; the duty is to notify), whether the answer was
 * yes or no; with {@code ehcflow.readings.decision-done-on=DECISION_DATE}, on
 * {@code decisionToAssessDate}. A case recorded before notice dates were kept counts its
 * decision date. A reg 5(4) exception is not shown against a decision not to assess
 * unless {@code ehcflow.readings.exceptions-for-refusal-to-assess} is set.</li>
 * <li>{@code advice}, one per advice request: due {@code adviceDueBy} (reg 8(1)), done
 * {@code adviceReceivedDate}. A recorded advice exception names no adviser, so it is
 * shown on each advice step.</li>
 * <li>{@code decideWhetherToIssue}: a milestone, due {@code decideWhetherToIssueBy}, done
 * on {@code decisionToIssueNoticeSentDate} (or {@code decisionToIssueDate}, as for the
 * decision to assess). The 16-week limit of reg 10(1) binds only a decision <em>not</em>
 * to issue: a decision not to issue notified after it is {@code LATE}; a decision to
 * issue is {@code ON_TIME} whenever it comes (the 20 weeks of reg 13(2) govern it, on
 * {@code finalPlan}); and a case still waiting for the decision is {@code OPEN}, never
 * {@code OVERDUE}, as it may yet issue.</li>
 * <li>{@code draftRepresentations}: due {@code draftRepresentationsBy} (15 days beginning
 * with service, reg 13(1)), done {@code representationsReceivedDate}, or the window's
 * last day when the family did not respond.</li>
 * <li>{@code settingConsultation}: due {@code settingConsultationBy} (CFA 2014 s39-40,
 * Code 9.83), done {@code settingResponseDate}; not applicable when no setting was
 * requested. A setting that never replied has no completion: its step stays open, or
 * overdue once the 15 days have gone.</li>
 * <li>{@code finalPlan}: due {@code finalPlanDueBy} (20 weeks, reg 13(2)), done
 * {@code finalPlanIssuedDate}.</li>
 * </ul>
 * A step that was not done is not applicable when the case no longer needs it: after a
 * decision not to assess or not to issue, a withdrawal or a move out of the area.
 * Statuses are measured on today's date while the case is open, and on the day it ended
 * once it has. A recorded exception never changes a date or a status (reg 5(4), 8(2),
 * 10(4), 13(3)); it is listed with its step.
 *
 * @param caseReference the case reference (the child is never named)
 * @param processInstanceId the {@code ehcNeedsAssessment} instance shown
 * @param state open, or how the case ended
 * @param requestReceivedDate day 0 of the 6, 16 and 20 week clocks (CFA 2014 s36(1))
 * @param steps the statutory steps in the order of the process, then the plan's (see
 * {@link #withPlan})
 * @param exceptions every exception recorded while this assessment was open
 * @param planProcessInstanceId the {@code ehcPlan} instance of the maintained plan, or
 * {@code null}
 * @param planStatus its {@code planStatus} ({@code MAINTAINED}, {@code UNDER_REVIEW},
 * {@code CEASING}, {@code CEASED}), or {@code null} without a plan
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CaseTimeline(String caseReference, String processInstanceId, CaseState state, LocalDate requestReceivedDate,
		List<TimelineStep> steps, List<TimelineException> exceptions, String planProcessInstanceId, String planStatus) {

	/**
	 * Advice in the order of reg 6(1) (parent, educational, medical, ...), then by when
	 * it was asked.
	 */
	private static final Comparator<RecordedAdvice> ADVICE_ORDER = Comparator
		.comparingInt((RecordedAdvice advice) -> Arrays.stream(AdviceService.values())
			.filter(service -> service.name().equals(advice.service()))
			.findFirst()
			.map(Enum::ordinal)
			.orElse(Integer.MAX_VALUE))
		.thenComparing(RecordedAdvice::startedAt, Comparator.nullsLast(Comparator.naturalOrder()));

	CaseTimeline {
		steps = List.copyOf(steps);
		exceptions = List.copyOf(exceptions);
	}

	/**
	 * Works out the timeline.
	 * @param recorded the case as the engine's history holds it
	 * @param recordedExceptions the exceptions recorded under the case reference; those
	 * recorded outside this assessment's life (an earlier request for the same child) are
	 * left out
	 * @param today today in the council's time zone
	 * @return the timeline
	 */
	static CaseTimeline of(RecordedCase recorded, List<TimeLimitException> recordedExceptions, LocalDate today) {
		return of(recorded, recordedExceptions, today, StatutoryReadings.defaults());
	}

	/**
	 * Works out the timeline under the council's readings of the regulations.
	 * @param recorded the case as the engine's history holds it
	 * @param recordedExceptions the exceptions recorded under the case reference
	 * @param today today in the council's time zone
	 * @param readings {@code ehcflow.readings.*}: which date a decision is done on, and
	 * whether a reg 5(4) exception may excuse a refusal to assess
	 * @return the timeline
	 */
	static CaseTimeline of(RecordedCase recorded, List<TimeLimitException> recordedExceptions, LocalDate today,
			StatutoryReadings readings) {
		Map<String, Object> variables = recorded.variables();
		CaseState state = stateOf(recorded);
		boolean refusedToAssess = "DO_NOT_ASSESS".equals(variables.get(DECISION_TO_ASSESS));
		List<TimelineException> exceptions = recordedExceptions.stream()
			.filter(exception -> during(recorded, exception.recordedAt()))
			.filter(exception -> !(refusedToAssess && !readings.exceptionsForRefusalToAssess()
					&& Step.DECIDE_WHETHER_TO_ASSESS.id().equals(exception.step())))
			.map(TimelineException::of)
			.toList();
		Steps steps = new Steps(recorded.ended() ? recorded.endedOn() : today,
				state != CaseState.OPEN && state != CaseState.PLAN_ISSUED, exceptions);

		boolean notAssessed = "DO_NOT_ASSESS".equals(variables.get(DECISION_TO_ASSESS));
		boolean noPlan = notAssessed || "DO_NOT_ISSUE".equals(variables.get(DECISION_TO_ISSUE));
		boolean noSettingRequested = variables.get(SETTING_REQUESTED) != null
				&& !Boolean.parseBoolean(variables.get(SETTING_REQUESTED).toString());
		LocalDate representationsBy = date(variables, DRAFT_REPRESENTATIONS_BY);

		DecisionDoneOn doneOn = readings.decisionDoneOn();
		steps.add(Step.DECIDE_WHETHER_TO_ASSESS, date(variables, DECIDE_WHETHER_TO_ASSESS_BY),
				decisionDoneOn(variables, DECISION_TO_ASSESS_DATE, DECISION_TO_ASSESS_NOTICE_SENT_DATE, doneOn), false);
		recorded.advice().stream().sorted(ADVICE_ORDER).forEach(steps::addAdvice);
		steps.addDecisionWhetherToIssue(date(variables, DECIDE_WHETHER_TO_ISSUE_BY),
				decisionDoneOn(variables, DECISION_TO_ISSUE_DATE, DECISION_TO_ISSUE_NOTICE_SENT_DATE, doneOn),
				variables.get(DECISION_TO_ISSUE), notAssessed);
		steps.add(Step.DRAFT_REPRESENTATIONS, representationsBy, "NO_RESPONSE".equals(variables.get(FAMILY_RESPONSE))
				? representationsBy : date(variables, REPRESENTATIONS_RECEIVED_DATE), noPlan);
		steps.add(Step.SETTING_CONSULTATION, date(variables, SETTING_CONSULTATION_BY),
				date(variables, SETTING_RESPONSE_DATE), noPlan || noSettingRequested);
		steps.add(Step.FINAL_PLAN, date(variables, FINAL_PLAN_DUE_BY), date(variables, FINAL_PLAN_ISSUED_DATE), noPlan);

		return new CaseTimeline(recorded.caseReference(), recorded.processInstanceId(), state,
				date(variables, REQUEST_RECEIVED_DATE), steps.list, exceptions, null, null);
	}

	/**
	 * The timeline of a plan that came without an assessment (an imported plan): no
	 * assessment steps, the plan's added by {@link #withPlan}.
	 * @param caseReference the case reference
	 * @return a timeline with no steps yet
	 */
	static CaseTimeline withoutAssessment(String caseReference) {
		return new CaseTimeline(caseReference, null, CaseState.PLAN_ISSUED, null, List.of(), List.of(), null, null);
	}

	/**
	 * This timeline with the steps of maintaining the plan added after the assessment's,
	 * read as docs/plan-process.md says. For each {@code annualReview}, in order:
	 * {@code annualReviewDecision} (due {@code annualReviewDecisionBy}, CFA 2014 s44(1);
	 * done on the day the decision's notice went, as {@code reviewDecision}),
	 * {@code reviewInvitations} ({@code reviewInvitationsBy},
	 * {@code invitationsSentDate}; reg 20(2)-(3)), {@code reviewReport}
	 * ({@code reviewReportBy}, {@code reviewReportDate}; reg 20(7)),
	 * {@code reviewDecision} ({@code reviewDecisionBy}, {@code reviewDecisionDate}; reg
	 * 20, 21), {@code amendmentRepresentations} ({@code amendmentRepresentationsBy},
	 * {@code amendmentRepresentationsDate}; reg 22(2)(c)) and {@code amendedPlan}
	 * ({@code amendedPlanDueBy}, {@code amendedPlanIssuedDate}; reg 22(3)), the last two
	 * not applicable once the decision was not to amend; and {@code phaseTransferPlan}
	 * (due {@code phaseTransferPlanBy}, done {@code amendedPlanIssuedDate}; reg 18) for a
	 * review that prepares a transfer. While the plan waits for its next review, that
	 * review's {@code annualReviewDecision} and any {@code phaseTransferPlan} are listed
	 * from the plan's own variables. {@code planEndsBy} (CFA 2014 s46: the end of the
	 * academic year in which the young person turns 25) is listed for every plan that is
	 * running or that ran to that day. Open steps are measured on today while the plan is
	 * maintained, and on the day it ceased after.
	 * @param plan the plan as the engine's history holds it
	 * @param today today in the council's time zone
	 * @return the timeline with the plan's steps and status
	 */
	CaseTimeline withPlan(RecordedPlan plan, LocalDate today) {
		return withPlan(plan, today, StatutoryReadings.defaults());
	}

	/**
	 * As {@link #withPlan(RecordedPlan, LocalDate)}, with {@code reviewDecision} done on
	 * the day its notice went ({@link #reviewDecisionDoneOn}) as
	 * {@code ehcflow.readings.decision-done-on} says.
	 */
	CaseTimeline withPlan(RecordedPlan plan, LocalDate today, StatutoryReadings readings) {
		LocalDate asOf = plan.ended() ? plan.endedOn() : today;
		List<TimelineStep> all = new ArrayList<>(steps);
		boolean reviewRunning = false;
		for (RecordedPlan.RecordedReview review : plan.reviews()) {
			Map<String, Object> variables = review.variables();
			Object decision = variables.get("reviewDecision");
			boolean notAmended = decision != null && !"AMEND".equals(decision);
			LocalDate measured = review.endedOn() != null ? review.endedOn() : asOf;
			reviewRunning |= review.endedOn() == null;
			// The 12 months of CFA 2014 s44(1) end with the review decision, done (as
			// each decision
			// step) on the day its notice went unless ehcflow.readings.decision-done-on
			// says otherwise.
			LocalDate reviewDone = reviewDecisionDoneOn(variables, readings.decisionDoneOn());
			all.add(planStep(Step.ANNUAL_REVIEW_DECISION, date(variables, "annualReviewDecisionBy"), reviewDone,
					measured, false));
			addUnderFiveTarget(all, variables, reviewDone, measured);
			all.add(planStep(Step.REVIEW_INVITATIONS, date(variables, "reviewInvitationsBy"),
					date(variables, "invitationsSentDate"), measured, false));
			all.add(planStep(Step.REVIEW_REPORT, date(variables, "reviewReportBy"), date(variables, "reviewReportDate"),
					measured, false));
			all.add(planStep(Step.REVIEW_DECISION, date(variables, "reviewDecisionBy"),
					reviewDecisionDoneOn(variables, readings.decisionDoneOn()), measured, false));
			all.add(planStep(Step.AMENDMENT_REPRESENTATIONS, date(variables, "amendmentRepresentationsBy"),
					date(variables, "amendmentRepresentationsDate"), measured, notAmended));
			all.add(planStep(Step.AMENDED_PLAN, date(variables, "amendedPlanDueBy"),
					date(variables, "amendedPlanIssuedDate"), measured, notAmended));
			LocalDate transferBy = date(variables, "phaseTransferPlanBy");
			if (transferBy != null) {
				// The duty of reg 18 outlives the review: measured on today until the
				// plan is amended.
				all.add(planStep(Step.PHASE_TRANSFER_PLAN, transferBy, date(variables, "amendedPlanIssuedDate"), asOf,
						false));
			}
		}
		Map<String, Object> variables = plan.variables();
		if (!plan.ended() && !reviewRunning) {
			all.add(planStep(Step.ANNUAL_REVIEW_DECISION, date(variables, "annualReviewDecisionBy"), null, asOf,
					false));
			addUnderFiveTarget(all, variables, null, asOf);
			LocalDate transferBy = date(variables, "phaseTransferPlanBy");
			if (transferBy != null && !transferBy.equals(date(variables, "phaseTransferReviewedFor"))) {
				all.add(planStep(Step.PHASE_TRANSFER_PLAN, transferBy, null, asOf, false));
			}
		}
		LocalDate missedFor = date(variables, "phaseTransferMissedFor");
		if (missedFor != null && all.stream()
			.noneMatch(step -> Step.PHASE_TRANSFER_PLAN.id().equals(step.step()) && missedFor.equals(step.dueBy()))) {
			// reg 18(1): a transfer whose last lawful day passed with the plan not
			// amended for it is
			// a missed duty, shown OVERDUE (LATE once an amended plan is issued), not
			// dropped.
			LocalDate amended = date(variables, "amendedPlanIssuedDate");
			LocalDate amendedThisYear = amended != null && amended.isAfter(missedFor.minusYears(1)) ? amended : null;
			all.add(planStep(Step.PHASE_TRANSFER_PLAN, missedFor, amendedThisYear, asOf, false));
		}
		LocalDate endsByAge = date(variables, "planEndsBy");
		LocalDate ceased = date(variables, "planCeasedDate");
		if (endsByAge != null && (!plan.ended() || ceased == null || ceased.isAfter(endsByAge))) {
			// CFA 2014 s46: the plan's last day by age, a milestone on every plan that
			// reaches it; done
			// when the plan was in force no longer than that day, overdue while it runs
			// past it.
			all.add(planStep(Step.PLAN_ENDS_BY_AGE, endsByAge, ceased == null ? null : ceased.minusDays(1), asOf,
					false));
		}
		Object status = variables.get("planStatus");
		return new CaseTimeline(caseReference, processInstanceId, state, requestReceivedDate, all, exceptions,
				plan.processInstanceId(), status == null ? null : status.toString());
	}

	/**
	 * The under-5s' review target beside the statutory {@code annualReviewDecision}: SEND
	 * Code of Practice 9.178 ("should"), {@code underFiveReviewTargetBy}, with
	 * {@link Status#ofTarget}, so it is never OVERDUE or LATE; the statutory limit stays
	 * CFA 2014 s44(1).
	 */
	private static void addUnderFiveTarget(List<TimelineStep> all, Map<String, Object> variables, LocalDate decided,
			LocalDate asOf) {
		LocalDate target = date(variables, "underFiveReviewTargetBy");
		if (target != null) {
			Step step = Step.UNDER_FIVE_REVIEW_TARGET;
			all.add(new TimelineStep(step.id(), step.title(), null, null, target, decided,
					Status.ofTarget(target, decided, asOf), step.regulation(), List.of()));
		}
	}

	private static TimelineStep planStep(Step step, LocalDate dueBy, LocalDate completedOn, LocalDate asOf,
			boolean notNeeded) {
		Status status = completedOn == null && notNeeded ? Status.NOT_APPLICABLE : Status.of(dueBy, completedOn, asOf);
		return new TimelineStep(step.id(), step.title(), null, null, dueBy, completedOn, status, step.regulation(),
				List.of());
	}

	/** Open, or the outcome the case ended with. */
	static CaseState stateOf(RecordedCase recorded) {
		Map<String, Object> variables = recorded.variables();
		Object closed = variables.get(CASE_CLOSED_REASON);
		if ("MOVED_OUT_OF_AREA".equals(closed)) {
			return CaseState.MOVED_OUT_OF_AREA;
		}
		if ("WITHDRAWN".equals(closed)) {
			return CaseState.WITHDRAWN;
		}
		if (!recorded.ended()) {
			return CaseState.OPEN;
		}
		if ("DO_NOT_ASSESS".equals(variables.get(DECISION_TO_ASSESS))) {
			return CaseState.NOT_ASSESSED;
		}
		if ("DO_NOT_ISSUE".equals(variables.get(DECISION_TO_ISSUE))) {
			return CaseState.PLAN_NOT_ISSUED;
		}
		if (date(variables, FINAL_PLAN_ISSUED_DATE) != null) {
			return CaseState.PLAN_ISSUED;
		}
		return CaseState.WITHDRAWN;
	}

	private static boolean during(RecordedCase recorded, Instant recordedAt) {
		return recordedAt != null && !recordedAt.isBefore(recorded.startedAt())
				&& (recorded.endedAt() == null || !recordedAt.isAfter(recorded.endedAt()));
	}

	private static LocalDate date(Map<String, Object> variables, String name) {
		return Variables.parseDateOrNull(variables.get(name));
	}

	/**
	 * The day a decision step counts as done ({@code ehcflow.readings.decision-done-on}):
	 * the day its notice was sent (the default; the decision's own date for a case
	 * recorded before notice dates were kept), or the date typed as the decision's.
	 */
	static LocalDate decisionDoneOn(Map<String, Object> variables, String decisionDate, String noticeSentDate,
			DecisionDoneOn doneOn) {
		LocalDate decided = date(variables, decisionDate);
		if (doneOn == DecisionDoneOn.DECISION_DATE || decided == null) {
			return decided;
		}
		LocalDate notice = date(variables, noticeSentDate);
		return notice != null ? notice : decided;
	}

	/**
	 * The day a review decision counts as done: its notice (to maintain,
	 * {@code reviewDecisionNoticeSentDate}; to amend, the amendment notice of reg 22(2);
	 * to cease, the cease notice), none while that notice has not gone; or the decision's
	 * own date with {@code DECISION_DATE}.
	 */
	static LocalDate reviewDecisionDoneOn(Map<String, Object> variables, DecisionDoneOn doneOn) {
		LocalDate decided = date(variables, "reviewDecisionDate");
		if (doneOn == DecisionDoneOn.DECISION_DATE || decided == null) {
			return decided;
		}
		Object decision = variables.get("reviewDecision");
		if ("AMEND".equals(decision)) {
			return date(variables, "amendmentNoticeDate");
		}
		if ("CEASE".equals(decision)) {
			return date(variables, "ceaseNoticeDate");
		}
		LocalDate notice = date(variables, "reviewDecisionNoticeSentDate");
		return notice != null ? notice : decided;
	}

	/**
	 * Collects the steps, each with its status on the measuring day and its exceptions.
	 */
	private static final class Steps {

		private final List<TimelineStep> list = new ArrayList<>();

		private final LocalDate asOf;

		private final boolean stoppedEarly;

		private final List<TimelineException> exceptions;

		Steps(LocalDate asOf, boolean stoppedEarly, List<TimelineException> exceptions) {
			this.asOf = asOf;
			this.stoppedEarly = stoppedEarly;
			this.exceptions = exceptions;
		}

		void add(Step step, LocalDate dueBy, LocalDate completedOn, boolean notNeeded) {
			list.add(new TimelineStep(step.id(), step.title(), null, null, dueBy, completedOn,
					status(dueBy, completedOn, notNeeded), step.regulation(), exceptionsOf(step)));
		}

		/**
		 * reg 10(1) binds only a decision not to issue: that one is on time or late; a
		 * decision to issue is on time whenever made; no decision yet is open, never
		 * overdue.
		 */
		void addDecisionWhetherToIssue(LocalDate dueBy, LocalDate completedOn, Object decision, boolean notNeeded) {
			Status status;
			if (completedOn == null) {
				status = notNeeded || stoppedEarly ? Status.NOT_APPLICABLE : Status.OPEN;
			}
			else {
				status = "ISSUE".equals(decision) ? Status.ON_TIME : Status.of(dueBy, completedOn, asOf);
			}
			Step step = Step.DECIDE_WHETHER_TO_ISSUE;
			list.add(new TimelineStep(step.id(), step.title(), null, null, dueBy, completedOn, status,
					step.regulation(), exceptionsOf(step)));
		}

		void addAdvice(RecordedAdvice advice) {
			String partyName = advice.serviceName() != null ? advice.serviceName() : nameOf(advice.service());
			list.add(new TimelineStep(Step.ADVICE.id(), "Advice from " + partyName, advice.service(), partyName,
					advice.dueBy(), advice.receivedOn(), status(advice.dueBy(), advice.receivedOn(), false),
					Step.ADVICE.regulation(), exceptionsOf(Step.ADVICE)));
		}

		/**
		 * A step that was done is on time or late against its date; one not done is not
		 * applicable when the case no longer needs it, else open or overdue on the
		 * measuring day ({@link Status#of}).
		 */
		private Status status(LocalDate dueBy, LocalDate completedOn, boolean notNeeded) {
			if (completedOn == null && (notNeeded || stoppedEarly)) {
				return Status.NOT_APPLICABLE;
			}
			return Status.of(dueBy, completedOn, asOf);
		}

		private List<TimelineException> exceptionsOf(Step step) {
			return exceptions.stream().filter(exception -> step.id().equals(exception.step())).toList();
		}

		private static String nameOf(String service) {
			return Arrays.stream(AdviceService.values())
				.filter(known -> known.name().equals(service))
				.findFirst()
				.map(AdviceService::displayName)
				.orElse(String.valueOf(service));
		}

	}

}
