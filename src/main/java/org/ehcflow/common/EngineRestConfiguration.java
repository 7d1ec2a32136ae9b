package org.ehcflow.common;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ApplicationPath;

/**
 * Camunda's REST API (which Tasklist calls), with one addition: a broken form rule answers 400
 * with the rule's plain words instead of a 500 that wraps them in engine messages.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		registerClasses(InvalidInputResponses.mappers());
	}

}
