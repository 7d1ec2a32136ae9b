package org.ehcflow.timeliness;

import static org.ehcflow.assessment.AssessmentVariables.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.ehcflow.advice.AdviceService;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.statutory.AssessmentDeadlines;
import org.ehcflow.statutory.AssessmentTimeLimits;
import org.ehcflow.statutory.TimeLimits;
import org.ehcflow.timeliness.Caseload.AssessmentCase;
import org.ehcflow.timeliness.TimelinessSummary.AdviceTimeliness;
import org.ehcflow.timeliness.TimelinessSummary.AtRisk;
import org.ehcflow.timeliness.TimelinessSummary.Month;
import org.ehcflow.timeliness.TimelinessSummary.Reviews;
import org.ehcflow.timeliness.TimelinessSummary.WeekCount;

/**
 * The manager measures, worked out from a {@link Caseload} for a period as of a day: pure
 * functions over values, no engine, so each definition (docs/timeliness.md) is tested on
 * constructed cases. Every number comes with the cases behind it, under the measure's
 * name.
 */
final class TimelinessMeasures {

	/**
	 * Days in the window for "will miss 20 weeks unless something happens" and for
	 * reviews due soon.
	 */
	static final int AT_RISK_DAYS = 14;

	static final int REVIEW_DUE_SOON_DAYS = 30;

	/** The 20+ bucket of open assessments by week. */
	static final int LAST_WEEK_BUCKET = AssessmentDeadlines.FINAL_PLAN_WEEKS;

	static final String ASSESSMENT = "ehcNeedsAssessment";

	static final String ADVICE = "adviceRequest";

	static final String PLAN = "ehcPlan";

	static final String REVIEW = "annualReview";

	private final LocalDate start;

	private final LocalDate end;

	private final LocalDate today;

	private final StatutoryReadings readings;

	private final Map<String, List<CaseRow>> cases = new LinkedHashMap<>();

	private TimelinessMeasures(LocalDate start, LocalDate end, LocalDate today, StatutoryReadings readings) {
		this.start = start;
		this.end = end;
		this.today = today;
		this.readings = readings;
	}

	/** The measures and the cases behind each. */
	record Result(TimelinessSummary summary, Map<String, List<CaseRow>> cases) {
	}

	static Result of(Caseload caseload, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
		return of(caseload, periodStart, periodEnd, today, StatutoryReadings.defaults());
	}

	/**
	 * The measures under the council's readings: a decision counts as made on the day its
	 * notice went, or on its own date ({@code ehcflow.readings.decision-done-on}).
	 */
	static Result of(Caseload caseload, LocalDate periodStart, LocalDate periodEnd, LocalDate today,
			StatutoryReadings readings) {
		TimelinessMeasures measures = new TimelinessMeasures(periodStart, periodEnd, today, readings);
		TimelinessSummary summary = measures.summarise(caseload);
		return new Result(summary, measures.cases);
	}

	/**
	 * The name of every measure that has a list of cases, for
	 * {@code /api/timeliness/cases}.
	 */
	static List<String> measureNames() {
		List<String> names = new ArrayList<>(List.of("plansIssued", "plansIssuedWithin20Weeks", "plansIssuedLate",
				"plansIssuedWithException", "plansIssuedOverOneYear", "requestDecisions",
				"requestDecisionsWithin6Weeks", "requestDecisionsLate", "decisionsNotToAssess", "issueDecisions",
				"decisionsNotToIssue", "decisionsNotToIssueWithin16Weeks", "decisionsNotToIssueLate",
				"requestsWithdrawn", "openAssessments"));
		for (int week = 0; week <= LAST_WEEK_BUCKET; week++) {
			names.add("openAssessmentsWeek" + week);
		}
		names.add("atRisk");
		for (AdviceService service : AdviceService.values()) {
			names.add("adviceOnTime." + service.name());
			names.add("adviceLate." + service.name());
		}
		names.addAll(List.of("plansMaintained", "reviewsOverdue", "reviewsDueIn30Days", "reviewDecisions",
				"reviewDecisionsLate", "amendedPlans", "amendmentsLate", "phaseTransfersAtRisk"));
		return names;
	}

	private TimelinessSummary summarise(Caseload caseload) {
		for (String name : measureNames()) {
			cases.put(name, new ArrayList<>());
		}
		List<AssessmentCase> assessments = caseload.assessments()
			.stream()
			.filter(a -> a.reference() != null && a.process().date(REQUEST_RECEIVED_DATE) != null)
			.sorted(Comparator.comparing((AssessmentCase a) -> a.process().date(REQUEST_RECEIVED_DATE))
				.thenComparing(AssessmentCase::reference))
			.toList();

		// New plans issued in the period (DfE: within 20 weeks of ReceivedDate; Week20
		// cases out of both sides).
		int issued = 0, within = 0, withException = 0, issuedExcl = 0, withinExcl = 0, overOneYear = 0;
		long totalDays = 0;
		for (AssessmentCase a : assessments) {
			LocalDate issuedOn = a.process().date(FINAL_PLAN_ISSUED_DATE);
			if (!inPeriod(issuedOn)) {
				continue;
			}
			LocalDate received = a.process().date(REQUEST_RECEIVED_DATE);
			long days = ChronoUnit.DAYS.between(received, issuedOn);
			boolean onTime = !issuedOn.isAfter(finalPlanDueBy(a));
			String detail = "received %s, issued %s, after %s".formatted(received, issuedOn, weeks(days))
					+ (a.exceptionRecorded() ? ", time-limit exception recorded" : "");
			CaseRow row = row(a, finalPlanDueBy(a), detail);
			issued++;
			totalDays += days;
			add("plansIssued", row);
			add(onTime ? "plansIssuedWithin20Weeks" : "plansIssuedLate", row);
			if (onTime) {
				within++;
			}
			if (a.exceptionRecorded()) {
				withException++;
				add("plansIssuedWithException", row);
			}
			else {
				issuedExcl++;
				withinExcl += onTime ? 1 : 0;
			}
			if (TimeLimits.withinMonthsStartingWith(received, 12).isBefore(issuedOn)) {
				overOneYear++;
				add("plansIssuedOverOneYear", row);
			}
		}

		// Decisions whether to assess (6 weeks, reg 4-5) and whether to issue (reg 10).
		int requestDecisions = 0, decisionsWithin6 = 0, notToAssess = 0, issueDecisions = 0, notToIssue = 0,
				notToIssueWithin16 = 0, withdrawn = 0;
		for (AssessmentCase a : assessments) {
			ProcessRecord p = a.process();
			LocalDate decided = CaseTimeline.decisionDoneOn(p.variables(), DECISION_TO_ASSESS_DATE,
					DECISION_TO_ASSESS_NOTICE_SENT_DATE, readings.decisionDoneOn());
			if (inPeriod(decided) && p.text(DECISION_TO_ASSESS) != null) {
				LocalDate dueBy = p.date(DECIDE_WHETHER_TO_ASSESS_BY);
				boolean onTime = dueBy == null || !decided.isAfter(dueBy);
				CaseRow row = row(a, dueBy,
						"%s on %s (due %s)".formatted(label(p.text(DECISION_TO_ASSESS)), decided, dueBy));
				requestDecisions++;
				add("requestDecisions", row);
				if (onTime) {
					decisionsWithin6++;
					add("requestDecisionsWithin6Weeks", row);
				}
				else {
					add("requestDecisionsLate", row);
				}
				if ("DO_NOT_ASSESS".equals(p.text(DECISION_TO_ASSESS))) {
					notToAssess++;
					add("decisionsNotToAssess", row);
				}
			}
			LocalDate issueDecided = p.date(DECISION_TO_ISSUE_DATE);
			if (inPeriod(issueDecided) && p.text(DECISION_TO_ISSUE) != null) {
				CaseRow row = row(a, p.date(DECIDE_WHETHER_TO_ISSUE_BY),
						"%s on %s".formatted(label(p.text(DECISION_TO_ISSUE)), issueDecided));
				issueDecisions++;
				add("issueDecisions", row);
				if ("DO_NOT_ISSUE".equals(p.text(DECISION_TO_ISSUE))) {
					notToIssue++;
					add("decisionsNotToIssue", row);
					// DfE: decisions not to issue notified within 16 weeks (reg 10(1)),
					// of all decisions not to issue.
					LocalDate notified = CaseTimeline.decisionDoneOn(p.variables(), DECISION_TO_ISSUE_DATE,
							DECISION_TO_ISSUE_NOTICE_SENT_DATE, readings.decisionDoneOn());
					LocalDate limit = p.date(DECIDE_WHETHER_TO_ISSUE_BY);
					CaseRow refusal = row(a, limit,
							"not to issue, notified %s (16 weeks end %s)".formatted(notified, limit));
					if (limit == null || !notified.isAfter(limit)) {
						notToIssueWithin16++;
						add("decisionsNotToIssueWithin16Weeks", refusal);
					}
					else {
						add("decisionsNotToIssueLate", refusal);
					}
				}
			}
			if ("WITHDRAWN".equals(p.text(CASE_CLOSED_REASON)) && inPeriod(p.date(CASE_CLOSED_DATE))) {
				withdrawn++;
				add("requestsWithdrawn", row(a, null, "withdrawn on " + p.date(CASE_CLOSED_DATE)));
			}
		}

		// Open assessments today: by week since the request, and those at risk of missing
		// 20 weeks.
		int[] byWeek = new int[LAST_WEEK_BUCKET + 1];
		int open = 0;
		List<AtRisk> atRisk = new ArrayList<>();
		for (AssessmentCase a : assessments) {
			if (!a.process().running()) {
				continue;
			}
			LocalDate received = a.process().date(REQUEST_RECEIVED_DATE);
			int week = (int) Math.max(0, ChronoUnit.DAYS.between(received, today) / 7);
			int bucket = Math.min(week, LAST_WEEK_BUCKET);
			NextStep next = nextStep(a, today);
			CaseRow row = row(a, next == null ? null : next.dueBy(), "week %d since the request%s".formatted(week,
					next == null ? "" : "; next: %s by %s".formatted(next.step(), next.dueBy())));
			open++;
			byWeek[bucket]++;
			add("openAssessments", row);
			add("openAssessmentsWeek" + bucket, row);
			AtRisk risk = atRisk(a, week, next);
			if (risk != null) {
				atRisk.add(risk);
				add("atRisk", row(a, risk.actBy(),
						"%s by %s (20 weeks end %s)".formatted(risk.action(), risk.actBy(), risk.finalPlanDueBy())));
			}
		}
		atRisk.sort(Comparator.comparing(AtRisk::actBy).thenComparing(AtRisk::caseReference));
		List<WeekCount> weeks = new ArrayList<>();
		for (int week = 0; week <= LAST_WEEK_BUCKET; week++) {
			weeks.add(new WeekCount(week == LAST_WEEK_BUCKET ? LAST_WEEK_BUCKET + "+" : String.valueOf(week),
					byWeek[week]));
		}

		return new TimelinessSummary(start, end, today, issued, within, percent(within, issued), withException,
				issuedExcl, withinExcl, percent(withinExcl, issuedExcl),
				issued == 0 ? null : round(totalDays / 7.0 / issued), overOneYear, monthlyTrend(assessments),
				requestDecisions, decisionsWithin6, percent(decisionsWithin6, requestDecisions), notToAssess,
				percent(notToAssess, requestDecisions), issueDecisions, notToIssue, percent(notToIssue, issueDecisions),
				notToIssueWithin16, percent(notToIssueWithin16, notToIssue), withdrawn, open, weeks, atRisk.size(),
				atRisk, advice(assessments), reviews(caseload));
	}

	/** The 12 calendar months up to and including the one the period ends in. */
	private List<Month> monthlyTrend(List<AssessmentCase> assessments) {
		Map<YearMonth, int[]> months = new TreeMap<>();
		YearMonth last = YearMonth.from(end);
		for (int i = 11; i >= 0; i--) {
			months.put(last.minusMonths(i), new int[4]);
		}
		for (AssessmentCase a : assessments) {
			LocalDate issuedOn = a.process().date(FINAL_PLAN_ISSUED_DATE);
			if (issuedOn == null) {
				continue;
			}
			int[] counts = months.get(YearMonth.from(issuedOn));
			if (counts == null) {
				continue;
			}
			boolean onTime = !issuedOn.isAfter(finalPlanDueBy(a));
			counts[0]++;
			counts[1] += onTime ? 1 : 0;
			if (!a.exceptionRecorded()) {
				counts[2]++;
				counts[3] += onTime ? 1 : 0;
			}
		}
		List<Month> trend = new ArrayList<>();
		months.forEach((month, c) -> trend
			.add(new Month(month.toString(), c[0], c[1], percent(c[1], c[0]), percent(c[3], c[2]))));
		return trend;
	}

	/**
	 * Advice whose due date fell in the period and has passed or been met, by service.
	 */
	private List<AdviceTimeliness> advice(List<AssessmentCase> assessments) {
		Map<String, int[]> byService = new TreeMap<>(
				Comparator.comparingInt(TimelinessMeasures::serviceOrder).thenComparing(Comparator.naturalOrder()));
		for (AssessmentCase a : assessments) {
			for (ProcessRecord advice : a.advice()) {
				String service = advice.text("adviceService");
				LocalDate dueBy = advice.date(ADVICE_DUE_BY);
				LocalDate received = advice.date("adviceReceivedDate");
				if (service == null || !inPeriod(dueBy)) {
					continue;
				}
				boolean awaited = received == null && advice.running();
				if (received == null && !awaited) {
					continue; // cancelled with its case (withdrawn, moved away): never
								// due
				}
				if (awaited && !dueBy.isBefore(today)) {
					continue; // not due yet
				}
				int[] counts = byService.computeIfAbsent(service, s -> new int[4]);
				counts[0]++;
				CaseRow row = new CaseRow(a.reference(), advice.id(), ADVICE, advice.running(), dueBy.toString(),
						"%s advice due %s, %s".formatted(serviceName(service), dueBy,
								awaited ? "still awaited" : "received " + received));
				if (received != null && !received.isAfter(dueBy)) {
					counts[1]++;
					add("adviceOnTime." + service, row);
				}
				else {
					counts[2]++;
					counts[3] += awaited ? 1 : 0;
					add("adviceLate." + service, row);
				}
			}
		}
		List<AdviceTimeliness> result = new ArrayList<>();
		byService.forEach((service, c) -> result
			.add(new AdviceTimeliness(service, serviceName(service), c[0], c[1], c[2], c[3], percent(c[1], c[0]))));
		return result;
	}

	/**
	 * Annual reviews and phase transfers, from the {@code ehcPlan} and
	 * {@code annualReview} contract.
	 */
	private Reviews reviews(Caseload caseload) {
		int maintained = 0, overdue = 0, dueSoon = 0, atRisk = 0, atRiskFeb = 0, atRiskMar = 0;
		for (ProcessRecord plan : caseload.plans()) {
			if (!plan.running() || "CEASED".equals(plan.text("planStatus"))) {
				continue;
			}
			maintained++;
			add("plansMaintained",
					planRow(plan, plan.date("annualReviewDecisionBy"), "plan issued " + plan.date("planIssuedDate")));
			LocalDate decisionBy = plan.date("annualReviewDecisionBy");
			if (decisionBy != null && decisionBy.isBefore(today)) {
				overdue++;
				add("reviewsOverdue", planRow(plan, decisionBy, "review decision was due " + decisionBy));
			}
			else if (decisionBy != null && !decisionBy.isAfter(today.plusDays(REVIEW_DUE_SOON_DAYS))) {
				dueSoon++;
				add("reviewsDueIn30Days", planRow(plan, decisionBy, "review decision due " + decisionBy));
			}
			String risk = phaseTransferRisk(plan, caseload.reviews());
			if (risk != null) {
				LocalDate transferBy = plan.date("phaseTransferPlanBy");
				atRisk++;
				if (transferBy.getMonthValue() == 2) {
					atRiskFeb++;
				}
				else {
					atRiskMar++;
				}
				add("phaseTransfersAtRisk", planRow(plan, transferBy, risk));
			}
		}
		int decisions = 0, decisionsLate = 0, amended = 0, amendmentsLate = 0;
		for (ProcessRecord review : caseload.reviews()) {
			LocalDate decisionBy = review.date("reviewDecisionBy");
			LocalDate decided = CaseTimeline.reviewDecisionDoneOn(review.variables(), readings.decisionDoneOn());
			if (inPeriod(decided)) {
				decisions++;
				add("reviewDecisions", reviewRow(review, decisionBy, "decided " + decided));
			}
			if (decisionBy != null && (inPeriod(decided) && decided.isAfter(decisionBy)
					|| decided == null && review.running() && decisionBy.isBefore(today))) {
				decisionsLate++;
				add("reviewDecisionsLate", reviewRow(review, decisionBy, decided == null
						? "no decision yet, due " + decisionBy : "decided " + decided + ", due " + decisionBy));
			}
			LocalDate amendedBy = review.date("amendedPlanDueBy");
			LocalDate amendedOn = review.date("amendedPlanIssuedDate");
			if (inPeriod(amendedOn)) {
				amended++;
				add("amendedPlans", reviewRow(review, amendedBy, "amended plan issued " + amendedOn));
			}
			if (amendedBy != null && (inPeriod(amendedOn) && amendedOn.isAfter(amendedBy)
					|| amendedOn == null && review.running() && amendedBy.isBefore(today))) {
				amendmentsLate++;
				add("amendmentsLate", reviewRow(review, amendedBy, amendedOn == null
						? "amended plan not issued, due " + amendedBy : "issued " + amendedOn + ", due " + amendedBy));
			}
		}
		return new Reviews(maintained, overdue, dueSoon, decisions, decisionsLate, amended, amendmentsLate, atRisk,
				atRiskFeb, atRiskMar);
	}

	/**
	 * Why a running plan's phase transfer is at risk, or null: a
	 * {@code phaseTransferPlanBy} with no amended plan issued in the year before it, and
	 * that date passed, or the meeting not held (or set for a day after)
	 * {@code reviewMeetingBy} (SEND Regulations 2014 reg 18).
	 */
	String phaseTransferRisk(ProcessRecord plan, List<ProcessRecord> reviews) {
		LocalDate transferBy = plan.date("phaseTransferPlanBy");
		if (transferBy == null) {
			return null;
		}
		LocalDate yearBefore = transferBy.minusYears(1);
		LocalDate amendedOn = plan.date("amendedPlanIssuedDate");
		LocalDate meeting = plan.date("reviewMeetingDate");
		for (ProcessRecord review : reviews) {
			if (plan.id().equals(review.superProcessInstanceId())) {
				amendedOn = latest(amendedOn, review.date("amendedPlanIssuedDate"));
				meeting = latest(meeting, review.date("reviewMeetingDate"));
			}
		}
		if (amendedOn != null && amendedOn.isAfter(yearBefore)) {
			return null;
		}
		if (transferBy.isBefore(today)) {
			return "amended plan naming the next setting was due " + transferBy;
		}
		LocalDate meetingBy = plan.date("reviewMeetingBy");
		boolean meetingThisYear = meeting != null && meeting.isAfter(yearBefore);
		if (meetingBy != null && meetingThisYear && meeting.isAfter(meetingBy)) {
			return "review meeting set for %s, after the latest safe day %s".formatted(meeting, meetingBy);
		}
		if (meetingBy != null && meetingBy.isBefore(today) && !meetingThisYear) {
			return "no review meeting by %s; amended plan due %s".formatted(meetingBy, transferBy);
		}
		return null;
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	/**
	 * The next statutory step still open, by its date: what the case's timeline would
	 * show next. Week 16 binds only a decision not to issue (reg 10(1)): once it has
	 * passed, the decision is no longer a step with a date of its own, and the 20 weeks
	 * (reg 13(2)) come next.
	 */
	record NextStep(String step, LocalDate dueBy) {
	}

	static NextStep nextStep(AssessmentCase a, LocalDate today) {
		ProcessRecord p = a.process();
		List<NextStep> open = new ArrayList<>();
		if (p.text(DECISION_TO_ASSESS) == null) {
			open.add(new NextStep("decideWhetherToAssess", p.date(DECIDE_WHETHER_TO_ASSESS_BY)));
		}
		for (ProcessRecord advice : a.advice()) {
			if (advice.running() && advice.date("adviceReceivedDate") == null) {
				open.add(new NextStep("advice", advice.date(ADVICE_DUE_BY)));
			}
		}
		LocalDate sixteenWeeks = p.date(DECIDE_WHETHER_TO_ISSUE_BY);
		if (p.text(DECISION_TO_ISSUE) == null && sixteenWeeks != null && !sixteenWeeks.isBefore(today)) {
			open.add(new NextStep("decideWhetherToIssue", sixteenWeeks));
		}
		if (p.date(DRAFT_SERVED_DATE) != null && p.text(FAMILY_RESPONSE) == null) {
			open.add(new NextStep("draftRepresentations", p.date(DRAFT_REPRESENTATIONS_BY)));
		}
		if (p.isTrue(SETTING_REQUESTED) && p.date(SETTING_RESPONSE_DATE) == null) {
			open.add(new NextStep("settingConsultation", p.date(SETTING_CONSULTATION_BY)));
		}
		if (p.date(FINAL_PLAN_ISSUED_DATE) == null) {
			open.add(new NextStep("finalPlan", finalPlanDueBy(a)));
		}
		return open.stream()
			.filter(step -> step.dueBy() != null)
			.min(Comparator.comparing(NextStep::dueBy))
			.orElse(null);
	}

	/**
	 * An open assessment that will miss 20 weeks unless something happens in the next 14
	 * days: the 20-week date has not passed, and the last day for what keeps it possible
	 * falls within 14 days (or has passed). Before the draft is served that day is the
	 * 20-week date less 15 days, because the family has at least 15 days beginning with
	 * service (reg 13(1)); after it, the 20-week date itself (reg 13(2)).
	 */
	private AtRisk atRisk(AssessmentCase a, int week, NextStep next) {
		ProcessRecord p = a.process();
		LocalDate finalBy = finalPlanDueBy(a);
		if (p.date(FINAL_PLAN_ISSUED_DATE) != null || finalBy.isBefore(today)) {
			return null;
		}
		boolean draftServed = p.date(DRAFT_SERVED_DATE) != null;
		LocalDate actBy = draftServed ? finalBy : finalBy.minusDays(AssessmentTimeLimits.DRAFT_REPRESENTATIONS_DAYS);
		if (actBy.isAfter(today.plusDays(AT_RISK_DAYS))) {
			return null;
		}
		String action = draftServed ? "issue the final plan" : "serve the draft plan";
		return new AtRisk(a.reference(), p.id(), week, actBy, action, next == null ? null : next.step(),
				next == null ? null : next.dueBy(), finalBy);
	}

	static LocalDate finalPlanDueBy(AssessmentCase a) {
		LocalDate dueBy = a.process().date(FINAL_PLAN_DUE_BY);
		return dueBy != null ? dueBy
				: AssessmentDeadlines.forRequestReceivedOn(a.process().date(REQUEST_RECEIVED_DATE)).finalPlanDueBy();
	}

	private boolean inPeriod(LocalDate day) {
		return day != null && !day.isBefore(start) && !day.isAfter(end);
	}

	private void add(String measure, CaseRow row) {
		cases.computeIfAbsent(measure, m -> new ArrayList<>()).add(row);
	}

	private static CaseRow row(AssessmentCase a, LocalDate dueBy, String detail) {
		return new CaseRow(a.reference(), a.process().id(), ASSESSMENT, a.process().running(),
				dueBy == null ? null : dueBy.toString(), detail);
	}

	private static CaseRow planRow(ProcessRecord plan, LocalDate dueBy, String detail) {
		return new CaseRow(plan.businessKey(), plan.id(), PLAN, plan.running(), Objects.toString(dueBy, null), detail);
	}

	private static CaseRow reviewRow(ProcessRecord review, LocalDate dueBy, String detail) {
		return new CaseRow(review.businessKey(), review.id(), REVIEW, review.running(), Objects.toString(dueBy, null),
				detail);
	}

	private static String label(String decision) {
		return switch (decision) {
			case "ASSESS" -> "assess";
			case "DO_NOT_ASSESS" -> "not to assess";
			case "ISSUE" -> "issue";
			case "DO_NOT_ISSUE" -> "not to issue";
			default -> decision;
		};
	}

	private static int serviceOrder(String code) {
		try {
			return AdviceService.valueOf(code).ordinal();
		}
		catch (IllegalArgumentException ex) {
			return Integer.MAX_VALUE;
		}
	}

	static String serviceName(String code) {
		try {
			String name = AdviceService.valueOf(code).displayName();
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	static Double percent(int part, int whole) {
		return whole == 0 ? null : round(100.0 * part / whole);
	}

	private static Double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String weeks(long days) {
		return days / 7 + " weeks" + (days % 7 == 0 ? "" : " " + days % 7 + (days % 7 == 1 ? " day" : " days"));
	}

}
