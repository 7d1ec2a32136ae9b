package org.ehcflow.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code adviceRequest}: naming the advice asked for and checking what is recorded. */
@Configuration(proxyBeanMethods = false)
class AdviceSteps {

	static final String ADVICE_SERVICE = "adviceService";

	static final String ADVICE_SERVICE_NAME = "adviceServiceName";

	static final String ADVICE_REQUESTED_DATE = "adviceRequestedDate";

	static final String ADVICE_RECEIVED_DATE = "adviceReceivedDate";

	static final String ADVICE_OUTCOME = "adviceOutcome";

	static final String ADVICE_REUSED = "adviceReused";

	/** Gives the task its plain-English name: "Record advice from educational psychology". */
	@Bean
	ExecutionListener adviceRequestStarted() {
		return execution -> {
			AdviceService service = AdviceService.valueOf((String) execution.getVariable(ADVICE_SERVICE));
			execution.setVariable(ADVICE_SERVICE_NAME, service.displayName());
		};
	}

	/**
	 * Advice received on or after the request, not in the future. "Existing advice applies" is the
	 * reuse that SEND Regulations 2014 reg 6(4) allows.
	 */
	@Bean
	TaskListener adviceCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			String outcome = check.oneOf(ADVICE_OUTCOME, Set.of("NEW_ADVICE", "EXISTING_ADVICE_APPLIES", "NOT_INVOLVED"));
			LocalDate received = check.pastDate(ADVICE_RECEIVED_DATE);
			check.notBefore(ADVICE_RECEIVED_DATE, received, Variables.date(task, ADVICE_REQUESTED_DATE),
					"the date the advice was requested");
			if ("NOT_INVOLVED".equals(outcome)) {
				check.requiredText("adviceSummary", 4000);
			}
			else {
				check.maxLength("adviceSummary", 4000);
			}
			check.throwIfAny();
			task.setVariable(ADVICE_REUSED, "EXISTING_ADVICE_APPLIES".equals(outcome));
		};
	}

}
