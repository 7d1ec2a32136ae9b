package org.ehcflow.timeliness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads every instance of a process, with the named variables, in two queries whatever
 * the number of cases: one over ACT_HI_PROCINST, one over ACT_HI_VARINST (by process
 * definition key and variable name, which the engine indexes). The engine's own queries,
 * so the same on H2 and PostgreSQL.
 */
@Component
class ProcessRecords {

	private final HistoryService historyService;

	ProcessRecords(HistoryService historyService) {
		this.historyService = historyService;
	}

	/**
	 * Every instance of the process, running or ended, with those of its variables that
	 * are set.
	 */
	List<ProcessRecord> all(String processKey, String... variableNames) {
		return read(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey), processKey,
				variableNames);
	}

	/** Only the running instances of the process. */
	List<ProcessRecord> running(String processKey, String... variableNames) {
		return read(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).unfinished(),
				processKey, variableNames);
	}

	private List<ProcessRecord> read(HistoricProcessInstanceQuery query, String processKey, String... variableNames) {
		List<HistoricProcessInstance> instances = query.list();
		if (instances.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
			.processDefinitionKey(processKey)
			.variableNameIn(variableNames)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()) {
			// A process-level variable's activity instance is its process instance.
			if (variable.getValue() != null && variable.getProcessInstanceId() != null
					&& variable.getProcessInstanceId().equals(variable.getActivityInstanceId())) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		List<ProcessRecord> records = new ArrayList<>(instances.size());
		for (HistoricProcessInstance instance : instances) {
			records.add(new ProcessRecord(instance.getId(), instance.getBusinessKey(),
					instance.getSuperProcessInstanceId(), instant(instance.getStartTime()),
					instant(instance.getEndTime()), variables.getOrDefault(instance.getId(), Map.of())));
		}
		return records;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
