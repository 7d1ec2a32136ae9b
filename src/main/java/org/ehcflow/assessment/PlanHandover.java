package org.ehcflow.assessment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands an issued plan over to its maintenance (the {@code ehcPlan} process, which starts
 * on the message {@code PlanIssued}) with the case's variables and business key. Until a
 * process that starts on that message is deployed, the hand-over is logged and the case
 * simply ends.
 */
@Component("planHandover")
class PlanHandover implements JavaDelegate {

	static final String MESSAGE = "PlanIssued";

	private static final Logger log = LoggerFactory.getLogger(PlanHandover.class);

	private final RuntimeService runtimeService;

	PlanHandover(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseReference = execution.getProcessBusinessKey();
		boolean planProcessDeployed = runtimeService.createEventSubscriptionQuery()
			.eventType("message")
			.eventName(MESSAGE)
			.list()
			.stream()
			.anyMatch(subscription -> subscription.getExecutionId() == null);
		if (!planProcessDeployed) {
			log.info("Case {}: plan issued; no process starts on {} yet", caseReference, MESSAGE);
			return;
		}
		runtimeService.createMessageCorrelation(MESSAGE)
			.processInstanceBusinessKey(caseReference)
			.setVariables(execution.getVariables())
			.correlateStartMessage();
		log.info("Case {}: plan handed over to its maintenance", caseReference);
	}

}
