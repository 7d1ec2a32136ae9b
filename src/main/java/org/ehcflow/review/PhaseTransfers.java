package org.ehcflow.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.common.SettingTypes;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.AcademicCalendar;
import org.ehcflow.statutory.PhaseTransferDuty;
import org.springframework.stereotype.Component;

/**
 * Whether a child moves phase at the end of this academic year, from the year group
 * <em>today</em> and the setting's type (DMN {@code phaseTransfer}; SEND Regulations 2014
 * reg 18(1), reg 2(1)), and so the reg 18 duty of this year ({@link PhaseTransferDuty}).
 * Used when a plan is taken over or imported, each 1 September, and after every review or
 * amendment that changes the setting.
 */
@Component
class PhaseTransfers {

	private final DecisionService decisions;

	PhaseTransfers(DecisionService decisions) {
		this.decisions = decisions;
	}

	/**
	 * The reg 18 duty of this academic year.
	 * @param yearGroupToday the year group today, or {@code null} when unknown (no duty
	 * found)
	 * @param settingType the setting's type
	 * @param today today
	 * @param preparedFor the reg 18 date already prepared, or {@code null}
	 * @return the duty
	 */
	PhaseTransferDuty thisYear(String yearGroupToday, String settingType, LocalDate today, LocalDate preparedFor) {
		if (yearGroupToday == null) {
			return PhaseTransferDuty.NONE;
		}
		Map<String, Object> result = decisions
			.evaluateDecisionTableByKey("phaseTransfer", Map.of(PlanVariables.NATIONAL_CURRICULUM_YEAR, yearGroupToday,
					PlanVariables.SETTING_TYPE, SettingTypes.normalise(settingType)))
			.getSingleResult()
			.getEntryMap();
		return PhaseTransferDuty.decide(Boolean.TRUE.equals(result.get("transfersNextSeptember")),
				Boolean.TRUE.equals(result.get("secondaryToPost16")), today, preparedFor);
	}

	/**
	 * The reg 18 duty of this academic year for a plan, from its recorded year group,
	 * setting type and the transfer a finished review already prepared.
	 * @param plan the plan's variables
	 * @param today today
	 * @return the duty
	 */
	PhaseTransferDuty thisYear(Map<String, Object> plan, LocalDate today) {
		return thisYear(AcademicCalendar.yearGroupOf(plan.get(PlanVariables.NATIONAL_CURRICULUM_YEAR)),
				Objects.toString(plan.get(PlanVariables.SETTING_TYPE), null), today,
				Variables.parseDateOrNull(plan.get(PlanVariables.PHASE_TRANSFER_REVIEWED_FOR)));
	}

	/**
	 * The variables a running review prepares a transfer by: {@code phaseTransferPlanBy}
	 * and {@code reviewReason} {@code PHASE_TRANSFER}.
	 */
	static Map<String, Object> transferDue(LocalDate planBy) {
		return Map.of(PlanVariables.PHASE_TRANSFER_PLAN_BY, planBy.toString(), PlanVariables.REVIEW_REASON,
				"PHASE_TRANSFER");
	}

	/**
	 * Gives the plan's running reviews the same variables: each review works from its own
	 * copies, and its outputs would otherwise bring the old values back to the plan.
	 */
	static void alsoOnRunningReviews(RuntimeService runtime, String planId, Map<String, Object> variables) {
		runtime.createProcessInstanceQuery()
			.superProcessInstanceId(planId)
			.list()
			.forEach(review -> runtime.setVariables(review.getId(), variables));
	}

}
