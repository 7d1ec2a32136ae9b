package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DMN tables a council may edit: {@code reviewFrequency} and {@code phaseTransfer},
 * as shipped.
 */
class DecisionTablesTests {

	static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	static DmnDecision decision(String key) {
		try (InputStream file = new FileInputStream("processes/" + key + ".dmn")) {
			return DMN.parseDecision(key, file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class ReviewFrequency {

		final DmnDecision table = decision("reviewFrequency");

		@ParameterizedTest(name = "aged {0}: every {1} months")
		@CsvSource({ "0, 6", "2, 6", "4, 6", "5, 12", "11, 12", "24, 12" })
		void childrenUnder5AreReviewedEvery6MonthsAndEveryoneElseWithin12(int age, int months) {
			Object result = DMN.evaluateDecisionTable(table, Map.of("ageInYears", age))
				.getSingleResult()
				.getEntry("reviewMonths");
			assertThat(((Number) result).intValue()).isEqualTo(months);
		}

	}

	@Nested
	class PhaseTransfer {

		final DmnDecision table = decision("phaseTransfer");

		@ParameterizedTest(name = "Year {0} at {1}: moves {2}, to post-16 {3}")
		@CsvSource({ "N2, EARLY_YEARS, true, false", "N2, PRIMARY, true, false", "N1, EARLY_YEARS, false, false",
				"R, PRIMARY, false, false", "2, INFANT, true, false", "2, PRIMARY, false, false",
				"4, FIRST, true, false", "6, PRIMARY, true, false", "6, JUNIOR, true, false",
				"6, ALL_THROUGH, false, false", "6, SPECIAL_ALL_THROUGH, false, false",
				"6, SPECIAL_PRIMARY, true, false", "6, SPECIAL_SECONDARY, false, false", "6, OTHER, true, false",
				"5, SPECIAL_PRIMARY, false, false", "7, MIDDLE, false, false", "4, PRIMARY, false, false",
				"N2, OTHER, true, false", "8, MIDDLE, true, false", "8, SECONDARY, false, false",
				"11, SECONDARY, true, true", "11, SECONDARY_WITH_SIXTH_FORM, true, true", "11, ALL_THROUGH, true, true",
				"11, SPECIAL_ALL_THROUGH, true, true", "11, SPECIAL_SECONDARY, true, true", "11, OTHER, true, true",
				"12, POST_16, false, false", "13, SECONDARY_WITH_SIXTH_FORM, false, false" })
		void namesEachMoveOfPhase(String year, String settingType, boolean moves, boolean post16) {
			DmnDecisionRuleResult result = DMN
				.evaluateDecisionTable(table, Map.of("nationalCurriculumYear", year, "settingType", settingType))
				.getSingleResult();
			assertThat(result.<Boolean>getEntry("transfersNextSeptember")).isEqualTo(moves);
			assertThat(result.<Boolean>getEntry("secondaryToPost16")).isEqualTo(post16);
		}

	}

}
