package org.ehcflow.advice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ehcflow.advice.portal.AdviceSubmissions;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small steps of {@code adviceRequest}: naming the advice asked for, checking what is
 * recorded, taking in advice from the portal, closing the request's links, and (in the
 * assessment) recording who took the case on.
 */
@Configuration(proxyBeanMethods = false)
class AdviceSteps {

	private static final Logger log = LoggerFactory.getLogger(AdviceSteps.class);

	static final String CASE_REFERENCE = "caseReference";

	static final String ADVICE_SERVICE = "adviceService";

	static final String ADVICE_SERVICE_NAME = "adviceServiceName";

	static final String ADVICE_CONTACT = "adviceContact";

	static final String ADVICE_CONTACT_MISSING = "adviceContactMissing";

	static final String ADVICE_REQUESTED_DATE = "adviceRequestedDate";

	static final String ADVICE_DUE_BY = "adviceDueBy";

	static final String ADVICE_RECEIVED_DATE = "adviceReceivedDate";

	static final String ADVICE_OUTCOME = "adviceOutcome";

	static final String ADVICE_REUSED = "adviceReused";

	static final String ADVICE_RECEIVED_VIA = "adviceReceivedVia";

	static final String ADVICE_SUBMISSION_ID = "adviceSubmissionId";

	static final String ADVICE_DOCUMENT_NAME = "adviceDocumentName";

	static final String ADVICE_GIVER_REMINDED_DATE = "adviceGiverRemindedDate";

	static final String ADVICE_ESCALATED_DATE = "adviceEscalatedDate";

	/**
	 * The user id of the caseworker who took the case on (who completed "Gather views").
	 */
	static final String CASE_OWNER = "caseOwner";

	/**
	 * {@code REVIEW} when the advice is for an annual review (reg 20(4)); absent for an
	 * assessment.
	 */
	static final String ADVICE_FOR = "adviceFor";

	static final String EXISTING_ADVICE_APPLIES = "EXISTING_ADVICE_APPLIES";

	/**
	 * Gives the task its plain-English name: "Record advice from educational psychology".
	 */
	@Bean
	ExecutionListener adviceRequestStarted() {
		return execution -> {
			AdviceService service = AdviceService.valueOf((String) execution.getVariable(ADVICE_SERVICE));
			execution.setVariable(ADVICE_SERVICE_NAME, service.displayName());
		};
	}

	/**
	 * Advice received on or after the request, not in the future. "Existing advice
	 * applies" is the reuse that SEND Regulations 2014 reg 6(4) allows.
	 */
	@Bean
	TaskListener adviceCheck(Clock clock) {
		return task -> {
			FormCheck check = new FormCheck(task, LocalDate.now(clock));
			String outcome = check.oneOf(ADVICE_OUTCOME, Set.of("NEW_ADVICE", EXISTING_ADVICE_APPLIES, "NOT_INVOLVED"));
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
			task.setVariable(ADVICE_REUSED, EXISTING_ADVICE_APPLIES.equals(outcome));
			task.setVariable(ADVICE_RECEIVED_VIA, "CASEWORKER");
		};
	}

	/**
	 * Advice came through the portal (message {@code AdviceSubmitted}, with the advice
	 * variables): fills in what the portal may leave out, works out {@code adviceReused},
	 * and names the uploaded document, if any, for the caseworker's check
	 * ({@code adviceDocumentName}).
	 */
	@Bean
	ExecutionListener adviceSubmitted(Clock clock, AdviceSubmissions submissions) {
		return execution -> {
			if (execution.getVariable(ADVICE_RECEIVED_VIA) == null) {
				execution.setVariable(ADVICE_RECEIVED_VIA, "PORTAL");
			}
			if (Variables.parseDateOrNull(execution.getVariable(ADVICE_RECEIVED_DATE)) == null) {
				Variables.setDate(execution, ADVICE_RECEIVED_DATE, LocalDate.now(clock));
			}
			execution.setVariable(ADVICE_REUSED, EXISTING_ADVICE_APPLIES.equals(execution.getVariable(ADVICE_OUTCOME)));
			Long submissionId = submissionId(execution.getVariable(ADVICE_SUBMISSION_ID));
			if (submissionId != null) {
				submissions.documentName(submissionId)
					.ifPresent(name -> execution.setVariable(ADVICE_DOCUMENT_NAME, name));
			}
			log.info("Case {}: advice from {} received through the portal", execution.getVariable(CASE_REFERENCE),
					execution.getVariable(ADVICE_SERVICE));
		};
	}

	/**
	 * When the request ends, however it ends (advice in, or the case closed and the
	 * request cancelled with it), its portal links stop working after
	 * {@code ehcflow.advice.link-grace-days}.
	 */
	@Bean
	ExecutionListener adviceRequestEnded(AdviceLinks links, Clock clock,
			@Value("${ehcflow.advice.link-grace-days:7}") int graceDays) {
		return execution -> links.expireBy(execution.getProcessInstanceId(),
				Instant.now(clock).plus(Duration.ofDays(graceDays)));
	}

	/**
	 * Records on the assessment who took the case on: the person completing "Gather
	 * views" becomes {@code caseOwner}, whom late advice is escalated to. Without a
	 * signed-in user (a system call) nothing is recorded and escalations go to the
	 * caseworkers' group.
	 */
	@Bean
	TaskListener caseOwnerRecorder(IdentityService identityService) {
		return task -> {
			Authentication authentication = identityService.getCurrentAuthentication();
			if (authentication != null && authentication.getUserId() != null && !authentication.getUserId().isBlank()) {
				task.setVariable(CASE_OWNER, authentication.getUserId());
			}
		};
	}

	private static Long submissionId(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value != null) {
			try {
				return Long.valueOf(value.toString().strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
