package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.PROCESS_KEY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.common.StatutoryReadings;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.ExceptionConditions;
import org.ehcflow.statutory.ExceptionReason;
import org.ehcflow.statutory.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code recordCaseChange}: at any time, a withdrawal, a move out of the area, or a
 * lawful exception to a time limit (SEND Regulations 2014 reg 5(4), 8(2), 10(4), 13(3)).
 * Checked when the change is reported, so a wrong case reference or an exception the law
 * does not allow starts nothing.
 */
@Configuration(proxyBeanMethods = false)
class CaseChanges {

	private static final Logger log = LoggerFactory.getLogger(CaseChanges.class);

	private static final Set<String> CHANGE_TYPES = Set.of("WITHDRAWN", "MOVED_OUT_OF_AREA", "TIME_LIMIT_EXCEPTION");

	private static final Set<String> EXCEPTION_STEPS = Set.of(Step.DECIDE_WHETHER_TO_ASSESS.id(), Step.ADVICE.id(),
			Step.DECIDE_WHETHER_TO_ISSUE.id(), Step.FINAL_PLAN.id());

	@Bean
	ExecutionListener caseChangeRecorder(Clock clock, RuntimeService runtimeService, StatutoryReadings readings) {
		return execution -> {
			FormCheck check = new FormCheck(execution, LocalDate.now(clock));
			String reference = Optional.ofNullable(Variables.string(execution, "caseReference"))
				.map(String::trim)
				.orElse("");
			Optional<ProcessInstance> assessment = openAssessment(runtimeService, reference);
			if (reference.isEmpty()) {
				check.problem("caseReference", "is required");
			}
			else if (assessment.isEmpty()) {
				check.problem("caseReference", "no open assessment has the reference " + reference);
			}
			String type = check.oneOf("changeType", CHANGE_TYPES);
			LocalDate changed = check.pastDate("changeDate");
			if (assessment.isPresent()) {
				check.notBefore("changeDate", changed,
						Variables.parseDateOrNull(
								runtimeService.getVariable(assessment.get().getId(), "requestReceivedDate")),
						"the date the request was received");
			}
			if ("TIME_LIMIT_EXCEPTION".equals(type)) {
				Map<String, Object> recorded = assessment.map(open -> runtimeService.getVariables(open.getId()))
					.orElse(Map.of());
				checkException(check, execution, recorded, readings);
			}
			check.maxLength("changeNotes", 4000);
			check.throwIfAny();
			execution.setVariable("caseReference", reference);
			execution.setProcessBusinessKey(reference);
		};
	}

	/**
	 * Only the lawful exceptions count, each for the limits it applies to, with its dates
	 * and evidence. With {@code ehcflow.readings.exceptions-for-refusal-to-assess} off
	 * (the default) none is recorded for a decision not to assess: reg 5(4) excuses the
	 * time limit of reg 5(1), a decision to assess, not that of reg 4(1). With
	 * {@code ehcflow.readings.check-exception-conditions} on (the default) the
	 * exception's own conditions are checked ({@link #checkConditions}).
	 */
	private static void checkException(FormCheck check, DelegateExecution execution, Map<String, Object> assessment,
			StatutoryReadings readings) {
		String stepId = check.oneOf("exceptionStep", EXCEPTION_STEPS);
		String reasonName = check.oneOf("exceptionReason",
				Set.of(Arrays.stream(ExceptionReason.values()).map(Enum::name).toArray(String[]::new)));
		if (stepId != null && reasonName != null) {
			Step step = Step.byId(stepId).orElseThrow();
			ExceptionReason reason = ExceptionReason.valueOf(reasonName);
			if (!reason.appliesTo(step)) {
				check.problem("exceptionReason", "\"" + reason.description() + "\" is not a lawful exception to the "
						+ step.title().toLowerCase(Locale.UK) + " time limit");
			}
		}
		if (Step.DECIDE_WHETHER_TO_ASSESS.id().equals(stepId) && !readings.exceptionsForRefusalToAssess()
				&& "DO_NOT_ASSESS".equals(assessment.get(AssessmentVariables.DECISION_TO_ASSESS))) {
			check.problem("exceptionStep", "no time-limit exception may be recorded for a decision not to assess: "
					+ "SEND Regulations 2014 reg 5(4) excuses only the time limit for a decision to assess, not the 6 weeks "
					+ "of reg 4(1) for a refusal");
		}
		LocalDate start = check.date("exceptionStartDate");
		LocalDate end = check.optionalDate("exceptionEndDate");
		check.notBefore("exceptionEndDate", end, start, "the start of the exception");
		LocalDate asked = check.optionalDate("exceptionAdviceAskedDate");
		check.requiredText("exceptionEvidence", 4000);
		if (!Variables.isTrue(execution, "familyToldOfDelay")) {
			check.problem("familyToldOfDelay", "the family must be told that the time limit cannot be met and why");
		}
		if (readings.checkExceptionConditions() && stepId != null && reasonName != null && start != null
				&& (end == null || !end.isBefore(start))) {
			Step step = Step.byId(stepId).orElseThrow();
			ExceptionReason reason = ExceptionReason.valueOf(reasonName);
			if (reason.appliesTo(step)) {
				checkConditions(check, step, reason, start, end, asked, assessment);
			}
		}
	}

	/**
	 * The exception's own conditions, SEND Regulations 2014 reg 5(4), 8(2), 10(4):
	 * <ul>
	 * <li>away from the area (5(4)(d), 8(2)(b), 10(4)(d)): "a continuous period of not
	 * less than 4 weeks", so from {@code exceptionStartDate} to {@code exceptionEndDate}
	 * at least 28 days, both days counted, and the absence overlaps the step's period
	 * (from the request, or for advice the day it was asked, to the step's deadline). An
	 * absence with no end date recorded goes on and is accepted if it began by the
	 * deadline; its end is recorded when known.</li>
	 * <li>a setting closed (5(4)(a)-(b), 10(4)(a)-(b)): {@code exceptionStartDate} the
	 * first day closed and {@code exceptionEndDate} (required) the last, at least 28
	 * days; advice asked of it ({@code exceptionAdviceAskedDate}, or the day the
	 * assessment's advice was asked) from one week before it closed to one week before it
	 * reopened.</li>
	 * </ul>
	 */
	private static void checkConditions(FormCheck check, Step step, ExceptionReason reason, LocalDate start,
			LocalDate end, LocalDate asked, Map<String, Object> assessment) {
		String regulation = reason.regulationFor(step);
		if (reason == ExceptionReason.AWAY_FROM_AREA) {
			LocalDate periodStart = Variables.parseDateOrNull(assessment.get(step == Step.ADVICE
					? AssessmentVariables.ADVICE_REQUESTED_DATE : AssessmentVariables.REQUEST_RECEIVED_DATE));
			LocalDate periodEnd = Variables.parseDateOrNull(assessment.get(step.id() + "By"));
			if (step == Step.ADVICE) {
				periodEnd = Variables.parseDateOrNull(assessment.get(AssessmentVariables.ADVICE_DUE_BY));
			}
			if (end != null && !ExceptionConditions.awayForFourWeeks(start, end)) {
				check.problem("exceptionEndDate",
						"the child, parent or young person must have been away from the area for "
								+ "at least 4 weeks in a row (28 days from " + FormCheck.human(start) + " is "
								+ FormCheck.human(start.plusDays(ExceptionConditions.FOUR_WEEKS_DAYS - 1)) + "), "
								+ regulation);
			}
			else if (periodStart != null && periodEnd != null
					&& !ExceptionConditions.awayForFourWeeksDuring(start, end, periodStart, periodEnd)) {
				check.problem("exceptionStartDate",
						"the absence must fall within the period of the " + step.title().toLowerCase(Locale.UK)
								+ " time limit, " + FormCheck.human(periodStart) + " to " + FormCheck.human(periodEnd)
								+ " (" + regulation + ")");
			}
			return;
		}
		if (reason == ExceptionReason.SETTING_CLOSED || reason == ExceptionReason.EARLY_YEARS_CLOSED) {
			if (end == null) {
				check.problem("exceptionEndDate",
						"is required: the last day the setting was closed (" + regulation + ")");
				return;
			}
			if (!ExceptionConditions.closedForFourWeeks(start, end)) {
				check.problem("exceptionEndDate",
						"the setting must have been closed for at least 4 weeks in a row (28 days " + "from "
								+ FormCheck.human(start) + " is "
								+ FormCheck.human(start.plusDays(ExceptionConditions.FOUR_WEEKS_DAYS - 1)) + "), "
								+ regulation);
				return;
			}
			LocalDate adviceAsked = asked != null ? asked
					: Variables.parseDateOrNull(assessment.get(AssessmentVariables.ADVICE_REQUESTED_DATE));
			if (adviceAsked == null) {
				check.problem("exceptionAdviceAskedDate",
						"is required: the day the local authority asked the setting for " + "advice (" + regulation
								+ ")");
			}
			else if (!ExceptionConditions.askedWithinClosureWindow(adviceAsked, start, end)) {
				check.problem("exceptionAdviceAskedDate", "advice must have been asked for from "
						+ FormCheck.human(ExceptionConditions.closureWindowStart(start))
						+ " (one week before the setting " + "closed) to "
						+ FormCheck.human(ExceptionConditions.closureWindowEnd(end)) + " (one week before it "
						+ "reopened); it was asked on " + FormCheck.human(adviceAsked) + " (" + regulation + ")");
			}
		}
	}

	@Bean
	JavaDelegate caseChangeApplier(RuntimeService runtimeService, TimeLimitExceptions exceptions,
			IdentityService identityService, Clock clock) {
		return execution -> {
			String reference = execution.getProcessBusinessKey();
			String type = Variables.string(execution, "changeType");
			String changeDate = Variables.string(execution, "changeDate");
			switch (type) {
				case "WITHDRAWN" -> correlate(runtimeService, "RequestWithdrawn", reference, changeDate);
				case "MOVED_OUT_OF_AREA" -> correlate(runtimeService, "ChildMovedOutOfArea", reference, changeDate);
				default -> recordException(execution, runtimeService, exceptions, identityService, clock);
			}
			log.info("Case {}: change recorded ({})", reference, type);
		};
	}

	private static void correlate(RuntimeService runtimeService, String message, String reference, String changeDate) {
		ProcessInstance assessment = openAssessment(runtimeService, reference)
			.orElseThrow(() -> new InvalidInputException(
					List.of(new FieldProblem("caseReference", "no open assessment has the reference " + reference))));
		runtimeService.createMessageCorrelation(message)
			.processInstanceId(assessment.getId())
			.setVariable("changeDate", changeDate)
			.correlate();
	}

	private static void recordException(DelegateExecution execution, RuntimeService runtimeService,
			TimeLimitExceptions exceptions, IdentityService identityService, Clock clock) {
		String step = Variables.string(execution, "exceptionStep");
		ExceptionReason reason = ExceptionReason.valueOf(Variables.string(execution, "exceptionReason"));
		// For a closure, the day the setting was asked for advice decides whether the
		// exception is
		// lawful (reg 5(4)(a)-(b), 10(4)(a)-(b)): kept as typed, or the assessment's own
		// day of asking.
		LocalDate adviceAsked = Variables.date(execution, "exceptionAdviceAskedDate");
		if (adviceAsked == null
				&& (reason == ExceptionReason.SETTING_CLOSED || reason == ExceptionReason.EARLY_YEARS_CLOSED)) {
			adviceAsked = openAssessment(runtimeService, execution.getProcessBusinessKey())
				.map(open -> Variables.parseDateOrNull(
						runtimeService.getVariable(open.getId(), AssessmentVariables.ADVICE_REQUESTED_DATE)))
				.orElse(null);
		}
		Authentication user = identityService.getCurrentAuthentication();
		exceptions.record(new TimeLimitException(execution.getProcessBusinessKey(), step, reason.name(),
				reason.regulationFor(Step.byId(step).orElseThrow()), Variables.date(execution, "exceptionStartDate"),
				Variables.date(execution, "exceptionEndDate"), adviceAsked,
				Variables.string(execution, "exceptionEvidence"), Variables.isTrue(execution, "familyToldOfDelay"),
				user == null ? null : user.getUserId(), Instant.now(clock)));
	}

	private static Optional<ProcessInstance> openAssessment(RuntimeService runtimeService, String reference) {
		if (reference.isEmpty()) {
			return Optional.empty();
		}
		List<ProcessInstance> open = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(reference)
			.list();
		return open.stream().findFirst();
	}

}
