package org.ehcflow.review;

import static org.ehcflow.review.PlanVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.assessment.RequestRules;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.PhaseTransferDuty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code recordPlanChange}: a caseworker corrects a maintained plan's year group, setting
 * name or kind of setting without amending the plan (a child taught out of year group, a
 * setting recorded as {@code OTHER} or as the wrong kind). Reg 18(1) of the SEND
 * Regulations 2014 depends on both, so the phase transfer is decided again at once
 * ({@link #planChangeApplier}). Checked when the change is reported, so a wrong reference
 * or a change that changes nothing starts nothing.
 */
@Configuration(proxyBeanMethods = false)
class PlanRecordChanges {

	private static final Logger log = LoggerFactory.getLogger(PlanRecordChanges.class);

	@Bean
	ExecutionListener planChangeCheck(Clock clock, RuntimeService runtimeService) {
		return execution -> {
			LocalDate today = LocalDate.now(clock);
			FormCheck check = new FormCheck(execution, today);
			String reference = Optional.ofNullable(Variables.string(execution, CASE_REFERENCE))
				.map(String::trim)
				.orElse("");
			Optional<ProcessInstance> plan = maintainedPlan(runtimeService, reference);
			if (reference.isEmpty()) {
				check.problem(CASE_REFERENCE, "is required");
			}
			else if (plan.isEmpty()) {
				check.problem(CASE_REFERENCE, "no maintained EHC plan has the reference " + reference);
			}
			Map<String, Object> recorded = plan.map(found -> runtimeService.getVariables(found.getId()))
				.orElse(Map.of());
			LocalDate changed = check.pastDate(PLAN_CHANGE_DATE);
			check.notBefore(PLAN_CHANGE_DATE, changed, Variables.parseDateOrNull(recorded.get(PLAN_ISSUED_DATE)),
					"the date the plan was issued");
			Map<String, Object> changes = changes(execution, check, recorded, today);
			if (plan.isPresent() && changes.isEmpty() && !check.hasProblem(NATIONAL_CURRICULUM_YEAR)
					&& !check.hasProblem(SETTING_TYPE)) {
				check.problem(NATIONAL_CURRICULUM_YEAR, "nothing would change: the plan records " + describe(recorded)
						+ "; give the new year group, the setting's new name or its kind");
			}
			check.requiredText(PLAN_CHANGE_REASON, 4000);
			check.throwIfAny();
			execution.setVariable(CASE_REFERENCE, reference);
			execution.setProcessBusinessKey(reference);
		};
	}

	/**
	 * The corrections asked for that differ from the plan's record, each checked: a year
	 * group of {@link AcademicCalendar#YEAR_GROUPS} that fits the date of birth as a
	 * request's does, a kind of setting of {@link SettingTypes}, and a reason for
	 * {@code OTHER} for a school-age child.
	 */
	private static Map<String, Object> changes(DelegateExecution execution, FormCheck check,
			Map<String, Object> recorded, LocalDate today) {
		Map<String, Object> changes = new LinkedHashMap<>();
		Object year = execution.getVariable(NATIONAL_CURRICULUM_YEAR);
		if (year != null && !year.toString().isBlank()) {
			String yearGroup = AcademicCalendar.yearGroupOf(year);
			if (yearGroup == null) {
				check.problem(NATIONAL_CURRICULUM_YEAR,
						"must be one of " + String.join(", ", AcademicCalendar.YEAR_GROUPS));
			}
			else {
				LocalDate born = Variables.parseDateOrNull(recorded.get(CHILD_DATE_OF_BIRTH));
				int number = AcademicCalendar.YEAR_GROUPS.indexOf(yearGroup)
						- AcademicCalendar.YEAR_GROUPS.indexOf("R");
				String misfit = born == null ? null : RequestRules.yearDoesNotFit(number, born, today);
				if (misfit != null) {
					check.problem(NATIONAL_CURRICULUM_YEAR,
							misfit + "; a child taught out of year group is recorded in the "
									+ "year group taught, within 2 years of the one expected");
				}
				else if (!yearGroup.equals(AcademicCalendar.yearGroupOf(recorded.get(NATIONAL_CURRICULUM_YEAR)))) {
					changes.put(NATIONAL_CURRICULUM_YEAR, yearGroup);
				}
			}
		}
		String name = blankToNull(Variables.string(execution, SETTING_NAME));
		check.maxLength(SETTING_NAME, 200);
		if (name != null && name.strip().length() <= 200 && !name.strip().equals(recorded.get(SETTING_NAME))) {
			changes.put(SETTING_NAME, name.strip());
		}
		String type = blankToNull(Variables.string(execution, SETTING_TYPE));
		if (type != null && check.oneOf(SETTING_TYPE, SettingTypes.VALUES) != null
				&& !type.equals(SettingTypes.normalise(Objects.toString(recorded.get(SETTING_TYPE), null)))) {
			changes.put(SETTING_TYPE, type);
		}
		String reason = blankToNull(Variables.string(execution, SETTING_TYPE_OTHER_REASON));
		check.maxLength(SETTING_TYPE_OTHER_REASON, 4000);
		String typeAfter = type != null ? type : Objects.toString(recorded.get(SETTING_TYPE), null);
		String yearAfter = (String) changes.getOrDefault(NATIONAL_CURRICULUM_YEAR,
				AcademicCalendar.yearGroupOf(recorded.get(NATIONAL_CURRICULUM_YEAR)));
		String reasonAfter = reason != null ? reason : Objects.toString(recorded.get(SETTING_TYPE_OTHER_REASON), null);
		if (!changes.isEmpty() && !check.hasProblem(SETTING_TYPE)) {
			String other = SettingTypes.otherNeedsReason(typeAfter, yearAfter, reasonAfter);
			if (other != null) {
				check.problem(SETTING_TYPE, other);
			}
		}
		if (reason != null && "OTHER".equals(SettingTypes.normalise(typeAfter))) {
			changes.put(SETTING_TYPE_OTHER_REASON, reason);
		}
		return changes;
	}

	/**
	 * "Correct the plan and check its phase transfer": the corrections go on the plan and
	 * on its running review (whose outputs would otherwise put the old setting back). A
	 * plan waiting for its review works out its schedule again
	 * ({@code PlanRecordCorrected}); a running review is told of a transfer now due under
	 * reg 18(1), or that the one it was preparing is not due.
	 */
	@Bean
	JavaDelegate planChangeApplier(RuntimeService runtimeService, PhaseTransfers phaseTransfers, Clock clock) {
		return execution -> {
			String reference = execution.getProcessBusinessKey();
			ProcessInstance plan = maintainedPlan(runtimeService, reference)
				.orElseThrow(() -> new InvalidInputException(List
					.of(new FieldProblem(CASE_REFERENCE, "no maintained EHC plan has the reference " + reference))));
			LocalDate today = LocalDate.now(clock);
			Map<String, Object> recorded = runtimeService.getVariables(plan.getId());
			FormCheck check = new FormCheck(execution, today);
			Map<String, Object> changes = changes(execution, check, recorded, today);
			check.throwIfAny();
			runtimeService.setVariables(plan.getId(), changes);
			PhaseTransfers.alsoOnRunningReviews(runtimeService, plan.getId(), changes);
			if (runtimeService.createEventSubscriptionQuery()
				.processInstanceId(plan.getId())
				.eventName(MESSAGE_PLAN_RECORD_CORRECTED)
				.count() > 0) {
				runtimeService.createMessageCorrelation(MESSAGE_PLAN_RECORD_CORRECTED)
					.processInstanceId(plan.getId())
					.correlate();
			}
			else {
				Map<String, Object> now = runtimeService.getVariables(plan.getId());
				tellRunningReview(runtimeService, plan.getId(), now, phaseTransfers.thisYear(now, today), today);
			}
			log.info("Case {}: plan record corrected ({})", reference, String.join(", ", changes.keySet()));
		};
	}

	/**
	 * A review already running prepares a transfer now due (as the 1 September check
	 * does), or stops preparing one that, corrected, is not due: its
	 * {@code phaseTransferPlanBy} is removed while that day is still to come.
	 */
	private static void tellRunningReview(RuntimeService runtimeService, String planId, Map<String, Object> plan,
			PhaseTransferDuty duty, LocalDate today) {
		LocalDate planBy = Variables.parseDateOrNull(plan.get(PHASE_TRANSFER_PLAN_BY));
		if (duty.state() == PhaseTransferDuty.State.DUE && !duty.planBy().equals(planBy)) {
			Map<String, Object> transfer = PhaseTransfers.transferDue(duty.planBy());
			runtimeService.setVariables(planId, transfer);
			PhaseTransfers.alsoOnRunningReviews(runtimeService, planId, transfer);
		}
		else if (duty.state() == PhaseTransferDuty.State.NONE && planBy != null && !planBy.isBefore(today)) {
			List<String> scopes = new ArrayList<>(List.of(planId));
			runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(planId)
				.list()
				.forEach(review -> scopes.add(review.getId()));
			for (String scope : scopes) {
				runtimeService.removeVariable(scope, PHASE_TRANSFER_PLAN_BY);
				if ("PHASE_TRANSFER".equals(plan.get(REVIEW_REASON))) {
					runtimeService.setVariable(scope, REVIEW_REASON, "ANNUAL");
				}
			}
		}
	}

	private static Optional<ProcessInstance> maintainedPlan(RuntimeService runtimeService, String reference) {
		if (reference == null || reference.isEmpty()) {
			return Optional.empty();
		}
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.findFirst();
	}

	private static String describe(Map<String, Object> plan) {
		String year = AcademicCalendar.yearGroupOf(plan.get(NATIONAL_CURRICULUM_YEAR));
		String yearGroup = year == null ? "no year group" : switch (year) {
			case "N1" -> "Nursery 1";
			case "N2" -> "Nursery 2";
			case "R" -> "Reception";
			default -> "Year " + year;
		};
		return yearGroup + " at " + Objects.toString(plan.get(SETTING_NAME), "an unnamed setting") + " ("
				+ SettingTypes.normalise(Objects.toString(plan.get(SETTING_TYPE), null)) + ")";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
