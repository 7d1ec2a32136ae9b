package org.ehcflow.timeliness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The named variables of process instances' own scope (not of their tasks or sub-scopes),
 * read from history in one query, by instance id. Variables that are null are left out.
 */
final class InstanceVariables {

	private InstanceVariables() {
	}

	static Map<String, Map<String, Object>> read(HistoryService historyService, List<String> processInstanceIds,
			String... names) {
		Map<String, Map<String, Object>> byInstance = new HashMap<>();
		if (processInstanceIds.isEmpty()) {
			return byInstance;
		}
		String[] ids = processInstanceIds.toArray(String[]::new);
		// A process instance's own scope has the instance's id as its activity instance
		// id.
		List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(ids)
			.activityInstanceIdIn(ids)
			.variableNameIn(names)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list();
		for (HistoricVariableInstance variable : variables) {
			if (variable.getValue() != null) {
				byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		return byInstance;
	}

}
