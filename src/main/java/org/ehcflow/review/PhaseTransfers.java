package org.ehcflow.review;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.ehcflow.common.SettingTypes;
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

}
