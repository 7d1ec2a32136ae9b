package org.ehcflow.support;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.retention.CaseTables;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes every case a test class left behind, for the next class that shares its cached
 * Spring context (and so its database: H2 has one per context) or, on PostgreSQL in CI,
 * the one database of all test classes: running and finished process instances with their
 * jobs, tasks and history, and the rows of our own tables that belong to cases
 * ({@link CaseTables}). Users, groups, authorizations, filters, deployments and the
 * advice-giver directory stay: each start of the application sets them up the same way.
 */
final class CleanSlate {

	private static final int CHUNK = 500;

	private CleanSlate() {
	}

	static void removeEveryCase(ApplicationContext context) {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		engine.getIdentityService().clearAuthentication();
		RuntimeService runtime = engine.getRuntimeService();
		for (int round = 0; round < 10; round++) {
			List<String> running = runtime.createProcessInstanceQuery()
				.rootProcessInstances()
				.listPage(0, CHUNK)
				.stream()
				.map(ProcessInstance::getId)
				.toList();
			if (running.isEmpty()) {
				break;
			}
			runtime.deleteProcessInstances(running, "test class finished", true, true, false);
		}
		HistoryService history = engine.getHistoryService();
		for (int round = 0; round < 100; round++) {
			List<String> finished = history.createHistoricProcessInstanceQuery()
				.listPage(0, CHUNK)
				.stream()
				.map(HistoricProcessInstance::getId)
				.toList();
			if (finished.isEmpty()) {
				break;
			}
			history.deleteHistoricProcessInstancesIfExists(finished);
		}
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		for (String table : CaseTables.ALL) {
			jdbc.update("delete from " + table);
		}
	}

}
