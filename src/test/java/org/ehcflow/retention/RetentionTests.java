package org.ehcflow.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.advice.portal.PortalEvents;
import org.ehcflow.assessment.TimeLimitException;
import org.ehcflow.assessment.TimeLimitExceptions;
import org.ehcflow.audit.CaseAccessEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed case is kept for the configured time and then removed everywhere: from the
 * engine's history by its history cleanup, and from our own tables by
 * {@link CaseRecordsRetention}. The engine clock is moved 31 years on instead of waiting.
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context as the other tests without a server
class RetentionTests {

	static final int THIRTY_ONE_YEARS = 11323;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	CaseRecordsRetention retention;

	@Autowired
	PortalEvents portalEvents;

	@Autowired
	TimeLimitExceptions exceptions;

	@Autowired
	CaseAccessEvents access;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Nested
	class HistoryTimeToLive {

		@Test
		void everyProcessAndDecisionKeepsItsHistoryForTheConfiguredTime() {
			assertThat(repositoryService.createProcessDefinitionQuery().list()).isNotEmpty()
				.allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
					.isEqualTo(THIRTY_ONE_YEARS));
			assertThat(repositoryService.createDecisionDefinitionQuery().list()).isNotEmpty()
				.allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
					.isEqualTo(THIRTY_ONE_YEARS));
		}

		@Test
		void aClosedCaseIsDueForRemovalThirtyOneYearsAfterItEnds() {
			ProcessInstance closed = closedCase();

			Instant removal = historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(closed.getId())
				.singleResult()
				.getRemovalTime()
				.toInstant();
			assertThat(removal).isEqualTo(LocalDate.parse("2026-03-20")
				.atTime(9, 0)
				.atZone(org.ehcflow.support.ProcessTestSupport.LONDON)
				.toInstant()
				.plus(java.time.Duration.ofDays(THIRTY_ONE_YEARS)));
		}

		@Test
		void historyCleanupIsScheduledInANightWindow() {
			ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-02T12:00:00Z")));
			Job cleanup = historyService.cleanUpHistoryAsync();

			assertThat(cleanup.getDuedate()).isAfter(java.util.Date.from(Instant.parse("2026-03-02T12:00:00Z")));
			assertThat(cleanup.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime())
				.isEqualTo(java.time.LocalTime.of(1, 0));
		}

	}

	@Nested
	class OurOwnTables {

		@Test
		void followTheEngineHistoryOfTheirCase() {
			ProcessInstance closed = closedCase();
			String gone = closed.getBusinessKey();
			String open = openCase().getBusinessKey();
			for (String reference : new String[] { gone, open }) {
				portalEvents.record(PortalEvents.Event.VIEWED, reference, null);
				access.record(reference, "caseworker", CaseAccessEvents.Event.ADVICE_DOCUMENT_DOWNLOADED,
						"advice submission 1");
				exceptions.record(new TimeLimitException(reference, "decideWhetherToAssess",
						"EXCEPTIONAL_CIRCUMSTANCES", "reg 5(4)(c)", LocalDate.parse("2026-03-10"), null, null,
						"Evidence", true, "caseworker", Instant.now()));
				jdbc.update("""
						insert into advice_submission (process_instance_id, case_reference, advice_service, outcome,
						  submitted_via, submitted_at) values ('p', ?, 'MEDICAL', 'NEW_ADVICE', 'PORTAL', ?)""",
						reference, Timestamp.from(Instant.now()));
			}
			assertThat(rowsOf(gone)).as("the closed case's rows before its time")
				.allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

			today(LocalDate.parse("2026-03-20").plusDays(THIRTY_ONE_YEARS - 1));
			assertThat(retention.removeRecordsOfExpiredCases()).as("a day early").isZero();

			today(LocalDate.parse("2026-03-20").plusDays(THIRTY_ONE_YEARS + 1));
			runHistoryCleanup();
			assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(gone).count())
				.as("the engine's history of the closed case")
				.isZero();
			assertThat(retention.removeRecordsOfExpiredCases()).isPositive();

			assertThat(rowsOf(gone)).as("the closed case's rows")
				.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
			assertThat(rowsOf(open)).as("the open case keeps all")
				.allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
		}

		/**
		 * Rows per table; outbox_message and advice_link are left to the process (no
		 * email here).
		 */
		Map<String, Integer> rowsOf(String reference) {
			return CaseTables.ALL.stream()
				.filter(table -> !table.equals("advice_link") && !table.equals("outbox_message"))
				.collect(java.util.stream.Collectors.toMap(table -> table,
						table -> jdbc.queryForObject("select count(*) from " + table + " where case_reference = ?",
								Integer.class, reference)));
		}

	}

	ProcessInstance openCase() {
		today("2026-03-02");
		return runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request("2026-03-02"))
			.execute();
	}

	/** A request received on 2 March 2026 and withdrawn on the 20th. */
	ProcessInstance closedCase() {
		ProcessInstance instance = openCase();
		today("2026-03-20");
		runtimeService.createProcessInstanceByKey("recordCaseChange")
			.setVariables(Map.of("caseReference", instance.getBusinessKey(), "changeType", "WITHDRAWN", "changeDate",
					"2026-03-19"))
			.execute();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		return instance;
	}

	/**
	 * What the engine's job executor does in its window: the cleanup job, until it finds
	 * nothing more.
	 */
	void runHistoryCleanup() {
		Job cleanup = historyService.cleanUpHistoryAsync(true);
		for (int round = 0; round < 10
				&& managementService.createJobQuery().jobId(cleanup.getId()).count() > 0; round++) {
			managementService.executeJob(cleanup.getId());
			cleanup = historyService.findHistoryCleanupJobs().stream().findFirst().orElse(cleanup);
		}
	}

}
