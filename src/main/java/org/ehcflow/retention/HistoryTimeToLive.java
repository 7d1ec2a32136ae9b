package org.ehcflow.retention;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sets the configured history time-to-live on every deployed process and decision
 * definition, every version, once the models are deployed. The models' own
 * {@code camunda:historyTimeToLive} is what Modeler shows and what a deployment without
 * this application would use; the council's setting wins. A change applies to cases that
 * end from then on: the engine fixes a case's removal time when it ends.
 */
@Component
class HistoryTimeToLive {

	private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLive.class);

	private final RepositoryService repositoryService;

	private final RetentionProperties properties;

	HistoryTimeToLive(RepositoryService repositoryService, RetentionProperties properties) {
		this.repositoryService = repositoryService;
		this.properties = properties;
	}

	@EventListener(PostDeployEvent.class)
	void apply() {
		int days = properties.historyTimeToLiveDays();
		int changed = 0;
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
			if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
				repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
				changed++;
			}
		}
		for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
			if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
				repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
				changed++;
			}
		}
		if (changed > 0) {
			log.info("History time-to-live set to {} days on {} process and decision definitions", days, changed);
		}
	}

}
