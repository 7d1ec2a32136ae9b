package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.common.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code requestEarlyReview}: a caseworker records that the parent or young person, the
 * setting or the local authority asked for an early review (CFA 2014 s44(1); Code 9.173),
 * and the plan's review starts at once. Checked when the request is recorded, so a wrong
 * case reference, or a plan already under review, starts nothing.
 */
@Configuration(proxyBeanMethods = false)
class EarlyReviews {

	private static final Logger log = LoggerFactory.getLogger(EarlyReviews.class);

	static final Set<String> REQUESTED_BY = Set.of("PARENT", "SETTING", "LOCAL_AUTHORITY");

	@Bean
	ExecutionListener earlyReviewRequestCheck(Clock clock, RuntimeService runtimeService) {
		return execution -> {
			FormCheck check = new FormCheck(execution, LocalDate.now(clock));
			String reference = Optional.ofNullable(Variables.string(execution, CASE_REFERENCE))
				.map(String::trim)
				.orElse("");
			problemWith(runtimeService, reference).ifPresent(message -> check.problem(CASE_REFERENCE, message));
			check.oneOf(EARLY_REVIEW_REQUESTED_BY, REQUESTED_BY);
			check.requiredText(EARLY_REVIEW_REASON, 4000);
			check.throwIfAny();
			execution.setVariable(CASE_REFERENCE, reference);
			execution.setProcessBusinessKey(reference);
		};
	}

	@Bean
	JavaDelegate earlyReviewStarter(RuntimeService runtimeService) {
		return execution -> {
			String reference = execution.getProcessBusinessKey();
			problemWith(runtimeService, reference).ifPresent(message -> {
				throw new InvalidInputException(List.of(new FieldProblem(CASE_REFERENCE, message)));
			});
			runtimeService.createMessageCorrelation(MESSAGE_EARLY_REVIEW_REQUESTED)
				.processInstanceBusinessKey(reference)
				.setVariables(Map.of(EARLY_REVIEW_REQUESTED_BY, Variables.string(execution, EARLY_REVIEW_REQUESTED_BY),
						EARLY_REVIEW_REASON, Variables.string(execution, EARLY_REVIEW_REASON)))
				.correlate();
			log.info("Case {}: early review started", reference);
		};
	}

	/** Why no early review can start for this reference, or empty when one can. */
	static Optional<String> problemWith(RuntimeService runtimeService, String reference) {
		if (reference == null || reference.isEmpty()) {
			return Optional.of("is required");
		}
		List<ProcessInstance> plans = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list();
		if (plans.isEmpty()) {
			return Optional.of("no maintained EHC plan has the reference " + reference);
		}
		boolean waiting = runtimeService.createEventSubscriptionQuery()
			.eventType("message")
			.eventName(MESSAGE_EARLY_REVIEW_REQUESTED)
			.processInstanceId(plans.get(0).getId())
			.count() > 0;
		return waiting ? Optional.empty() : Optional
			.of("the plan " + reference + " is already being reviewed or is ceasing, so no early review can start");
	}

}
