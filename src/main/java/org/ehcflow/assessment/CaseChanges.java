package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.PROCESS_KEY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.ExceptionReason;
import org.ehcflow.statutory.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code recordCaseChange}: at any time, a withdrawal, a move out of the area, or a lawful
 * exception to a time limit (SEND Regulations 2014 reg 5(4), 8(2), 10(4), 13(3)). Checked when
 * the change is reported, so a wrong case reference or an exception the law does not allow starts
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
class CaseChanges {

	private static final Logger log = LoggerFactory.getLogger(CaseChanges.class);

	private static final Set<String> CHANGE_TYPES = Set.of("WITHDRAWN", "MOVED_OUT_OF_AREA", "TIME_LIMIT_EXCEPTION");

	private static final Set<String> EXCEPTION_STEPS = Set.of(Step.DECIDE_WHETHER_TO_ASSESS.id(), Step.ADVICE.id(),
			Step.DECIDE_WHETHER_TO_ISSUE.id(), Step.FINAL_PLAN.id());

	@Bean
	ExecutionListener caseChangeRecorder(Clock clock, RuntimeService runtimeService) {
		return execution -> {
			FormCheck check = new FormCheck(execution, LocalDate.now(clock));
			String reference = Optional.ofNullable(Variables.string(execution, "caseReference")).map(String::trim).orElse("");
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
						Variables.parseDateOrNull(runtimeService.getVariable(assessment.get().getId(), "requestReceivedDate")),
						"the date the request was received");
			}
			if ("TIME_LIMIT_EXCEPTION".equals(type)) {
				checkException(check, execution);
			}
			check.maxLength("changeNotes", 4000);
			check.throwIfAny();
			execution.setVariable("caseReference", reference);
			execution.setProcessBusinessKey(reference);
		};
	}

	/** Only the lawful exceptions count, each for the limits it applies to, with its dates and evidence. */
	private static void checkException(FormCheck check, DelegateExecution execution) {
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
		LocalDate start = check.date("exceptionStartDate");
		LocalDate end = check.optionalDate("exceptionEndDate");
		check.notBefore("exceptionEndDate", end, start, "the start of the exception");
		check.requiredText("exceptionEvidence", 4000);
		if (!Variables.isTrue(execution, "familyToldOfDelay")) {
			check.problem("familyToldOfDelay", "the family must be told that the time limit cannot be met and why");
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
				default -> recordException(execution, exceptions, identityService, clock);
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

	private static void recordException(DelegateExecution execution, TimeLimitExceptions exceptions,
			IdentityService identityService, Clock clock) {
		String step = Variables.string(execution, "exceptionStep");
		ExceptionReason reason = ExceptionReason.valueOf(Variables.string(execution, "exceptionReason"));
		Authentication user = identityService.getCurrentAuthentication();
		exceptions.record(new TimeLimitException(execution.getProcessBusinessKey(), step, reason.name(),
				reason.regulationFor(Step.byId(step).orElseThrow()), Variables.date(execution, "exceptionStartDate"),
				Variables.date(execution, "exceptionEndDate"), Variables.string(execution, "exceptionEvidence"),
				Variables.isTrue(execution, "familyToldOfDelay"), user == null ? null : user.getUserId(),
				Instant.now(clock)));
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
