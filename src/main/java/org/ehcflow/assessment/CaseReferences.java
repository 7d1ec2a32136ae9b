package org.ehcflow.assessment;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.ehcflow.common.EhcFlowProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each new case its reference, {@code EHC-<year>-<5 digits>}, numbered per year of
 * receipt. The counter lives in our table {@code case_reference_counter} and moves in the
 * same transaction as the new case, so a refused request uses up no number. A number
 * someone already gave by hand is skipped.
 */
@Component
class CaseReferences {

	private final JdbcTemplate jdbc;

	private final HistoryService historyService;

	private final String prefix;

	CaseReferences(JdbcTemplate jdbc, HistoryService historyService, EhcFlowProperties properties) {
		this.jdbc = jdbc;
		this.historyService = historyService;
		this.prefix = properties.caseReferencePrefix();
	}

	String next(LocalDate received) {
		int year = received.getYear();
		while (true) {
			String reference = "%s-%d-%05d".formatted(prefix, year, nextNumber(year));
			if (historyService.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(reference)
				.count() == 0) {
				return reference;
			}
		}
	}

	private int nextNumber(int year) {
		int updated = jdbc
			.update("update case_reference_counter set last_number = last_number + 1 where reference_year = ?", year);
		if (updated == 0) {
			jdbc.update("insert into case_reference_counter (reference_year, last_number) values (?, 1)", year);
			return 1;
		}
		Integer number = jdbc.queryForObject("select last_number from case_reference_counter where reference_year = ?",
				Integer.class, year);
		return number == null ? 1 : number;
	}

}
